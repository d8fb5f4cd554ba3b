package org.jixiao.monitoring.lights;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * An optional regional rule (docs/rules.md §2), kept as data: warn (YELLOW) when 预算执行率 is below the minimum for
 * the cut-off month, or when target progress and budget execution differ by more than {@code maxGap} percentage
 * points; otherwise GREEN. It never gives red or blue: it is a pace warning beside the lights, combined with them
 * through {@link Lights#worst}.
 *
 * <p>A cut-off month between two points uses the latest point at or before it (m = 7 with the regional points
 * uses 6月's 40%), as {@link BudgetLight} reads a spending plan; before the first point there is no minimum.
 *
 * @param minimums minimum cumulative execution % by month, months strictly ascending, percents non-decreasing
 * @param maxGap   largest allowed |target progress − execution| in points; null: no gap check
 */
public record ExecutionPaceRule(List<Minimum> minimums, BigDecimal maxGap) {

    /** By the end of {@code month}, at least {@code percent}% of the budget should be executed. */
    public record Minimum(int month, BigDecimal percent) {
    }

    public ExecutionPaceRule {
        minimums = List.copyOf(Objects.requireNonNull(minimums, "minimums"));
        Minimum previous = null;
        for (Minimum p : minimums) {
            if (p.month() < 1 || p.month() > 12 || p.percent() == null || p.percent().signum() < 0
                    || p.percent().compareTo(Ratios.HUNDRED) > 0) {
                throw new IllegalArgumentException("a minimum needs a month 1–12 and a percent 0–100: " + p);
            }
            if (previous != null && (p.month() <= previous.month() || p.percent().compareTo(previous.percent()) < 0)) {
                throw new IllegalArgumentException("minimums must ascend by month with non-decreasing percents: " + minimums);
            }
            previous = p;
        }
        if (maxGap != null && maxGap.signum() < 0) {
            throw new IllegalArgumentException("maxGap must not be negative: " + maxGap);
        }
    }

    /** The regional rule of docs/rules.md §2: 25% by April, 40% by June, 60% by August, 80% by October; gap 10 points. */
    public static ExecutionPaceRule regional() {
        return new ExecutionPaceRule(List.of(
                new Minimum(4, new BigDecimal("25")), new Minimum(6, new BigDecimal("40")),
                new Minimum(8, new BigDecimal("60")), new Minimum(10, new BigDecimal("80"))), new BigDecimal("10"));
    }

    /**
     * @param cutoffMonth     m, 1–12
     * @param executionRate   预算执行率 in % (see {@link BudgetLight#executionRate}); null when not known yet
     * @param targetProgress  the target's progress in %, null to skip the gap check
     * @return YELLOW or GREEN, or null when the execution rate is not known yet
     */
    public Light check(int cutoffMonth, BigDecimal executionRate, BigDecimal targetProgress) {
        Ratios.requireCutoffMonth(cutoffMonth);
        if (executionRate == null) {
            return null;
        }
        BigDecimal minimum = minimumFor(cutoffMonth);
        if (minimum != null && executionRate.compareTo(minimum) < 0) {
            return Light.YELLOW;
        }
        if (maxGap != null && targetProgress != null && targetProgress.subtract(executionRate).abs().compareTo(maxGap) > 0) {
            return Light.YELLOW;
        }
        return Light.GREEN;
    }

    /** The minimum execution % at the cut-off month: the latest point at or before it; null before the first. */
    public BigDecimal minimumFor(int cutoffMonth) {
        BigDecimal minimum = null;
        for (Minimum p : minimums) {
            if (p.month() <= cutoffMonth) {
                minimum = p.percent();
            }
        }
        return minimum;
    }
}
