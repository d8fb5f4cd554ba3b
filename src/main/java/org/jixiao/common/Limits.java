package org.jixiao.common;

import java.math.BigDecimal;
import java.util.List;

/**
 * The one place that says how long a text and how large a number may be, taken from the columns that store them
 * (Flyway V1–V10). DTO checks, the pure check classes and the UI fields' {@code maxLength} all use these, so a
 * field has the same limit wherever it appears and every mistake is a 422 on its field, never a database error.
 *
 * <p>Numbers are checked in an order that stays cheap for any input: the count of integer digits
 * ({@code precision - scale}) first, then the decimals. {@code 1E+1000000} is refused without ever being expanded.
 */
public final class Limits {

    // ---- texts (characters)
    /** 名称: target, annual task, indicator (三级指标). */
    public static final int NAME = 200;
    public static final int PROJECT_CODE = 64;
    public static final int PROJECT_ATTRIBUTE = 16;
    public static final int IMPLEMENTATION_PERIOD = 64;
    public static final int UNIT_CODE = 32;
    public static final int FUND_USE = 2000;
    /** 年度绩效目标 and a task's 主要内容. */
    public static final int GOALS = 4000;
    public static final int PERIOD_GOALS = 2000;
    public static final int TASK_CONTENT = 4000;
    public static final int LEVEL1 = 32;
    public static final int LEVEL2 = 64;
    public static final int INDICATOR_DESCRIPTION = 1000;
    /** 指标值 as typed (≥95%); also what the value parser accepts. */
    public static final int VALUE_TEXT = 200;
    public static final int BASIS = 500;
    public static final int STANDARD = 16;
    /** 评分标准 prose; also what the scoring-rule parser is given. */
    public static final int SCORING_RULE = 1000;
    /** 调整原因 of a target adjustment. */
    public static final int ADJUSTMENT_REASON = 1000;
    /**
     * Every review text: 审核意见, 整改要求, 整改结果, 催办说明, 复核理由, and the report's 原因说明 and 纠偏措施
     * (review_event.opinion and the report columns are all VARCHAR(2000)).
     */
    public static final int OPINION = 2000;
    /** 评价结论, 存在问题, 改进措施 and other prose of a self-evaluation. */
    public static final int EVALUATION_TEXT = 2000;
    /** An identifier a caller chooses (the preview's indicator {@code key}), a grade or comparator code. */
    public static final int KEY = 64;
    public static final int FILE_NAME = 255;
    /** 一级指标 names in the scoring rules (scoring_level1_weight.level1). */
    public static final int SCORING_LEVEL1 = 50;
    /** The wording of a results application (scoring_outcome.label). */
    public static final int OUTCOME_LABEL = 100;

    // ---- numbers
    /** 万元, 2 decimals, at most 99,999,999,999.99 (the bureau's ceiling; the columns are DECIMAL(16, 2)). */
    public static final NumberLimit MONEY = new NumberLimit(11, 2, false, "万元");
    /** 指标值, 完成值, 实际完成值: DECIMAL(20, 4). */
    public static final NumberLimit VALUE = new NumberLimit(16, 4, true, "");
    /** 分值 of an indicator: DECIMAL(7, 2). */
    public static final NumberLimit WEIGHT = new NumberLimit(5, 2, false, "");
    /** A warning-light threshold in percent: DECIMAL(7, 2). */
    public static final NumberLimit PERCENT = new NumberLimit(5, 2, false, "");
    /** A score or a percentage stored as DECIMAL(5, 2) (scoring rules, spending plan). */
    public static final NumberLimit SMALL = new NumberLimit(3, 2, false, "");
    /** A stored ratio in percent (budget_ratio, ratio): DECIMAL(12, 2). */
    public static final BigDecimal RATIO_MAX = new BigDecimal("9999999999.99");
    /**
     * What any JSON number may look like before it reaches a DTO at all (see {@code JsonLimits}): wider than every
     * column, so the field's own check still speaks, but small enough that no arithmetic on it can be slow.
     */
    public static final NumberLimit JSON_NUMBER = new NumberLimit(20, 10, true, "");

    private Limits() {
    }

    /**
     * A decimal column's shape: at most {@code integerDigits} before the point and {@code scale} after it;
     * {@code signed} false refuses negatives.
     */
    public record NumberLimit(int integerDigits, int scale, boolean signed, String unit) {

        /** The largest value allowed, e.g. 99999999999.99. */
        public BigDecimal max() {
            return BigDecimal.TEN.pow(integerDigits).subtract(BigDecimal.ONE.movePointLeft(scale));
        }

        /** "99,999,999,999.99" as the messages show it. */
        public String maxText() {
            return String.format(java.util.Locale.ROOT, "%,." + scale + "f", max());
        }

        /** Null when the value fits, else why not (in Chinese, naming the limit). Never expands the value. */
        public String problem(BigDecimal value) {
            if (value == null) {
                return null;
            }
            if (!signed && value.signum() < 0) {
                return "不能为负数";
            }
            if (Limits.integerDigits(value) > integerDigits) {
                return "不能超过 " + (signed ? "±" : "") + maxText() + (unit.isEmpty() ? "" : " " + unit);
            }
            if (decimals(value) > scale) {
                return "最多保留 " + scale + " 位小数";
            }
            return null;
        }
    }

    /** Digits before the point of a non-zero value, computed without expanding it. */
    public static long integerDigits(BigDecimal value) {
        return value.signum() == 0 ? 0 : (long) value.precision() - value.scale();
    }

    /** Decimals that matter (trailing zeros ignored); cheap because callers check the integer digits first. */
    public static int decimals(BigDecimal value) {
        if (value.scale() <= 0) {
            return 0;
        }
        if (value.scale() > 1000) {
            return value.scale(); // far beyond any column: no need to strip a huge number's zeros
        }
        return Math.max(0, value.stripTrailingZeros().scale());
    }

    /** Adds a violation on {@code field} when {@code value} does not fit; the message starts with {@code label}. */
    public static void number(List<FieldViolation> v, String field, String label, BigDecimal value, NumberLimit limit) {
        String problem = limit.problem(value);
        if (problem != null) {
            v.add(new FieldViolation(field, label + problem));
        }
    }

    /** Adds a violation on {@code field} when {@code text} is longer than {@code max} characters. */
    public static void text(List<FieldViolation> v, String field, String label, String text, int max) {
        if (text != null && text.length() > max) {
            v.add(new FieldViolation(field, tooLong(label, max)));
        }
    }

    /** Refuses (422 on {@code field}) a text longer than {@code max}; for single-field requests. */
    public static void requireText(String field, String label, String text, int max) {
        if (text != null && text.length() > max) {
            throw ValidationException.of(field, tooLong(label, max));
        }
    }

    public static String tooLong(String label, int max) {
        return label + "不能超过 " + max + " 个字";
    }
}
