package org.jixiao.approval.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.jixiao.approval.chain.ChainLevel;
import org.jixiao.approval.chain.ChainRuns;
import org.jixiao.approval.chain.ChainType;
import org.jixiao.approval.chain.StepRow;
import org.springframework.stereotype.Component;

/**
 * The review loop's view of its captured chain (processes/target-approval.bpmn, and between their own steps
 * monitoring-report.bpmn and self-evaluation.bpmn, which capture the run themselves): the single user task asks it for
 * the step's name and candidate group, the status listener for the status, the gateway whether a step follows. The
 * process holds only {@code chainRunId} and {@code stepIndex}; everything else is read from the run, which never
 * changes once captured, so a configuration changed meanwhile cannot alter the review under way.
 */
@Component("chainSteps")
public class ChainSteps {
    /** The loop's one user task, in every process that runs a configurable chain. */
    public static final String LOOP_TASK = "Task_Review";
    public static final String RUN = "chainRunId";
    public static final String INDEX = "stepIndex";
    /** Set at start by processes that capture their chain themselves (reports, self-evaluations): the chain's year. */
    public static final String FISCAL_YEAR = "fiscalYear";

    private final ChainRuns runs;

    ChainSteps(ChainRuns runs) {
        this.runs = runs;
    }

    /**
     * Captures the chain of {@code type} in force for this hand-in (the service task 锁定审核流程 of the report and
     * self-evaluation processes) and starts the loop at its first step. The subject type is the chain type's name
     * there; the org ids and the fiscal year are the process's start variables. The unique key on (subject,
     * submission) refuses a second capture of one hand-in.
     */
    public void capture(DelegateExecution execution, String type) {
        ChainType chainType = ChainType.valueOf(type);
        Long runId = runs.capture(chainType.name(), Long.valueOf(execution.getProcessBusinessKey()), chainType,
                ((Number) execution.getVariable(FISCAL_YEAR)).intValue(), new ChainRuns.SubjectOrg(
                        InboxTaskListener.id(execution.getVariable("unitId")),
                        InboxTaskListener.id(execution.getVariable("departmentId")),
                        InboxTaskListener.id(execution.getVariable("financeBureauId"))));
        execution.setVariable(RUN, runId);
        execution.setVariable(INDEX, 0);
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
