package org.jixiao.approval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jixiao.approval.process.ChainSteps;
import org.jixiao.approval.process.ReviewEngine;
import org.jixiao.approval.process.ReviewEngine.EngineTask;
import org.jixiao.common.ConflictException;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.NotFoundException;
import org.jixiao.common.ValidationException;
import org.jixiao.org.CandidateGroups;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review chain: start a review, withdraw it, approve or return a task, list a user's open tasks. Features use
 * this; the engine itself sits behind {@link ReviewEngine}. Process variables hold ids and decisions only; the
 * business key is the subject's id.
 *
 * <p>Every decision happens once (issue 9 §1), guarded in the database before the engine is called, in the same
 * transaction: the subject's row is claimed by a conditional update ({@link ReviewSubjects#claim}), and the history
 * event names the engine task it decided, under a unique key (V11). A request that loses either, or that finds the
 * task gone, is answered 409 and leaves nothing behind. The feature's own actions (submit, withdraw, a form task)
 * claim the subject themselves, with the version the user read, before calling in here.
 */
@Service
public class ReviewService {

    /** Message every review process listens for while its first step is still untouched. */
    public static final String WITHDRAW_MESSAGE = "SubmissionWithdrawn";

    /** An inbox is a work list, not an archive: beyond this many tasks of one kind the screens filter instead. */
    public static final int INBOX_LIMIT = 500;

    /** What the loser of a race on one task is told. */
    public static final String TASK_TAKEN = "该任务已被处理，请勿重复操作；请刷新待办";

    private final ReviewEngine engine;
    private final AuditTrail auditTrail;
    /** Looked up lazily: the features implementing it depend on this service themselves. */
    private final ObjectProvider<ReviewSubjects> subjectsProvider;
    /** Who holds a task beyond its group (转办, 委派, 代理); it calls back into this service, hence looked up late. */
    private final ObjectProvider<TaskHandovers> handovers;
    private final StepRules stepRules;

    ReviewService(ReviewEngine engine, AuditTrail auditTrail, ObjectProvider<ReviewSubjects> subjectsProvider,
                  ObjectProvider<TaskHandovers> handovers, StepRules stepRules) {
        this.engine = engine;
        this.auditTrail = auditTrail;
        this.subjectsProvider = subjectsProvider;
        this.handovers = handovers;
        this.stepRules = stepRules;
    }

    private Map<String, ReviewSubjects> subjectsByType() {
        return subjectsProvider.orderedStream()
                .collect(Collectors.toMap(ReviewSubjects::subjectType, s -> s));
    }

    /**
     * Starts the subject's review process. The caller has checked that it may be submitted and claimed the subject's
     * row (a conditional update on status and version), so of concurrent submits only one gets here.
     */
    @Transactional
    public void submit(String subjectType, Long subjectId, Map<String, Object> ids, CurrentUser actor, String step) {
        ReviewSubjects subjects = subjects(subjectType);
        if (engine.running(subjects.processKey(), subjectId) > 0) {
            throw new ConflictException("已提交，请勿重复操作");
        }
        auditTrail.record(subjectType, subjectId, step, ReviewAction.SUBMIT, actor, Role.STAFF, null);
        engine.start(subjects.processKey(), subjectId, ids);
    }

    /**
     * Starts review processes whose first step is work for the subject's owner (e.g. filling a report), many at
     * once inside the caller's transaction; nothing is audited, nobody submitted anything yet. The caller
     * guarantees each subject gets one process (e.g. by creating subject and process in one transaction).
     */
    @Transactional
    public void begin(String subjectType, Map<Long, Map<String, Object>> idsBySubject) {
        engine.startAll(subjects(subjectType).processKey(), idsBySubject);
    }

    /**
     * Completes the subject's open task offered to the actor, after the feature has validated the work it
     * stands for (e.g. submitting a filled report) and claimed the subject; recorded as {@code action}.
     *
     * @throws ConflictException when the actor has no open task on the subject, or another request completed it
     */
    @Transactional
    public void completeOwnTask(String subjectType, Long subjectId, CurrentUser actor, ReviewAction action,
                                String step, String opinion) {
        completeOwnTask(subjectType, openTaskFor(actor, subjectType, subjectId), actor, action, step, opinion);
    }

