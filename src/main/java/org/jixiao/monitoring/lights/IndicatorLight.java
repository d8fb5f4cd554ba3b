package org.jixiao.monitoring.lights;

import java.math.BigDecimal;
import java.util.Objects;
import org.jixiao.targets.IndicatorKind;
import org.jixiao.targets.ValueComparator;

/**
 * One indicator's light (指标预警, docs/rules.md §2), m = cut-off month. Rules, first match wins:
 * <ol>
 *   <li>完成目标可能性 {@link Likelihood#IMPOSSIBLE} (完全不可能) → RED, whatever the numbers (the ratio is still
 *       returned when it can be computed). 确定能 and 有可能 do not change the light.</li>
 *   <li>Qualitative (comparator null): 达成 GREEN, 部分达成 YELLOW, 未达成 RED; no achievement given yet → unlit.</li>
 *   <li>No value to date, or no target value (an unreadable 指标值 such as {@code ≥**天}) → unlit: a light the data
 *       cannot support would mislead.</li>
 *   <li>Lower-is-better (≤, &lt;), a cap: GREEN while 完成值 is within the target (≤ for ≤, &lt; for &lt;), else
 *       RED; no ratio. For both kinds the value to date is held against the whole-year target: a 状态型 rate is
 *       the rate itself, and a 累计型 amount spent early is no deviation as long as the annual cap holds.</li>
 *   <li>Zero or negative target (no ratio possible): GREEN when the value already meets the comparator, else RED;
 *       ratio null. ≥ 0 is met by any value ≥ 0; &gt; 0 needs a value above 0; = 0 (e.g. 安全事故 =0 起) is met
 *       by a value ≤ 0, as year-end scoring treats t = 0 (docs/rules.md §3).</li>
 *   <li>Higher-is-better (≥, &gt;) and equals (=) with a positive target, 2 decimals HALF_UP, decided on the
 *       rounded v:
 *       <ul>
 *         <li>{@link IndicatorKind#CUMULATIVE 累计型}: v = 完成值 / (目标值 × m/12) × 100 — counts and amounts build
 *             up over the year, so the target is pro-rated;</li>
 *         <li>{@link IndicatorKind#LEVEL 状态型}: v = 完成值 / 目标值 × 100 — a rate or level is measured as it
 *             stands (96% against ≥95% at month 10 is on target, not 121%).</li>
 *       </ul>
 *       RED below the red line or when 完成值 ≤ 0, YELLOW below the green line, else GREEN; BLUE from the blue line,
 *       for 累计型 only (running far ahead of the time-based schedule says the target was set low; a rate above
 *       its target says nothing of the kind). "=" is read as higher-is-better towards the target.</li>
 * </ol>
 * Finally the forecast: when 全年预计完成值 is given and falls short of the target (below it for ≥ and =, at or
 * below it for &gt;, above it for ≤, at or above it for &lt;; for = 0 above 0), a lit light is at least YELLOW —
 * the unit itself expects to miss the target, so the light cannot say all is well.
 */
public final class IndicatorLight {

    private IndicatorLight() {
    }

    /**
     * @param comparator      指标性质; null for a qualitative (定性) indicator
     * @param kind            累计型 or 状态型; required for a quantitative indicator
     * @param target          目标值 (the number of 指标值); ignored for qualitative indicators
     * @param valueToDate     1–m月完成值; null when not reported yet
     * @param expectedYearEnd 全年预计完成值; null when not given
     * @param cutoffMonth     m, 1–12
     * @param likelihood      完成目标可能性, may be null
     * @param achievement     qualitative achievement to date; ignored for quantitative indicators
     * @param thresholds      a valid threshold set
     */
    public static Reading of(ValueComparator comparator, IndicatorKind kind, BigDecimal target, BigDecimal valueToDate,
                             BigDecimal expectedYearEnd, int cutoffMonth, Likelihood likelihood,
                             Achievement achievement, LightThresholds thresholds) {
        Objects.requireNonNull(thresholds, "thresholds").requireValid();
        Ratios.requireCutoffMonth(cutoffMonth);
        if (comparator != null) {
            Objects.requireNonNull(kind, "kind");
        }
        Reading reading = byNumbers(comparator, kind, target, valueToDate, cutoffMonth, achievement, thresholds);
        if (likelihood == Likelihood.IMPOSSIBLE) {
            return new Reading(Light.RED, reading.ratio());
        }
        if (reading.lit() && comparator != null && expectedYearEnd != null
                && fallsShort(comparator, expectedYearEnd, target)) {
            return new Reading(Lights.worst(reading.light(), Light.YELLOW), reading.ratio());
        }
        return reading;
    }

    private static Reading byNumbers(ValueComparator comparator, IndicatorKind kind, BigDecimal target,
                                     BigDecimal value, int m, Achievement achievement, LightThresholds thresholds) {
        if (comparator == null) {
            return achievement == null ? Reading.UNLIT : Reading.of(achievement.light());
        }
        if (value == null || target == null) {
            return Reading.UNLIT;
        }
        if (comparator.lowerIsBetter() || target.signum() <= 0) {
            return Reading.of(meets(comparator, value, target) ? Light.GREEN : Light.RED);
        }
        BigDecimal ratio = kind == IndicatorKind.CUMULATIVE ? Ratios.againstTimeElapsed(value, target, m)
                : Ratios.percent(value, target);
        if (value.signum() <= 0) {
            return new Reading(Light.RED, ratio);
        }
        Light light = thresholds.indicatorBand(ratio);
        if (light == Light.BLUE && kind == IndicatorKind.LEVEL) {
            light = Light.GREEN;
        }
        return new Reading(light, ratio);
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

    /**
     * Whether a year-end forecast misses the target; "=" towards a positive target as "at least", else "at most".
     * False without a comparator, forecast or target. Public so the report form can say why a light turned yellow.
     */
    public static boolean fallsShort(ValueComparator comparator, BigDecimal forecast, BigDecimal target) {
        if (comparator == null || forecast == null || target == null) {
            return false;
        }
        if (comparator == ValueComparator.EQ && target.signum() > 0) {
            return forecast.compareTo(target) < 0;
        }
        return !meets(comparator, forecast, target);
    }
}
