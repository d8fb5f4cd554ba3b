/**
 * Warning lights (预警灯) of mid-year monitoring (绩效运行监控, docs/rules.md §2): pure functions over
 * {@link java.math.BigDecimal}, no Spring, no database, no engine.
 *
 * <ul>
 *   <li>{@link org.jixiao.monitoring.lights.BudgetLight} — budget execution against time elapsed or the
 *       target's own 资金支出计划;</li>
 *   <li>{@link org.jixiao.monitoring.lights.IndicatorLight} — one indicator's progress (higher-/lower-is-better,
 *       qualitative, 完成目标可能性);</li>
 *   <li>{@link org.jixiao.monitoring.lights.Lights#worst} — a target's light is the worst of its lights;</li>
 *   <li>{@link org.jixiao.monitoring.lights.ExecutionPaceRule} — the optional regional pace rule, as data.</li>
 * </ul>
 * Thresholds are configuration ({@link org.jixiao.monitoring.lights.LightThresholds}), never constants in the rules.
 */
@NamedInterface("lights")
package org.jixiao.monitoring.lights;

import org.springframework.modulith.NamedInterface;
