package org.jixiao.evaluation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.jixiao.evaluation.SelfEvaluationReviews;
import org.jixiao.evaluation.SelfEvaluationStatus;
import org.springframework.stereotype.Component;

/** Keeps the self-evaluation's status in step with its process (same transaction as the engine). */
@Component("selfEvaluationStatusListener")
public class SelfEvaluationStatusListener {
    private final SelfEvaluationReviews evaluations;

    SelfEvaluationStatusListener(SelfEvaluationReviews evaluations) {
        this.evaluations = evaluations;
    }

    public void enter(DelegateExecution execution, String status) {
        evaluations.moveTo(Long.valueOf(execution.getProcessBusinessKey()), SelfEvaluationStatus.valueOf(status));
    }
}
