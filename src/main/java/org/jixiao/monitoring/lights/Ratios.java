package org.jixiao.monitoring.lights;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The arithmetic the light functions share: one exact division, rounded once. */
final class Ratios {
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWELVE_HUNDRED = BigDecimal.valueOf(1200);
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private Ratios() {
    }

    /**
     * {@code actual / (full × m/12) × 100}, computed as {@code actual × 1200 / (full × m)} so nothing is rounded
     * before the single HALF_UP rounding to 2 decimals. {@code full} must be positive.
     */
    static BigDecimal againstTimeElapsed(BigDecimal actual, BigDecimal full, int cutoffMonth) {
        return actual.multiply(TWELVE_HUNDRED).divide(full.multiply(BigDecimal.valueOf(cutoffMonth)), 2, RoundingMode.HALF_UP);
    }

    /**
     * {@code (actual / full × 100) / plannedPercent × 100}, computed as {@code actual × 10000 / (full × plannedPercent)}
     * and rounded once. {@code full} and {@code plannedPercent} must be positive.
     */
    static BigDecimal againstPlan(BigDecimal actual, BigDecimal full, BigDecimal plannedPercent) {
        return actual.multiply(TEN_THOUSAND).divide(full.multiply(plannedPercent), 2, RoundingMode.HALF_UP);
    }

    /** {@code part / whole × 100}, 2 decimals HALF_UP. {@code whole} must be positive. */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    static int requireCutoffMonth(int cutoffMonth) {
        if (cutoffMonth < 1 || cutoffMonth > 12) {
            throw new IllegalArgumentException("cut-off month must be 1–12: " + cutoffMonth);
        }
        return cutoffMonth;
    }
}
