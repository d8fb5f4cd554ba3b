/**
 * 绩效自评: evaluation rounds (their {@link org.jixiao.rounds.RoundKind} is in {@code internal/}), the unit's
 * self-evaluation form, its review, the scoring configuration per bureau and year, the summary and the official
 * 自评表 export. {@code scoring/} is the pure scoring engine (named interface {@code scoring}).
 */
@NullMarked
package org.jixiao.evaluation;

import org.jspecify.annotations.NullMarked;
