package org.jixiao.approval.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.jixiao.approval.chain.ChainLevel;
import org.jixiao.approval.chain.ChainRuns;
import org.jixiao.approval.chain.StepRow;
import org.springframework.stereotype.Component;

/**
 * The review loop's view of its captured chain (processes/target-approval.bpmn): the single user task asks it for
 * the step's name and candidate group, the status listener for the status, the gateway whether a step follows. The
 * process holds only {@code chainRunId} and {@code stepIndex}; everything else is read from the run, which never
 * changes once captured, so a configuration changed meanwhile cannot alter the review under way.
 */
@Component("chainSteps")
public class ChainSteps {
    public static final String RUN = "chainRunId";
    public static final String INDEX = "stepIndex";

    private final ChainRuns runs;

    ChainSteps(ChainRuns runs) {
        this.runs = runs;
    }

    public String name(DelegateExecution execution) {
        return current(execution).getName();
    }

    public String group(DelegateExecution execution) {
        return current(execution).getCandidateGroup();
    }

    /** The subject's status while this step is open: UNIT_REVIEW, DEPT_REVIEW or FINANCE_REVIEW by the level. */
    public String status(DelegateExecution execution) {
        return ChainLevel.valueOf(current(execution).getActorLevel()).status();
    }

    public boolean hasNext(DelegateExecution execution) {
        return index(execution) + 1 < runs.steps(runId(execution)).size();
    }

    /** Moves the loop to the next step (the service task 下一环节). */
    public void advance(DelegateExecution execution) {
        execution.setVariable(INDEX, index(execution) + 1);
    }

    private StepRow current(DelegateExecution execution) {
        return runs.step(runId(execution), index(execution));
    }

    private static Long runId(DelegateExecution execution) {
        return InboxTaskListener.id(execution.getVariable(RUN));
    }

    private static int index(DelegateExecution execution) {
        Object index = execution.getVariable(INDEX);
        return index instanceof Number n ? n.intValue() : 0;
    }
}
