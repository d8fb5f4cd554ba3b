package org.jixiao.evaluation.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.approval.ReviewService;
import org.jixiao.approval.process.ChainSteps;
import org.jixiao.evaluation.EvaluationWorkflow;
import org.jixiao.evaluation.SelfEvaluation;
import org.jixiao.evaluation.SelfEvaluationService;
import org.springframework.stereotype.Component;

/** Starts self-evaluation processes through the review chain, a round's chunk at a time. */
@Component
class SelfEvaluationProcesses implements EvaluationWorkflow {
    private final ReviewService reviews;

    SelfEvaluationProcesses(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void startEvaluations(List<SelfEvaluation> evaluations, Long financeBureauId, int fiscalYear) {
        Map<Long, Map<String, Object>> starts = new LinkedHashMap<>();
        for (SelfEvaluation e : evaluations) {
            Map<String, Object> ids = new LinkedHashMap<>();
            ids.put("unitId", e.getUnitId());
            ids.put("departmentId", e.getDepartmentId());
            ids.put("financeBureauId", financeBureauId);
            ids.put(ChainSteps.FISCAL_YEAR, fiscalYear);
            starts.put(e.getId(), ids);
        }
        reviews.begin(SelfEvaluationService.SUBJECT_TYPE, starts);
    }
}
