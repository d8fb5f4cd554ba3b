package org.jixiao.monitoring.lights;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;
import org.jixiao.targets.SpendingPlanPoint;

/**
 * The budget-execution light (预算执行预警, docs/rules.md §2). v is 执行数 as a percentage of what was expected to be
 * spent by the end of the cut-off month m, 2 decimals HALF_UP; the light is decided on that rounded v, so the
 * number the user sees and the colour always agree (59.995 shows as 60.00 and is yellow).
 *
 * <ul>
 *   <li>{@link BudgetMode#TIME_ELAPSED}: v = (执行数 / 预算数) / (m/12) × 100.</li>
 *   <li>{@link BudgetMode#SPENDING_PLAN}: v = (执行数 / 预算数 × 100) / p × 100, where p is the cumulative
 *       资金支出计划 % of the <em>last plan point at or before m</em> (a step, no interpolation: the plan is a set of
 *       promises "by the end of month x", and holding the unit to an interpolated figure it never wrote would be
 *       unfair — a plan of 6月 50%, 10月 75% expects 50% in August, not 62.5%).
 *       <br>No plan point at or before m, or p = 0: nothing was planned to be spent yet, so the unit cannot be
 *       behind — GREEN, ratio null. A target without any spending plan (department-overall targets need none)
 *       falls back to time elapsed, so it still gets a light.</li>
 * </ul>
 * Zero budget (预算数 ≤ 0, e.g. withdrawn by 调剂): there is no money to spend, so nothing can lag — GREEN with a
 * null ratio. No 执行数 yet (null): {@link Reading#UNLIT}. Budget lights are never blue: spending ahead of the
 * schedule is not a warning here.
 */
public final class BudgetLight {

    private BudgetLight() {
    }

    /**
     * @param budget       预算数 (万元)
     * @param executed     执行数 to the end of the cut-off month (万元); null when not reported yet
     * @param cutoffMonth  m, 1–12
     * @param spendingPlan the target's 资金支出计划 (any order; null entries ignored); used only in SPENDING_PLAN mode
     * @param thresholds   a valid threshold set
     */
    public static Reading of(BigDecimal budget, BigDecimal executed, int cutoffMonth,
                             Collection<SpendingPlanPoint> spendingPlan, LightThresholds thresholds) {
        Objects.requireNonNull(thresholds, "thresholds").requireValid();
        Ratios.requireCutoffMonth(cutoffMonth);
        if (executed == null) {
            return Reading.UNLIT;
        }
        if (budget == null || budget.signum() <= 0) {
            return Reading.of(Light.GREEN);
        }
        BigDecimal ratio;
        if (thresholds.budgetMode() == BudgetMode.SPENDING_PLAN && hasPlan(spendingPlan)) {
            BigDecimal planned = plannedPercent(spendingPlan, cutoffMonth);
            if (planned.signum() <= 0) {
                return Reading.of(Light.GREEN);
            }
            ratio = Ratios.againstPlan(executed, budget, planned);
        } else {
            ratio = Ratios.againstTimeElapsed(executed, budget, cutoffMonth);
        }
        return new Reading(thresholds.budgetBand(ratio), ratio);
    }

    /** 预算执行率: 执行数 / 预算数 × 100, 2 decimals HALF_UP; null without a positive budget or an 执行数. */
    public static BigDecimal executionRate(BigDecimal budget, BigDecimal executed) {
        if (budget == null || budget.signum() <= 0 || executed == null) {
            return null;
        }
        return Ratios.percent(executed, budget);
    }

    /**
     * The cumulative % the plan expects by the end of {@code month}: the percent of the latest point whose month
     * is at or before it, 0 when there is none.
     */
    public static BigDecimal plannedPercent(Collection<SpendingPlanPoint> spendingPlan, int month) {
        SpendingPlanPoint best = null;
        if (spendingPlan != null) {
            for (SpendingPlanPoint p : spendingPlan) {
                if (p != null && p.percent() != null && p.month() <= month && (best == null || p.month() >= best.month())) {
                    best = p;
                }
            }
        }
        return best == null ? BigDecimal.ZERO : best.percent();
    }

    private static boolean hasPlan(Collection<SpendingPlanPoint> spendingPlan) {
        return spendingPlan != null && spendingPlan.stream().anyMatch(p -> p != null && p.percent() != null);
    }
}