    /**
     * As {@link #completeOwnTask(String, Long, CurrentUser, ReviewAction, String, String)} with the open task the
     * caller has just read with {@link #openTaskFor} in the same transaction (a report's submit reads it for its
     * detail first: one engine task query and its lookups fewer per submit). The role check, the history event's
     * unique task key and the engine's completion still make it happen once.
     */
    @Transactional
    public void completeOwnTask(String subjectType, Optional<ReviewTask> openTask, CurrentUser actor,
                                ReviewAction action, String step, String opinion) {
        ReviewTask task = openTask.filter(t -> t.subjectType().equals(subjectType))
                .orElseThrow(() -> new ConflictException("该事项当前没有您可处理的任务，请刷新后重试"));
        Long subjectId = task.subjectId();
        Role role = roleFor(task.id(), actor).orElseThrow(() -> new ConflictException(TASK_TAKEN));
        auditTrail.recordDecision(subjectType, subjectId, step, action, actor, role, opinion, task.id(), TASK_TAKEN);
        engine.complete(task.id(), Map.of(ReviewDecision.VARIABLE, ReviewDecision.APPROVE.name()), TASK_TAKEN);
    }

    /** Records an action that changes no step (e.g. 催办), by a user who may see the subject. */
    @Transactional
    public void note(String subjectType, Long subjectId, String step, ReviewAction action, CurrentUser actor,
                     Role role, String opinion) {
        auditTrail.record(subjectType, subjectId, step, action, actor, role, opinion);
    }

    /**
     * Withdraws a submission whose first reviewer has not acted yet. The caller has claimed the subject; the event
     * names the first reviewer's task, so a withdrawal and that reviewer's decision cannot both happen.
     */
    @Transactional
    public void withdraw(String subjectType, Long subjectId, CurrentUser actor, String step) {
        ReviewSubjects subjects = subjects(subjectType);
        EngineTask first = engine.awaitingMessage(subjects.processKey(), subjectId, WITHDRAW_MESSAGE)
                .filter(task -> !(engine.taskVariables(task.id(), List.of(ChainSteps.INDEX))
                        .orElseThrow(() -> new ConflictException("该事项已撤回或已被审核，请刷新后查看"))
                        .get(ChainSteps.INDEX) instanceof Number index && index.intValue() > 0))
                .orElseThrow(() -> new ConflictException("审核已开始，不能撤回"));
        String lost = "该事项已撤回或已被审核，请刷新后查看";
        auditTrail.recordDecision(subjectType, subjectId, step, ReviewAction.WITHDRAW, actor, Role.STAFF, null,
                first.id(), lost);
        engine.correlate(WITHDRAW_MESSAGE, first, lost);
    }

    @Transactional
    public void approve(String taskId, CurrentUser actor, String opinion) {
        decide(taskId, actor, opinion, ReviewDecision.APPROVE);
    }

    /** Returns the subject to its drafter; an opinion is mandatory so the drafter knows what to fix. */
    @Transactional
    public void returnToDrafter(String taskId, CurrentUser actor, String opinion) {
        if (opinion == null || opinion.isBlank()) {
            throw ValidationException.of("opinion", "退回时必须填写审核意见");
        }
        decide(taskId, actor, opinion, ReviewDecision.RETURN);
    }

    /**
     * Rejects the subject for good (否决, e.g. a review sheet graded 差): only at a step of a configurable chain,
     * with a mandatory opinion; the process ends at 已否决.
     */
    @Transactional
    public void reject(String taskId, CurrentUser actor, String opinion) {
        if (opinion == null || opinion.isBlank()) {
            throw ValidationException.of("opinion", "否决时必须填写审核意见");
        }
        decide(taskId, actor, opinion, ReviewDecision.REJECT);
    }

    /**
     * Sends the subject back to its owner with a requirement (整改要求) that needs a follow-up, where the process
     * offers that; the requirement is mandatory.
     */
    @Transactional
    public void requireRectification(String taskId, CurrentUser actor, String requirement) {
        if (requirement == null || requirement.isBlank()) {
            throw ValidationException.of("opinion", "要求整改时必须填写整改要求和建议");
        }
        decide(taskId, actor, requirement, ReviewDecision.RECTIFY);
    }

    /**
     * Decides a task from its graded review sheet (the sheet's result gives the decision, REJECT included), after
     * the same checks and guards as {@link #approve}; the caller stores the sheet in this transaction.
     */
    @Transactional
    public ReviewTask decideGraded(String taskId, CurrentUser actor, String opinion, ReviewDecision decision) {
        return decide(taskId, actor, opinion, decision);
    }

