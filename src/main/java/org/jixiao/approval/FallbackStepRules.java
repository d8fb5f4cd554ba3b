package org.jixiao.approval;

import org.jixiao.approval.process.ReviewEngine;
import org.springframework.stereotype.Component;

/**
 * TEMPORARY until the configurable chains (issue 13 §1) implement {@link StepRules}: the finance bureau's review
 * of a target (财政局审核) is graded on the 88号 sheet, no other step is, and no step has a deadline or a
 * mandatory opinion. Deleted when the chains are merged.
 */
@Component
class FallbackStepRules implements StepRules {
    private static final String PROCESS = "TargetApprovalProcess";
    private static final String FINANCE_STEP = "Task_ReviewByFinanceBureau";

    private final ReviewEngine engine;

    FallbackStepRules(ReviewEngine engine) {
        this.engine = engine;
    }

    @Override
    public boolean gradingRequired(String taskId) {
        return engine.task(taskId).map(t -> PROCESS.equals(t.processKey()) && FINANCE_STEP.equals(t.taskKey()))
                .orElse(false);
    }

    @Override
    public Integer slaDays(String taskId) {
        return null;
    }

    @Override
    public boolean opinionRequired(String taskId) {
        return false;
    }
}
