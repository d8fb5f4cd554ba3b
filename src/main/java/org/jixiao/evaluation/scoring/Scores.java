package org.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Arithmetic shared by the scoring rules: scores are shown and summed at 2 decimals, HALF_UP. */
public final class Scores {
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Enough precision for intermediate ratios; only final scores are rounded. */
    static final MathContext RATIO = MathContext.DECIMAL64;

    private Scores() {
    }

    public static BigDecimal round(BigDecimal score) {
        return score.setScale(2, RoundingMode.HALF_UP);
    }

    /** {@code fraction × weight}, clamped to [0, weight]: no formula gives negative points or more than the weight. */
    static BigDecimal ofWeight(BigDecimal fraction, BigDecimal weight) {
        BigDecimal points = fraction.multiply(weight, RATIO);
        if (points.signum() < 0) {
            return BigDecimal.ZERO;
        }
        return points.compareTo(weight) > 0 ? weight : points;
    }

    static BigDecimal divide(BigDecimal a, BigDecimal b) {
        return a.divide(b, RATIO);
    }

    /** A number as people write it: 2000, 0.5, 95 (no trailing zeros, no exponent). */
    public static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }
}
