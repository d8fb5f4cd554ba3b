package org.jixiao.approval;

import static org.jixiao.approval.ReviewService.TASK_TAKEN;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.approval.process.ChainSteps;
import org.jixiao.approval.process.ReviewEngine;
import org.jixiao.common.ConflictException;
import org.jixiao.common.ValidationException;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reviewer's decision on a task (approve, return, rectify, reject), singly or as an item of a batch: the part of
 * {@link ReviewService} that changes with the rules of deciding. Each happens once (issue 9 §1): the subject's row is
 * claimed by a conditional update and the history event names the engine task under a unique key, in the caller's
 * transaction, before the engine is called; a loser is answered 409.
 */
@Component
class ReviewDecisions {
    private static final Map<ReviewDecision, ReviewAction> ACTIONS = Map.of(ReviewDecision.APPROVE, ReviewAction.APPROVE,
            ReviewDecision.RETURN, ReviewAction.RETURN, ReviewDecision.RECTIFY, ReviewAction.RECTIFY,
            ReviewDecision.REJECT, ReviewAction.REJECT, ReviewDecision.RETURN_TO_STEP, ReviewAction.RETURN_TO_STEP,
            ReviewDecision.ADD_SIGNER, ReviewAction.SIGN_BEFORE);
    private static final Map<ReviewDecision, String> DECISION_LABELS = Map.of(ReviewDecision.APPROVE, "审核通过",
            ReviewDecision.RETURN, "退回", ReviewDecision.RECTIFY, "要求整改", ReviewDecision.REJECT, "否决",
            ReviewDecision.RETURN_TO_STEP, "退回到已经过的环节", ReviewDecision.ADD_SIGNER, "加签");

    private final ReviewTasks tasks;
    private final ReviewEngine engine;
    private final AuditTrail auditTrail;
    private final ReviewSubjectTypes subjectTypes;
    /** Who holds a task beyond its group (转办, 委派, 代理); it calls back into the review service, hence looked up late. */
    private final ObjectProvider<TaskHandovers> handovers;
    private final StepRules stepRules;

    ReviewDecisions(ReviewTasks tasks, ReviewEngine engine, AuditTrail auditTrail, ReviewSubjectTypes subjectTypes,
                    ObjectProvider<TaskHandovers> handovers, StepRules stepRules) {
        this.tasks = tasks;
        this.engine = engine;
        this.auditTrail = auditTrail;
        this.subjectTypes = subjectTypes;
        this.handovers = handovers;
        this.stepRules = stepRules;
    }

    void approve(String taskId, CurrentUser actor, String opinion) {
        decide(taskId, actor, opinion, ReviewDecision.APPROVE);
    }

    /** An opinion is mandatory so the drafter knows what to fix. */
    void returnToDrafter(String taskId, CurrentUser actor, String opinion) {
        if (opinion == null || opinion.isBlank()) {
            throw ValidationException.of("opinion", "退回时必须填写审核意见");
        }
        decide(taskId, actor, opinion, ReviewDecision.RETURN);
    }

    /**
     * 退回到指定环节 (issue 13 §3): back to the drafter ({@code toStep} null, blank or {@value ReturnStep#DRAFTER}, as
     * {@link #returnToDrafter}) or to a step the case has passed in this run; anything else is a 422 on
     * {@code toStep} naming it. The history event names the step (counterpart); the loop then runs the chain again
     * from there or, with the run's option TO_RETURNER, goes straight back to this step once that one approves.
     */
    ReviewDecision returnToStep(String taskId, CurrentUser actor, String opinion, String toStep) {
        if (toStep == null || toStep.isBlank() || ReturnStep.DRAFTER.equals(toStep.strip())) {
            returnToDrafter(taskId, actor, opinion);
            return ReviewDecision.RETURN;
        }
        if (opinion == null || opinion.isBlank()) {
            throw ValidationException.of("opinion", "退回时必须填写审核意见");
        }
        ReviewTask reviewTask = tasks.task(taskId, actor);
        List<ReturnStep> offered = returnSteps(reviewTask);
        ReturnStep step = offered.stream().filter(s -> !s.drafter() && s.key().equals(toStep.strip())).findFirst()
                .orElse(null);
        if (step == null) {
            // the engine's reads may straddle a concurrent decision's commit (READ COMMITTED) and see no steps:
            // a task gone since is that race lost (409), not a wrong step
            tasks.task(taskId, actor);
            throw ValidationException.of("toStep", "“" + abbreviated(toStep) + "”不是本次审核已经过的环节，可退回至："
                    + String.join("、", offered.stream().map(ReturnStep::name).toList()));
        }
        checkDecision(reviewTask, ReviewDecision.RETURN_TO_STEP);
        ReviewSubjects subjects = subjectTypes.of(reviewTask.subjectType());
        if (!subjects.claim(reviewTask.subjectId(), reviewTask.subjectStatus())) {
            throw new ConflictException(TASK_TAKEN);
        }
        Role role = tasks.roleFor(taskId, actor).orElseThrow(() -> new ConflictException(TASK_TAKEN));
        complete(reviewTask, role, actor, opinion, ReviewDecision.RETURN_TO_STEP, step.key(), step.name(),
                Map.of(ChainSteps.RETURN_TO, offered.indexOf(step) - 1));
        return ReviewDecision.RETURN_TO_STEP;
    }

