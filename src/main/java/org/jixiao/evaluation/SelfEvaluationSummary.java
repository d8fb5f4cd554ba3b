package org.jixiao.evaluation;

import java.math.BigDecimal;

/** A self-evaluation as lists show it: with its target's name and unit. */
public record SelfEvaluationSummary(Long id, Long roundId, Long targetId, String targetName, Long unitId,
                                    String unitName, SelfEvaluationStatus status, BigDecimal total, String grade) {
}