    /** Open tasks offered to the user, newest first (at most {@link #INBOX_LIMIT} per kind of subject). */
    @Transactional(readOnly = true)
    public List<ReviewTask> inbox(CurrentUser user) {
        List<String> groups = CandidateGroups.of(user);
        if (groups.isEmpty()) {
            return List.of();
        }
        List<ReviewTask> result = new ArrayList<>();
        for (ReviewSubjects subjects : subjectsByType().values()) {
            result.addAll(toReviewTasks(subjects, engine.inbox(subjects.processKey(), groups, INBOX_LIMIT)));
        }
        result.sort(Comparator.comparing(ReviewTask::created).reversed().thenComparing(ReviewTask::id));
        return handovers.getObject().heldBy(user, result);
    }

    /** The open task on this subject that the user may act on, if any. */
    @Transactional(readOnly = true)
    public Optional<ReviewTask> openTaskFor(CurrentUser user, String subjectType, Long subjectId) {
        ReviewSubjects subjects = subjects(subjectType);
        List<String> groups = CandidateGroups.of(user);
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        return handovers.getObject().heldBy(user,
                toReviewTasks(subjects, engine.openTasks(subjects.processKey(), subjectId, groups))).stream().findFirst();
    }

    /**
     * The task, provided the user may act on it: unknown or out-of-scope → 404, someone else's → 403, already
     * decided (it is in the history) → 409.
     */
    @Transactional(readOnly = true)
    public ReviewTask task(String taskId, CurrentUser user) {
        EngineTask task = engine.task(taskId).orElse(null);
        ReviewSubjects subjects = task == null ? null : subjectsByType().values().stream()
                .filter(s -> s.processKey().equals(task.processKey())).findFirst().orElse(null);
        if (task == null || subjects == null) {
            throw decidedOrUnknown(taskId, user);
        }
        if (!subjects.visibleTo(user, task.subjectId())) {
            throw new NotFoundException("待办任务 " + taskId + " 不存在");
        }
        if (roleFor(taskId, user).isEmpty()) {
            throw new ForbiddenException("该任务不在您的待办中，无权处理");
        }
        handovers.getObject().requireMayOpen(taskId, user);
        List<ReviewTask> described = toReviewTasks(subjects, List.of(task));
        if (described.isEmpty()) {
            throw new NotFoundException("待办任务 " + taskId + " 不存在");
        }
        return withStepRules(described.get(0));
    }

    /**
     * A step of a configured chain offers what its options allow: no RETURN where {@code mayReturn} is off, and
     * REJECT (taken through {@link #reject}, e.g. by a review sheet graded 差).
     */
    private ReviewTask withStepRules(ReviewTask task) {
        if (!task.decisions().contains(ReviewDecision.APPROVE) || !stepRules.chainStep(task.id())) {
            return task;
        }
        Set<ReviewDecision> decisions = new java.util.HashSet<>(task.decisions());
        decisions.add(ReviewDecision.REJECT);
        if (!stepRules.mayReturn(task.id())) {
            decisions.remove(ReviewDecision.RETURN);
        }
        return new ReviewTask(task.id(), task.name(), task.subjectType(), task.subjectId(), task.subjectName(),
                task.subjectStatus(), task.unitName(), task.created(), task.reviewLocation(), task.taskKey(),
                Set.copyOf(decisions));
    }

    /** The role in which the user holds the task (a task just checked with {@link #task}); for tools that audit. */
    @Transactional(readOnly = true)
    public Role roleOn(String taskId, CurrentUser user) {
        return roleFor(taskId, user).orElseThrow(() -> new ForbiddenException("该任务不在您的待办中，无权处理"));
    }

    public List<ReviewEvent> history(String subjectType, Long subjectId) {
        return auditTrail.history(subjectType, subjectId);
    }

    private RuntimeException decidedOrUnknown(String taskId, CurrentUser user) {
        ReviewEvent decided = auditTrail.decisionOf(taskId);
        ReviewSubjects subjects = decided == null ? null : subjectsByType().get(decided.getSubjectType());
        if (subjects != null && subjects.visibleTo(user, decided.getSubjectId())) {
            return new ConflictException(TASK_TAKEN);
        }
        return new NotFoundException("待办任务 " + taskId + " 不存在");
    }

