package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * The body of {@code POST /api/scoring/preview}. Comparator and grade are strings so that a wrong one is a 422 on
 * its field rather than an unreadable body.
 *
 * @param fiscalYear optional: whose configuration applies (default: the current year)
 */
public record ScoringPreviewRequest(Integer fiscalYear, Budget budget, List<Indicator> indicators) {

    public record Budget(BigDecimal planned, BigDecimal executed) {
    }

    /**
     * @param comparator  GE/LE/EQ/GT/LT, or null for a qualitative indicator (or when {@code valueText} is given)
     * @param value       the target number with {@code comparator}
     * @param valueText   instead of comparator and value: the 指标值 as typed (≥95%, 不少于4次, 按时完成)
     * @param scoringRule optional prose 评分标准
     * @param grade       ACHIEVED/PARTIAL/NOT_ACHIEVED for a qualitative indicator, with {@code score}
     */
    public record Indicator(String key, String level1, String comparator, BigDecimal value, String valueText,
                            BigDecimal weight, String scoringRule, BigDecimal actual, String grade, BigDecimal score) {
    }
}
