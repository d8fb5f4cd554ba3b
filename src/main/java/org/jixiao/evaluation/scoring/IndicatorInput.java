package org.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import org.jixiao.targets.ValueComparator;

/**
 * One indicator of a self-evaluation as the engine scores it.
 *
 * @param key        the caller's identifier (indicator id, row key), echoed in the result
 * @param level1     一级 category (产出指标 …), for the category weight check
 * @param comparator GE/LE/EQ/GT/LT, or null for a qualitative indicator
 * @param target     年度指标值 (quantitative only)
 * @param weight     分值 w
 * @param rule       the 评分标准 as read (see {@link ScoringRuleParser}); {@link RuleReading#none()} when none
 * @param actual     实际完成值 (quantitative only)
 * @param grade      the evaluator's grade (qualitative only)
 * @param score      the evaluator's score inside the grade's band (qualitative only)
 */
public record IndicatorInput(String key, String level1, ValueComparator comparator, BigDecimal target, BigDecimal weight,
                             RuleReading rule, BigDecimal actual, QualitativeGrade grade, BigDecimal score) {

    public IndicatorInput {
        rule = rule == null ? RuleReading.none() : rule;
    }

    public static IndicatorInput quantitative(String key, String level1, ValueComparator comparator, BigDecimal target,
                                              BigDecimal weight, RuleReading rule, BigDecimal actual) {
        return new IndicatorInput(key, level1, comparator, target, weight, rule, actual, null, null);
    }

    public static IndicatorInput qualitative(String key, String level1, BigDecimal weight, QualitativeGrade grade,
                                             BigDecimal score) {
        return new IndicatorInput(key, level1, null, null, weight, RuleReading.none(), null, grade, score);
    }

    public boolean qualitative() {
        return comparator == null;
    }
}
