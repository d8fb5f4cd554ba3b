package org.jixiao.evaluation;

import java.util.List;
import java.util.Optional;
import org.jixiao.approval.ReviewTask;
import org.jixiao.evaluation.internal.EvaluationRound;
import org.jixiao.evaluation.internal.SelfEvaluation;
import org.jixiao.evaluation.internal.SelfEvaluationIndicator;
import org.jixiao.evaluation.scoring.FormScoring;
import org.jixiao.evaluation.scoring.ItemScore;
import org.jixiao.evaluation.scoring.RuleReading;
import org.jixiao.evaluation.scoring.ScoringConfig;
import org.jixiao.targets.Indicator;
import org.jixiao.targets.PerformanceTarget;

/**
 * A self-evaluation as its screen and the API show it: the stored figures, the target with one line per
 * indicator (its scoring rule as read, the unit's row, the score), the form's scoring, and what the caller may do.
 */
public record SelfEvaluationDetail(SelfEvaluation evaluation, EvaluationRound round, PerformanceTarget target,
                                   List<Line> lines, FormScoring.Result score, ScoringConfig config,
                                   boolean editable, Optional<ReviewTask> openTask) {

    /** {@code item} is null until the indicator's inputs are complete. */
    public record Line(Indicator indicator, RuleReading rule, SelfEvaluationIndicator row, ItemScore item) {
    }
}
