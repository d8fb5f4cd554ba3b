package org.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * The scored self-evaluation.
 *
 * @param total    budget score plus the (rounded) indicator scores
 * @param warnings inconsistencies that do not stop scoring, e.g. a category's weights not adding up to its
 *                 configured points
 */
public record ScoreSheet(BudgetScore budget, List<ItemScore> items, BigDecimal indicatorScore, BigDecimal total,
                         Grade grade, Outcome outcome, List<String> warnings) {
}
