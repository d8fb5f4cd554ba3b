package org.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.common.FieldViolation;

/**
 * Where the grades start: 优 from {@code excellentFrom}, 良 from {@code goodFrom}, 中 from {@code fairFrom},
 * 差 below (central default 90/80/60; some regions 80/70/60).
 */
public record GradeBands(BigDecimal excellentFrom, BigDecimal goodFrom, BigDecimal fairFrom) {

    public static GradeBands defaults() {
        return new GradeBands(new BigDecimal("90"), new BigDecimal("80"), new BigDecimal("60"));
    }

    public Grade grade(BigDecimal total) {
        if (total.compareTo(excellentFrom) >= 0) {
            return Grade.EXCELLENT;
        }
        if (total.compareTo(goodFrom) >= 0) {
            return Grade.GOOD;
        }
        return total.compareTo(fairFrom) >= 0 ? Grade.FAIR : Grade.POOR;
    }

    /** Present, within (0, maxTotal], at most 2 decimals and strictly descending, so no grade is empty. */
    public List<FieldViolation> violations(BigDecimal maxTotal) {
        List<FieldViolation> v = new ArrayList<>();
        boolean e = line(v, "excellentFrom", "「优」的起点", excellentFrom, maxTotal);
        boolean g = line(v, "goodFrom", "「良」的起点", goodFrom, maxTotal);
        boolean f = line(v, "fairFrom", "「中」的起点", fairFrom, maxTotal);
        if (e && g && excellentFrom.compareTo(goodFrom) <= 0) {
            v.add(new FieldViolation("excellentFrom", "「优」的起点（" + Scores.plain(excellentFrom) + "）应高于「良」的起点（"
                    + Scores.plain(goodFrom) + "）"));
        }
        if (g && f && goodFrom.compareTo(fairFrom) <= 0) {
            v.add(new FieldViolation("goodFrom", "「良」的起点（" + Scores.plain(goodFrom) + "）应高于「中」的起点（"
                    + Scores.plain(fairFrom) + "）"));
        }
        return v;
    }

    private static boolean line(List<FieldViolation> v, String field, String name, BigDecimal value, BigDecimal max) {
        if (value == null) {
            v.add(new FieldViolation(field, "请填写" + name));
            return false;
        }
        if (value.signum() <= 0 || (max != null && value.compareTo(max) > 0)) {
            v.add(new FieldViolation(field, name + "须大于 0 且不超过总分" + (max == null ? "" : "（" + Scores.plain(max) + "）")
                    + "，现为 " + Scores.plain(value)));
            return false;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            v.add(new FieldViolation(field, name + "最多保留两位小数"));
            return false;
        }
        return true;
    }
}
