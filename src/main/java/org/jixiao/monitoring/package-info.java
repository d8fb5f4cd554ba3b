/**
 * 绩效运行监控: monitoring rounds (their {@link org.jixiao.rounds.RoundKind} is in {@code internal/}), the unit's
 * report, its review, deadlines and retargeting, thresholds, the dashboard and the export. {@code lights/} is the
 * pure warning-light functions (named interface {@code lights}).
 */
@NullMarked
package org.jixiao.monitoring;

import org.jspecify.annotations.NullMarked;
