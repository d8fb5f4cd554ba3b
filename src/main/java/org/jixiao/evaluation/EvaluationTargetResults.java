package org.jixiao.evaluation;

import java.util.Optional;
import org.jixiao.evaluation.internal.EvaluationSummaryMapper;
import org.jixiao.evaluation.internal.LatestResult;
import org.jixiao.evaluation.scoring.Outcome;
import org.jixiao.targets.TargetResult;
import org.jixiao.targets.TargetResults;
import org.springframework.stereotype.Component;

/** The target feature's view of results application: the latest approved self-evaluation's final grade. */
@Component
class EvaluationTargetResults implements TargetResults {
    private final EvaluationSummaryMapper mapper;
    private final ScoringConfigService scoring;

    EvaluationTargetResults(EvaluationSummaryMapper mapper, ScoringConfigService scoring) {
        this.mapper = mapper;
        this.scoring = scoring;
    }

    @Override
    public Optional<TargetResult> latest(Long targetId) {
        LatestResult latest = targetId == null ? null : mapper.latestApproved(targetId);
        if (latest == null) {
            return Optional.empty();
        }
        Optional<Outcome> outcome = EvaluationSummaryService.grade(latest.getGrade())
                .map(g -> scoring.configFor(latest.getFinanceOrgId(), latest.getFiscalYear()).outcome(g));
        return Optional.of(new TargetResult(latest.getFiscalYear(), latest.getEvaluationId(),
                EvaluationSummaryService.scale(latest.getTotal()), latest.getGrade(),
                outcome.map(o -> o.recommendation().name()).orElse(null), outcome.map(Outcome::label).orElse(null)));
    }
}
