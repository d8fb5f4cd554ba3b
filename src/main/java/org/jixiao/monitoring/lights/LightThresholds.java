package org.jixiao.monitoring.lights;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jixiao.common.FieldViolation;

/**
 * Where the lights change, in percent of the expected progress (v). Configuration per finance bureau and
 * fiscal year, edited by an ADMIN: the constructor therefore accepts anything, {@link #violations()} says in
 * Chinese what is wrong, and the light functions refuse a set that has violations.
 *
 * <p>Bands (v = progress as a percentage of what was expected by the cut-off month):
 * budget: red v &lt; {@code budgetRedBelow}, yellow up to {@code budgetGreenFrom}, green from there (no blue:
 * spending ahead of schedule is not a warning); indicators: red v &lt; {@code indicatorRedBelow}, yellow up to
 * {@code indicatorGreenFrom}, green up to {@code indicatorBlueFrom}, blue from there. A null
 * {@code indicatorBlueFrom} switches the blue light off for regions that do not use it.
 *
 * @param budgetRedBelow     budget v below this is red (default 60)
 * @param budgetGreenFrom    budget v from this is green (default 80)
 * @param indicatorRedBelow  indicator v below this is red (default 60)
 * @param indicatorGreenFrom indicator v from this is green (default 80)
 * @param indicatorBlueFrom  indicator v from this is blue — target probably set too low (default 120); null: no blue
 * @param budgetMode         what budget execution is compared with (default {@link BudgetMode#TIME_ELAPSED})
 */
public record LightThresholds(BigDecimal budgetRedBelow, BigDecimal budgetGreenFrom,
                              BigDecimal indicatorRedBelow, BigDecimal indicatorGreenFrom,
                              BigDecimal indicatorBlueFrom, BudgetMode budgetMode) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The deployed provincial defaults of docs/rules.md §2: 60/80 for the budget, 60/80/120 for indicators, time elapsed. */
    public static LightThresholds defaults() {
        return new LightThresholds(new BigDecimal("60"), new BigDecimal("80"),
                new BigDecimal("60"), new BigDecimal("80"), new BigDecimal("120"), BudgetMode.TIME_ELAPSED);
    }

    public LightThresholds withBudgetMode(BudgetMode mode) {
        return new LightThresholds(budgetRedBelow, budgetGreenFrom, indicatorRedBelow, indicatorGreenFrom,
                indicatorBlueFrom, mode);
    }

    /**
     * Every problem at once, each on its field: values present (blue may be left empty), positive, at most two
     * decimals, strictly ordered (red &lt; green &lt; blue, so no band is empty), on-schedule progress (100) green
     * (green line ≤ 100) and not blue (blue line &gt; 100).
     */
    public List<FieldViolation> violations() {
        List<FieldViolation> v = new ArrayList<>();
        boolean budgetRed = number(v, "budgetRedBelow", "预算执行红灯线", budgetRedBelow, true);
        boolean budgetGreen = number(v, "budgetGreenFrom", "预算执行绿灯线", budgetGreenFrom, true);
        if (budgetRed && budgetGreen) {
            ordered(v, "budgetGreenFrom", "预算执行", budgetRedBelow, budgetGreenFrom);
        }
        if (budgetGreen) {
            greenAtMostHundred(v, "budgetGreenFrom", "预算执行绿灯线", budgetGreenFrom);
        }
        boolean red = number(v, "indicatorRedBelow", "指标红灯线", indicatorRedBelow, true);
        boolean green = number(v, "indicatorGreenFrom", "指标绿灯线", indicatorGreenFrom, true);
        boolean blue = number(v, "indicatorBlueFrom", "指标蓝灯线", indicatorBlueFrom, false) && indicatorBlueFrom != null;
        if (red && green) {
            ordered(v, "indicatorGreenFrom", "指标", indicatorRedBelow, indicatorGreenFrom);
        }
        if (green) {
            greenAtMostHundred(v, "indicatorGreenFrom", "指标绿灯线", indicatorGreenFrom);
        }
        if (blue && indicatorBlueFrom.compareTo(HUNDRED) <= 0) {
            v.add(new FieldViolation("indicatorBlueFrom", "指标蓝灯线（" + pct(indicatorBlueFrom)
                    + "）应高于 100%：按进度完成不算目标定得偏低"));
        } else if (blue && green && indicatorBlueFrom.compareTo(indicatorGreenFrom) <= 0) {
            v.add(new FieldViolation("indicatorBlueFrom", "指标蓝灯线（" + pct(indicatorBlueFrom) + "）应高于绿灯线（"
                    + pct(indicatorGreenFrom) + "）"));
        }
        if (budgetMode == null) {
            v.add(new FieldViolation("budgetMode", "请选择预算执行的比较方式：按时间进度或按资金支出计划"));
        }
        return v;
    }

    /** Throws {@link IllegalArgumentException} listing the violations; a stored set was validated when saved. */
    LightThresholds requireValid() {
        List<FieldViolation> v = violations();
        if (!v.isEmpty()) {
            throw new IllegalArgumentException("预警阈值配置有误：" + v.stream().map(FieldViolation::message)
                    .collect(Collectors.joining("；")));
        }
        return this;
    }

    /** The budget band of a ratio; never blue. */
    Light budgetBand(BigDecimal ratio) {
        if (ratio.compareTo(budgetRedBelow) < 0) {
            return Light.RED;
        }
        return ratio.compareTo(budgetGreenFrom) < 0 ? Light.YELLOW : Light.GREEN;
    }

    /** The indicator band of a ratio. */
    Light indicatorBand(BigDecimal ratio) {
        if (ratio.compareTo(indicatorRedBelow) < 0) {
            return Light.RED;
        }
        if (ratio.compareTo(indicatorGreenFrom) < 0) {
            return Light.YELLOW;
        }
        return indicatorBlueFrom != null && ratio.compareTo(indicatorBlueFrom) >= 0 ? Light.BLUE : Light.GREEN;
    }

    private static boolean number(List<FieldViolation> v, String field, String name, BigDecimal value, boolean required) {
        if (value == null) {
            if (required) {
                v.add(new FieldViolation(field, "请填写" + name + "（%）"));
            }
            return false;
        }
        if (value.signum() <= 0) {
            v.add(new FieldViolation(field, name + "应大于 0%，现为 " + pct(value)));
            return false;
        }
        if (org.jixiao.common.Limits.integerDigits(value) > org.jixiao.common.Limits.PERCENT.integerDigits()) {
            v.add(new FieldViolation(field, name + "不能超过 " + org.jixiao.common.Limits.PERCENT.maxText() + "%"));
            return false;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            v.add(new FieldViolation(field, name + "最多保留两位小数，现为 " + value.toPlainString() + "%"));
            return false;
        }
        return true;
    }

    private static void ordered(List<FieldViolation> v, String field, String what, BigDecimal redBelow, BigDecimal greenFrom) {
        if (greenFrom.compareTo(redBelow) <= 0) {
            v.add(new FieldViolation(field, what + "绿灯线（" + pct(greenFrom) + "）应高于红灯线（" + pct(redBelow)
                    + "），两者之间为黄灯"));
        }
    }

    private static void greenAtMostHundred(List<FieldViolation> v, String field, String name, BigDecimal greenFrom) {
        if (greenFrom.compareTo(HUNDRED) > 0) {
            v.add(new FieldViolation(field, name + "（" + pct(greenFrom) + "）不能高于 100%：按进度完成应亮绿灯"));
        }
    }

    private static String pct(BigDecimal b) {
        return b.stripTrailingZeros().toPlainString() + "%";
    }
}
