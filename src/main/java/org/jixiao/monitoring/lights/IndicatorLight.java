package org.jixiao.monitoring.lights;

import java.math.BigDecimal;
import java.util.Objects;
import org.jixiao.targets.ValueComparator;

/**
 * One indicator's light (指标预警, docs/rules.md §2), m = cut-off month. Rules, first match wins:
 * <ol>
 *   <li>完成目标可能性 {@link Likelihood#IMPOSSIBLE} (完全不可能) → RED, whatever the numbers (the ratio is still
 *       returned when it can be computed). 确定能 and 有可能 do not change the light.</li>
 *   <li>Qualitative (comparator null): 达成 GREEN, 部分达成 YELLOW, 未达成 RED; no achievement given yet → unlit.</li>
 *   <li>No value to date, or no target value (an unreadable 指标值 such as {@code ≥**天}) → unlit: a light the data
 *       cannot support would mislead.</li>
 *   <li>Higher-is-better (≥, &gt;) and equals (=) with a positive target:
 *       v = 完成值 / (目标值 × m/12) × 100, 2 decimals HALF_UP, decided on the rounded v →
 *       RED below the red line or when 完成值 ≤ 0, YELLOW below the green line, BLUE from the blue line, else GREEN.
 *       "=" is treated as higher-is-better towards the target (as year-end scoring does for t ≠ 0): a mid-year
 *       value is progress towards it, so falling short is yellow/red and running far ahead is blue.</li>
 *   <li>Zero or negative target (no pro-rating possible): GREEN when the value already meets the comparator,
 *       else RED; ratio null. ≥ 0 is met by any value ≥ 0 (so 0 to date is green here, not "完成值 = 0 → red");
 *       &gt; 0 needs a value above 0; = 0 (e.g. 安全事故 =0 起) is met by a value ≤ 0, as year-end scoring treats
 *       t = 0 (docs/rules.md §3).</li>
 *   <li>Lower-is-better (≤, &lt;): GREEN when 完成值 is within the target (≤ for ≤, &lt; for &lt;), else RED; no
 *       pro-rating (a cost ceiling already exceeded mid-year is exceeded) and no ratio.</li>
 * </ol>
 * Note: like the deployed system, rule 4 pro-rates every higher-is-better target by m/12, which suits cumulative
 * counts (次, 人次, 万元) but not rates that are not accumulated over the year (满意度 ≥95%: 95 at m = 6 gives
 * v = 190, blue). Whether such indicators should be judged against the whole-year target is a domain decision
 * for the caller (it would pass m = 12); this function does not guess it from the unit.
 */
public final class IndicatorLight {

    private IndicatorLight() {
    }

    /**
     * @param comparator  指标性质; null for a qualitative (定性) indicator
     * @param target      目标值 (the number of 指标值); ignored for qualitative indicators
     * @param valueToDate 1–m月完成值; null when not reported yet
     * @param cutoffMonth m, 1–12
     * @param likelihood  完成目标可能性, may be null
     * @param achievement qualitative achievement to date; ignored for quantitative indicators
     * @param thresholds  a valid threshold set
     */
    public static Reading of(ValueComparator comparator, BigDecimal target, BigDecimal valueToDate, int cutoffMonth,
                             Likelihood likelihood, Achievement achievement, LightThresholds thresholds) {
        Objects.requireNonNull(thresholds, "thresholds").requireValid();
        Ratios.requireCutoffMonth(cutoffMonth);
        Reading reading = byNumbers(comparator, target, valueToDate, cutoffMonth, achievement, thresholds);
        if (likelihood == Likelihood.IMPOSSIBLE) {
            return new Reading(Light.RED, reading.ratio());
        }
        return reading;
    }

    private static Reading byNumbers(ValueComparator comparator, BigDecimal target, BigDecimal value, int m,
                                     Achievement achievement, LightThresholds thresholds) {
        if (comparator == null) {
            return achievement == null ? Reading.UNLIT : Reading.of(achievement.light());
        }
        if (value == null || target == null) {
            return Reading.UNLIT;
        }
        if (comparator.lowerIsBetter()) {
            return Reading.of(meets(comparator, value, target) ? Light.GREEN : Light.RED);
        }
        if (target.signum() <= 0) {
            return Reading.of(meets(comparator, value, target) ? Light.GREEN : Light.RED);
        }
        BigDecimal ratio = Ratios.againstTimeElapsed(value, target, m);
        if (value.signum() <= 0) {
            return new Reading(Light.RED, ratio);
        }
        return new Reading(thresholds.indicatorBand(ratio), ratio);
    }

    /** Whether the value already satisfies the comparator against the (whole-year) target; "=" as "at most". */
    private static boolean meets(ValueComparator comparator, BigDecimal value, BigDecimal target) {
        int c = value.compareTo(target);
        return switch (comparator) {
            case GE -> c >= 0;
            case GT -> c > 0;
            case LE, EQ -> c <= 0;
            case LT -> c < 0;
        };
    }
}
