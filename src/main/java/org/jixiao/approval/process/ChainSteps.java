package org.jixiao.approval.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.jixiao.approval.chain.AddedSigner;
import org.jixiao.approval.chain.ChainLevel;
import org.jixiao.approval.chain.ChainRuns;
import org.jixiao.approval.chain.ChainType;
import org.jixiao.approval.chain.StepRow;
import org.jixiao.org.CandidateGroups;
import org.jixiao.org.Role;
import org.springframework.stereotype.Component;

/**
 * The review loop's view of its captured chain (processes/target-approval.bpmn, and between their own steps
 * monitoring-report.bpmn and self-evaluation.bpmn, which capture the run themselves): the single user task asks it for
 * the step's name, candidate group and assignee, the status listener for the status, the gateway whether a step
 * follows. The process holds only ids and indexes ({@code chainRunId}, {@code stepIndex}, the added signers' ids,
 * the steps to go straight back to); everything else is read from the run and the signer rows, which never change
 * once written, so a configuration changed meanwhile cannot alter the review under way. Where the loop goes next
 * is {@link LoopRoute}'s (加签, 退回到指定环节, 直送退回人: target-approval.bpmn only).
 */
@Component("chainSteps")
public class ChainSteps {
    /** The loop's one user task, in every process that runs a configurable chain. */
    public static final String LOOP_TASK = "Task_Review";
    public static final String RUN = "chainRunId";
    public static final String INDEX = "stepIndex";
    /** Set at start by processes that capture their chain themselves (reports, self-evaluations): the chain's year. */
    public static final String FISCAL_YEAR = "fiscalYear";
    /** The added signer ({@code approval_added_signer.id}) whose review the open task is; absent: the step's own. */
    public static final String SIGNER = "signerId";
    /** A signer added after the open step, who reviews once the step approves. */
    public static final String SIGNER_AFTER = "signerAfterId";
    /** Set with the decision RETURN_TO_STEP: the index of the passed step the case goes back to. */
    public static final String RETURN_TO = "returnTo";
    /** 直送退回人: the steps that returned the case, innermost last ("3,1"). */
    public static final String RESUME = "resumeAt";
    /** Once the loop was rerouted (returned to a step, or a signer added) the drafter can no longer withdraw. */
    public static final String REROUTED = "rerouted";
    /** Set with the decision ADD_SIGNER: the signer added before the step. */
    public static final String ADDED = "addedSignerId";

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
        AddedSigner signer = signer(execution);
        return signer != null ? "加签审核（" + signer.getDisplayName() + "）" : current(execution).getName();
    }

    public String group(DelegateExecution execution) {
        AddedSigner signer = signer(execution);
        return signer != null ? signer.getCandidateGroup() : current(execution).getCandidateGroup();
    }

    /** An added signer's review is theirs alone; a step's task is the whole group's (null). */
    public String assignee(DelegateExecution execution) {
        AddedSigner signer = signer(execution);
        return signer == null ? null : signer.getUsername();
    }

    /**
     * The subject's status while this task is open: UNIT_REVIEW, DEPT_REVIEW or FINANCE_REVIEW by the step's level,
     * or for an added signer by the post the signer reviews in, so lists show who has it.
     */
    public String status(DelegateExecution execution) {
        AddedSigner signer = signer(execution);
        if (signer != null) {
            Role role = CandidateGroups.roleOf(signer.getCandidateGroup());
            return switch (role == null ? Role.FINANCE_REVIEWER : role) {
                case UNIT_LEADER -> "UNIT_REVIEW";
                case DEPT_REVIEWER -> "DEPT_REVIEW";
                default -> "FINANCE_REVIEW";
            };
        }
        return ChainLevel.valueOf(current(execution).getActorLevel()).status();
    }

    public boolean hasNext(DelegateExecution execution) {
        return route(execution).next().isPresent();
    }

    /** Moves the loop on after an approval (the service task 下一环节): next step, signer or straight back. */
    public void advance(DelegateExecution execution) {
        write(execution, route(execution).next()
                .orElseThrow(() -> new IllegalStateException("advance past the last step")));
    }

    /** 退回到指定环节 (the service task of that name): back to the step {@code returnTo}, as the run's option says. */
    public void returnTo(DelegateExecution execution) {
        int to = ((Number) execution.getVariable(RETURN_TO)).intValue();
        boolean straightBack = "TO_RETURNER".equals(runs.run(runId(execution)).getAfterReturn());
        execution.removeVariable(RETURN_TO);
        execution.setVariable(REROUTED, true);
        write(execution, route(execution).returnTo(to, straightBack));
    }

    /** 加签 before the step (the service task 前加签): the signer's review opens, then the step's again. */
    public void signFirst(DelegateExecution execution) {
        Long signer = InboxTaskListener.id(execution.getVariable(ADDED));
        execution.removeVariable(ADDED);
        execution.setVariable(REROUTED, true);
        write(execution, route(execution).signFirst(signer));
    }

    private LoopRoute route(DelegateExecution execution) {
        AddedSigner signer = signer(execution);
        return new LoopRoute(index(execution), signer == null ? null : signer.getId(),
                signer != null && signer.before(), InboxTaskListener.id(execution.getVariable(SIGNER_AFTER)),
                LoopRoute.parseResume(execution.getVariable(RESUME)), runs.steps(runId(execution)).size());
    }

    private static void write(DelegateExecution execution, LoopRoute route) {
        execution.setVariable(INDEX, route.index());
        set(execution, SIGNER, route.signer());
        set(execution, SIGNER_AFTER, route.signerAfter());
        set(execution, RESUME, route.resume().isEmpty() ? null : route.resumeText());
    }

    private static void set(DelegateExecution execution, String name, Object value) {
        if (value == null) {
            execution.removeVariable(name);
        } else {
            execution.setVariable(name, value);
        }
    }

    private AddedSigner signer(DelegateExecution execution) {
        Long id = InboxTaskListener.id(execution.getVariable(SIGNER));
        return id == null ? null : runs.signer(id);
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