    /**
     * Approves a task that {@link BatchApproval} looked up with the rest of its batch (open, in scope, offered to
     * {@code role}), without reading it again: the claim of the subject and the decision's unique key still make it
     * happen once, in this transaction, and a task gone since is a 409.
     */
    @Transactional
    public void approveLookedUp(ReviewTask task, Role role, CurrentUser actor, String opinion) {
        checkDecision(task, ReviewDecision.APPROVE);
        requireOpinionWhereNeeded(task, opinion, ReviewDecision.APPROVE);
        if (!subjects(task.subjectType()).claim(task.subjectId(), task.subjectStatus())) {
            throw new ConflictException(TASK_TAKEN);
        }
        complete(task, role, actor, opinion, ReviewDecision.APPROVE);
    }

    private ReviewTask decide(String taskId, CurrentUser actor, String opinion, ReviewDecision decision) {
        ReviewTask reviewTask = task(taskId, actor);
        requireOpinionWhereNeeded(reviewTask, opinion, decision);
        checkDecision(reviewTask, decision);
        ReviewSubjects subjects = subjects(reviewTask.subjectType());
        if (!subjects.claim(reviewTask.subjectId(), reviewTask.subjectStatus())) {
            throw new ConflictException(TASK_TAKEN);
        }
        Role role = roleFor(taskId, actor).orElseThrow(() -> new ConflictException(TASK_TAKEN));
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
        AuditTrail.Marks marks = handovers.getObject().beforeDecision(reviewTask.id(), actor);
        auditTrail.recordMarked(reviewTask.subjectType(), reviewTask.subjectId(), reviewTask.subjectStatus(),
                ACTIONS.get(decision), actor, role, opinion, reviewTask.id(), TASK_TAKEN, marks);
        engine.complete(reviewTask.id(), Map.of(ReviewDecision.VARIABLE, decision.name()), TASK_TAKEN);
    }

    private static void checkDecision(ReviewTask reviewTask, ReviewDecision decision) {
        if (!reviewTask.decisions().contains(decision)) {
            throw new ConflictException(reviewTask.decisions().isEmpty()
                    ? "“" + reviewTask.name() + "”须在对应页面填报并提交，不能直接审核"
                    : "“" + reviewTask.name() + "”不能" + DECISION_LABELS.get(decision));
        }
    }

    private static final Map<ReviewDecision, ReviewAction> ACTIONS = Map.of(ReviewDecision.APPROVE, ReviewAction.APPROVE,
            ReviewDecision.RETURN, ReviewAction.RETURN, ReviewDecision.RECTIFY, ReviewAction.RECTIFY,
            ReviewDecision.REJECT, ReviewAction.REJECT);
    private static final Map<ReviewDecision, String> DECISION_LABELS = Map.of(ReviewDecision.APPROVE, "审核通过",
            ReviewDecision.RETURN, "退回", ReviewDecision.RECTIFY, "要求整改", ReviewDecision.REJECT, "否决");

    /** The user's role on a task just seen open; a task that vanished since was decided by someone else (409). */
    private Optional<Role> roleFor(String taskId, CurrentUser user) {
        Set<String> groups = Set.copyOf(CandidateGroups.of(user));
        return engine.candidateGroups(taskId).orElseThrow(() -> new ConflictException(TASK_TAKEN)).stream()
                .filter(groups::contains)
                .map(CandidateGroups::roleOf)
                .findFirst();
    }

    /** The engine's tasks as the review chain shows them, each subject described once; unknown subjects left out. */
    List<ReviewTask> toReviewTasks(ReviewSubjects subjects, List<EngineTask> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Map<Long, SubjectSummary> summaries = subjects.describe(tasks.stream().map(EngineTask::subjectId)
                .collect(Collectors.toSet()));
        List<ReviewTask> result = new ArrayList<>();
        for (EngineTask task : tasks) {
            SubjectSummary summary = summaries.get(task.subjectId());
            if (summary == null) {
                continue;
            }
            result.add(new ReviewTask(task.id(), task.name(), subjects.subjectType(), task.subjectId(),
                    summary.name(), summary.status(), summary.unitName(), task.created(),
                    subjects.reviewLocation(task.id(), task.subjectId()), task.taskKey(),
                    Set.copyOf(subjects.decisionsAt(task.taskKey()))));
        }
        return result;
    }

    private ReviewSubjects subjects(String subjectType) {
        ReviewSubjects subjects = subjectsByType().get(subjectType);
        if (subjects == null) {
            throw new IllegalArgumentException("No review process for subject type " + subjectType);
        }
        return subjects;
    }
}