    /** Where the reviewer of the task may return it: the drafter, then the steps passed in this run, in order. */
    List<ReturnStep> returnSteps(ReviewTask task) {
        List<ReturnStep> steps = new ArrayList<>();
        String drafter = auditTrail.history(task.subjectType(), task.subjectId()).stream()
                .filter(e -> e.getAction() == ReviewAction.SUBMIT).reduce((a, b) -> b)
                .map(ReviewEvent::getActorName).orElse(null);
        steps.add(new ReturnStep(ReturnStep.DRAFTER, drafter == null ? "送审人" : "送审人（" + drafter + "）", false));
        if (task.decisions().contains(ReviewDecision.RETURN_TO_STEP)) {
            stepRules.place(task.id()).ifPresent(place -> place.passed().forEach(s -> steps.add(
                    new ReturnStep(s.key(), s.name(), "TO_RETURNER".equals(place.afterReturn())))));
        }
        return steps;
    }

    /** Only where the task offers REJECT (a step of a configurable chain), with a mandatory opinion. */
    void reject(String taskId, CurrentUser actor, String opinion) {
        if (opinion == null || opinion.isBlank()) {
            throw ValidationException.of("opinion", "否决时必须填写审核意见");
        }
        decide(taskId, actor, opinion, ReviewDecision.REJECT);
    }

    /** The requirement (整改要求) is mandatory: the owner's follow-up answers it. */
    void requireRectification(String taskId, CurrentUser actor, String requirement) {
        if (requirement == null || requirement.isBlank()) {
            throw ValidationException.of("opinion", "要求整改时必须填写整改要求和建议");
        }
        decide(taskId, actor, requirement, ReviewDecision.RECTIFY);
    }

    /**
     * Approves a task that {@link BatchApproval} looked up with the rest of its batch (open, in scope, offered to
     * {@code role}), without reading it again: the claim of the subject and the decision's unique key still make it
     * happen once, in this transaction (one per item, so one refusal leaves the others done), and a task gone since
     * is a 409.
     */
    @Transactional
    public void approveLookedUp(ReviewTask task, Role role, CurrentUser actor, String opinion) {
        checkDecision(task, ReviewDecision.APPROVE);
        requireOpinionWhereNeeded(task, opinion, ReviewDecision.APPROVE);
        if (!subjectTypes.of(task.subjectType()).claim(task.subjectId(), task.subjectStatus())) {
            throw new ConflictException(TASK_TAKEN);
        }
        complete(task, role, actor, opinion, ReviewDecision.APPROVE);
    }

    /** Decides the task, opened and checked for the actor as {@link ReviewTasks#task} does; returns it as it was. */
    ReviewTask decide(String taskId, CurrentUser actor, String opinion, ReviewDecision decision) {
        ReviewTask reviewTask = tasks.task(taskId, actor);
        requireOpinionWhereNeeded(reviewTask, opinion, decision);
        checkDecision(reviewTask, decision);
        ReviewSubjects subjects = subjectTypes.of(reviewTask.subjectType());
        if (!subjects.claim(reviewTask.subjectId(), reviewTask.subjectStatus())) {
            throw new ConflictException(TASK_TAKEN);
        }
        Role role = tasks.roleFor(taskId, actor).orElseThrow(() -> new ConflictException(TASK_TAKEN));
        complete(reviewTask, role, actor, opinion, decision);
        return reviewTask;
    }

    private void requireOpinionWhereNeeded(ReviewTask task, String opinion, ReviewDecision decision) {
        if (decision == ReviewDecision.APPROVE && (opinion == null || opinion.isBlank())
                && stepRules.opinionRequired(task.id())) {
            throw ValidationException.of("opinion", "“" + task.name() + "”审核通过时必须填写审核意见");
        }
    }

    /** Every decision, single or in a batch, passes the holder check (转办/委派/代理) before it is recorded. */
    private void complete(ReviewTask reviewTask, Role role, CurrentUser actor, String opinion,
                          ReviewDecision decision) {
        complete(reviewTask, role, actor, opinion, decision, null, null, Map.of());
    }

    /**
     * Completes the claimed task with the decision: the history event (with the deputy's mark, and {@code
     * counterpart} — the step returned to, the signer added — where there is one) names the task under its unique
     * key, then the engine gets the decision and {@code variables}.
     */
    void complete(ReviewTask reviewTask, Role role, CurrentUser actor, String opinion, ReviewDecision decision,
                  String counterpart, String counterpartName, Map<String, Object> variables) {
        AuditTrail.Marks held = handovers.getObject().beforeDecision(reviewTask.id(), actor);
        AuditTrail.Marks marks = counterpartName == null ? held
                : new AuditTrail.Marks(held.onBehalfOf(), held.onBehalfOfName(), counterpart, counterpartName);
        auditTrail.recordMarked(reviewTask.subjectType(), reviewTask.subjectId(), reviewTask.subjectStatus(),
                ACTIONS.get(decision), actor, role, opinion, reviewTask.id(), TASK_TAKEN, marks);
        Map<String, Object> all = new HashMap<>(variables);
        all.put(ReviewDecision.VARIABLE, decision.name());
        engine.complete(reviewTask.id(), all, TASK_TAKEN);
    }

    private static String abbreviated(String text) {
        String s = text.strip();
        return s.length() <= 32 ? s : s.substring(0, 32) + "…";
    }

    static void checkDecision(ReviewTask reviewTask, ReviewDecision decision) {
        if (!reviewTask.decisions().contains(decision)) {
            throw new ConflictException(reviewTask.decisions().isEmpty()
                    ? "“" + reviewTask.name() + "”须在对应页面填报并提交，不能直接审核"
                    : "“" + reviewTask.name() + "”不能" + DECISION_LABELS.get(decision));
        }
    }
}
