package org.jixiao.approval;

import static org.jixiao.approval.ReviewService.TASK_TAKEN;
import static org.jixiao.approval.ReviewService.WITHDRAW_MESSAGE;

import java.util.List;
import java.util.Map;
import org.jixiao.approval.process.ChainSteps;
import org.jixiao.approval.process.EngineQueries;
import org.jixiao.approval.process.EngineTask;
import org.jixiao.approval.process.ReviewEngine;
import org.jixiao.common.ConflictException;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.Role;
import org.springframework.stereotype.Component;

/**
 * The owner's side of a review: starting it, completing the owner's own task (e.g. submitting a filled report) and
 * withdrawing it while the first reviewer has not acted. The part of {@link ReviewService} that changes with how
 * subjects enter and leave review. The feature has claimed the subject's row (status and version the user read)
 * before calling in, so of concurrent requests only one gets here.
 */
@Component
class ReviewSubmissions {
    private final ReviewEngine engine;
    private final EngineQueries queries;
    private final AuditTrail auditTrail;
    private final ReviewSubjectTypes subjectTypes;
    private final ReviewTasks tasks;

    ReviewSubmissions(ReviewEngine engine, EngineQueries queries, AuditTrail auditTrail,
                      ReviewSubjectTypes subjectTypes, ReviewTasks tasks) {
        this.engine = engine;
        this.queries = queries;
        this.auditTrail = auditTrail;
        this.subjectTypes = subjectTypes;
        this.tasks = tasks;
    }

    void submit(String subjectType, Long subjectId, Map<String, Object> ids, CurrentUser actor, String step) {
        ReviewSubjects subjects = subjectTypes.of(subjectType);
        if (engine.running(subjects.processKey(), subjectId) > 0) {
            throw new ConflictException("已提交，请勿重复操作");
        }
        auditTrail.record(subjectType, subjectId, step, ReviewAction.SUBMIT, actor, Role.STAFF, null);
        engine.start(subjects.processKey(), subjectId, ids);
    }

    void begin(String subjectType, Map<Long, Map<String, Object>> idsBySubject) {
        engine.startAll(subjectTypes.of(subjectType).processKey(), idsBySubject);
    }

    void completeOwnTask(String subjectType, Long subjectId, CurrentUser actor, ReviewAction action, String step,
                         String opinion) {
        completeOwnTask(subjectType, tasks.openTaskFor(actor, subjectType, subjectId, null), actor, action, step, opinion);
    }

    /** With the open task the caller read in this transaction (see ReviewService); empty or another subject's: 409. */
    void completeOwnTask(String subjectType, java.util.Optional<ReviewTask> openTask, CurrentUser actor,
                         ReviewAction action, String step, String opinion) {
        ReviewTask task = openTask.filter(t -> t.subjectType().equals(subjectType))
                .orElseThrow(() -> new ConflictException("该事项当前没有您可处理的任务，请刷新后重试"));
        Long subjectId = task.subjectId();
        // the open task came from the inbox read model (openTaskFor), so the role does too
        Role role = tasks.roleOnOpenTask(task.id(), actor).orElseThrow(() -> new ConflictException(TASK_TAKEN));
        auditTrail.recordDecision(subjectType, subjectId, step, action, actor, role, opinion, task.id(), TASK_TAKEN);
        engine.complete(task.id(), Map.of(ReviewDecision.VARIABLE, ReviewDecision.APPROVE.name()), TASK_TAKEN);
    }

    /**
     * The event names the first reviewer's task, so a withdrawal and that reviewer's decision cannot both happen. A
     * configurable chain keeps the withdraw boundary on its loop task for every step, so past the first step
     * ({@code stepIndex} > 0) the withdrawal is refused here.
     */
    /** The variables that tell whether the loop is still at its first step, untouched. */
    private static final List<String> UNTOUCHED = List.of(ChainSteps.INDEX, ChainSteps.REROUTED, ChainSteps.SIGNER,
            ChainSteps.SIGNER_AFTER);

    /**
     * At the first step and never rerouted: a case returned to its first step (退回到指定环节) or one with a signer
     * added (加签, before or after the step) has been acted on, although its step index is 0.
     */
    private static boolean untouched(Map<String, Object> variables) {
        return !(variables.get(ChainSteps.INDEX) instanceof Number index && index.intValue() > 0)
                && !Boolean.TRUE.equals(variables.get(ChainSteps.REROUTED)) && variables.get(ChainSteps.SIGNER) == null
                && variables.get(ChainSteps.SIGNER_AFTER) == null;
    }

    void withdraw(String subjectType, Long subjectId, CurrentUser actor, String step) {
        ReviewSubjects subjects = subjectTypes.of(subjectType);
        EngineTask first = engine.awaitingMessage(subjects.processKey(), subjectId, WITHDRAW_MESSAGE)
                .filter(task -> untouched(queries.taskVariables(task.id(), UNTOUCHED)
                        .orElseThrow(() -> new ConflictException("该事项已撤回或已被审核，请刷新后查看"))))
                .orElseThrow(() -> new ConflictException("审核已开始，不能撤回"));
        String lost = "该事项已撤回或已被审核，请刷新后查看";
        auditTrail.recordDecision(subjectType, subjectId, step, ReviewAction.WITHDRAW, actor, Role.STAFF, null,
                first.id(), lost);
        engine.correlate(WITHDRAW_MESSAGE, first, lost);
    }
}
