package org.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.common.FieldViolation;

/**
 * Scores a self-evaluation form as far as it is filled: the budget row once both funds are there, each indicator
 * once its inputs are complete; the total, grade and outcome only when everything is scored. What a form needs
 * while values are typed and on every save, where {@link ScoringEngine#score} wants a complete evaluation.
 */
public final class FormScoring {

    private FormScoring() {
    }

    /**
     * @param budget    null until 全年预算数 and 全年执行数 are both given
     * @param items     by indicator key, only for complete indicators
     * @param missing   keys of indicators not complete yet, with what is missing (Chinese)
     */
    public record Result(BudgetScore budget, Map<String, ItemScore> items, Map<String, List<FieldViolation>> missing,
                         BigDecimal total, Grade grade, Outcome outcome) {

        public boolean complete() {
            return total != null;
        }
    }

    public static Result of(ScoringConfig config, BigDecimal planned, BigDecimal executed, List<IndicatorInput> inputs) {
        BudgetScore budget = planned == null || executed == null ? null
                : BudgetScore.of(planned, executed, config.budgetPoints());
        Map<String, ItemScore> items = new LinkedHashMap<>();
        Map<String, List<FieldViolation>> missing = new LinkedHashMap<>();
        BigDecimal sum = budget == null ? null : budget.score();
        for (IndicatorInput in : inputs) {
            List<FieldViolation> problems = ScoreInputChecks.violations("", in);
            if (problems.isEmpty()) {
                ItemScore item = ScoringEngine.scoreIndicator(config, in);
                items.put(in.key(), item);
                sum = sum == null ? null : sum.add(item.score());
            } else {
                missing.put(in.key(), new ArrayList<>(problems));
                sum = null;
            }
        }
        if (sum == null) {
            return new Result(budget, items, missing, null, null, null);
        }
        BigDecimal total = Scores.round(sum);
        Grade grade = config.gradeBands().grade(total);
        return new Result(budget, items, missing, total, grade, config.outcome(grade));
    }

    /** The grade of a total under the configuration (e.g. after finance re-scored an indicator). */
    public static Grade grade(ScoringConfig config, BigDecimal total) {
        return config.gradeBands().grade(total);
    }
}
