package org.jixiao.targets;

import java.math.BigDecimal;

/**
 * What {@link IndicatorValueParser} read from an indicator's typed value text.
 *
 * @param comparator  GE/LE/EQ/GT/LT, or null for qualitative or unreadable text
 * @param value       the number, or null
 * @param unit        the unit as written (次, %, 万元, 人次, 年 …), or null
 * @param qualitative true for a qualitative target (按时完成, 长期, 有效降低 …)
 * @param recognized  false when the text cannot be read (e.g. "≥**天"); then {@code problem} says why
 * @param problem     Chinese explanation when not recognized, else null
 */
public record IndicatorValue(ValueComparator comparator, BigDecimal value, String unit,
                             boolean qualitative, boolean recognized, String problem) {

    public static IndicatorValue quantitative(ValueComparator comparator, BigDecimal value, String unit) {
        return new IndicatorValue(comparator, value, unit, false, true, null);
    }

    public static IndicatorValue qualitativeTarget() {
        return new IndicatorValue(null, null, null, true, true, null);
    }

    public static IndicatorValue unrecognized(ValueComparator comparator, String unit, String problem) {
        return new IndicatorValue(comparator, null, unit, false, false, problem);
    }
}
