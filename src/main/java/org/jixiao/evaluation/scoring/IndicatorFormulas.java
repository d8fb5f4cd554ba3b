package org.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import org.jixiao.targets.ValueComparator;

/**
 * The default formulas of docs/rules.md §3 for a quantitative indicator with target t, actual a and weight w.
 * Results are unrounded and within [0, w]; the engine rounds once.
 */
public final class IndicatorFormulas {
    private IndicatorFormulas() {
    }

    public static BigDecimal score(ValueComparator comparator, BigDecimal target, BigDecimal actual, BigDecimal weight,
                                   LowerIsBetterFormula lower) {
        return switch (comparator) {
            case GE, GT -> higherIsBetter(target, actual, weight);
            case LE, LT -> lowerIsBetter(target, actual, weight, lower);
            case EQ -> equalsTarget(target, actual, weight);
        };
    }

    /** {@code a ≥ t → w}, else {@code a / t × w}; a target of 0 or less cannot be a divisor: short of it is 0. */
    public static BigDecimal higherIsBetter(BigDecimal t, BigDecimal a, BigDecimal w) {
        if (a.compareTo(t) >= 0) {
            return w;
        }
        if (t.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        return Scores.ofWeight(Scores.divide(a, t), w);
    }

    /**
     * {@code a ≤ t → w}; above it, per formula. A target of 0 or less leaves no band to lose points in: any
     * excess scores 0.
     */
    public static BigDecimal lowerIsBetter(BigDecimal t, BigDecimal a, BigDecimal w, LowerIsBetterFormula formula) {
        if (a.compareTo(t) <= 0) {
            return w;
        }
        if (t.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        if (formula == LowerIsBetterFormula.RATIO) {
            return Scores.ofWeight(Scores.divide(t, a), w);
        }
        if (a.compareTo(t.add(t)) >= 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal fraction = BigDecimal.ONE.subtract(Scores.divide(a.subtract(t), t));
        return Scores.ofWeight(fraction, w);
    }

    /** {@code t = 0 → (a ≤ 0 ? w : 0)}, else as higher-is-better. */
    public static BigDecimal equalsTarget(BigDecimal t, BigDecimal a, BigDecimal w) {
        if (t.signum() == 0) {
            return a.signum() <= 0 ? w : BigDecimal.ZERO;
        }
        return higherIsBetter(t, a, w);
    }

    /** The formula in words, for the form next to the score. */
    public static String describe(ValueComparator comparator, LowerIsBetterFormula lower) {
        return switch (comparator) {
            case GE, GT -> "越高越好：a ≥ t 得满分，否则 a/t × 权重分";
            case LE, LT -> "越低越好：" + lower.description();
            case EQ -> "等于目标：a ≥ t 得满分，否则 a/t × 权重分；目标为 0 时 a ≤ 0 得满分，否则不得分";
        };
    }
}
