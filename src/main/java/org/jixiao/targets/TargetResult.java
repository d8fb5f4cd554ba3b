package org.jixiao.targets;

import java.math.BigDecimal;

/**
 * A target's results application (结果应用) as its detail shows it: the final grade and total of its latest approved
 * self-evaluation and the budget recommendation configured for that grade.
 */
public record TargetResult(int fiscalYear, Long evaluationId, BigDecimal total, String grade, String recommendation,
                           String recommendationLabel) {
}
