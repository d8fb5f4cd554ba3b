package org.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * "大于等于2000人次得满分，每少200人次扣除权重分的10%，扣完为止": full points from {@code fullAt}; for every
 * <em>full</em> {@code step} short of it (or beyond it, when {@code deductBelow} is false) {@code perStep} is taken
 * off — a share of the weight, or points when {@code perStepIsPoints} — never below 0.
 *
 * @param unit the unit as the rule wrote it (人次, %, 家), for the description only; may be empty
 */
public record StepDeduction(BigDecimal fullAt, boolean deductBelow, BigDecimal step, BigDecimal perStep,
                            boolean perStepIsPoints, String unit) implements StepRule {

    public StepDeduction {
        if (step.signum() <= 0 || perStep.signum() <= 0) {
            throw new IllegalArgumentException("扣分步长和每步扣分须大于 0");
        }
        unit = unit == null ? "" : unit;
    }

    @Override
    public BigDecimal points(BigDecimal actual, BigDecimal weight) {
        BigDecimal gap = deductBelow ? fullAt.subtract(actual) : actual.subtract(fullAt);
        if (gap.signum() <= 0) {
            return weight;
        }
        BigDecimal steps = gap.divide(step, 0, RoundingMode.FLOOR);
        BigDecimal lost = perStepIsPoints ? steps.multiply(perStep) : steps.multiply(perStep).multiply(weight);
        return weight.subtract(lost).max(BigDecimal.ZERO);
    }

    @Override
    public String description() {
        return "阶梯扣分：" + (deductBelow ? "≥ " : "≤ ") + Scores.plain(fullAt) + unit + " 得满分，每"
                + (deductBelow ? "少 " : "超 ") + Scores.plain(step) + unit + " 扣"
                + (perStepIsPoints ? " " + Scores.plain(perStep) + " 分" : "权重分的 " + Scores.plain(perStep.multiply(Scores.HUNDRED)) + "%")
                + "，扣完为止";
    }
}
