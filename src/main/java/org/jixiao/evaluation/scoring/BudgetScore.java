package org.jixiao.evaluation.scoring;

import java.math.BigDecimal;

/**
 * The 预算执行 row of the self-evaluation: {@code score = min(points, executed / planned × points)}.
 *
 * @param rate   执行率 in percent, 2 decimals; null when nothing was planned (no rate can be computed)
 * @param score  the points earned, 2 decimals
 * @param points the row's 分值 (default 10)
 * @param rule   Chinese explanation of how the score was reached
 */
public record BudgetScore(BigDecimal rate, BigDecimal score, BigDecimal points, String rule) {

    /**
     * A planned budget of zero or less has no execution rate. Nothing planned and nothing spent costs no points
     * (the row simply does not apply); spending without a budget earns none.
     */
    public static BudgetScore of(BigDecimal planned, BigDecimal executed, BigDecimal points) {
        if (planned == null || executed == null || points == null) {
            throw new IllegalArgumentException("预算执行得分需要全年预算数、全年执行数和分值");
        }
        if (planned.signum() <= 0) {
            boolean nothingSpent = executed.signum() <= 0;
            return new BudgetScore(null, Scores.round(nothingSpent ? points : BigDecimal.ZERO), points,
                    nothingSpent ? "全年预算数为 0 且无支出，不扣分" : "全年预算数为 0 却有支出，不得分");
        }
        BigDecimal ratio = Scores.divide(executed.max(BigDecimal.ZERO), planned);
        BigDecimal rate = Scores.round(ratio.multiply(Scores.HUNDRED));
        BigDecimal score = Scores.round(Scores.ofWeight(ratio, points));
        return new BudgetScore(rate, score, points,
                "执行率 " + Scores.plain(rate) + "% × " + Scores.plain(points) + " 分，最高 " + Scores.plain(points) + " 分");
    }

    /** Execution below 90% needs a 偏差原因 on the form. */
    public boolean needsReason() {
        return rate != null && rate.compareTo(BigDecimal.valueOf(90)) < 0;
    }
}
