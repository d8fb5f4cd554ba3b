package org.jixiao.targets.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.jixiao.targets.TargetSubmission;
import org.jixiao.targets.TargetStatus;
import org.springframework.stereotype.Component;

/** Keeps the target's status in step with the approval process (same transaction as the engine). */
@Component("targetStatusListener")
public class TargetStatusListener {
    private final TargetSubmission targetService;

    TargetStatusListener(TargetSubmission targetService) {
        this.targetService = targetService;
    }

    public void enter(DelegateExecution execution, String status) {
        targetService.moveTo(Long.valueOf(execution.getProcessBusinessKey()), TargetStatus.valueOf(status));
    }
}
