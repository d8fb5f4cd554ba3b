package org.jixiao.evaluation;

import java.util.List;

/** The process behind self-evaluations, implemented in {@code evaluation.process} so this package stays engine-free. */
public interface EvaluationWorkflow {

    /**
     * Starts the review process of each new self-evaluation (first step: the unit fills it in); the fiscal year picks
     * the review chain captured at each hand-in.
     */
    void startEvaluations(List<SelfEvaluation> evaluations, Long financeBureauId, int fiscalYear);
}
