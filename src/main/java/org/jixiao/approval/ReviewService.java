package org.jixiao.approval;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.common.ConflictException;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review chain as features use it: start a review, withdraw it, approve or return a task, list a user's open
 * tasks. The engine itself sits behind {@code approval/process}. Process variables hold ids and decisions only; the
 * business key is the subject's id.
 *
 * <p>This class is the module's one entry point and where the transactions begin; the work is done by its parts,
 * split by reason to change (issue 10): {@link ReviewSubmissions} (the owner's side), {@link ReviewDecisions} (a
 * reviewer's decision) and {@link ReviewTasks} (finding and opening tasks). Keeping the entry point lets the
 * features stay unaware of the split, and keeps each operation in one transaction however many parts it uses.
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

    private final ReviewSubmissions submissions;
    private final ReviewDecisions decisions;
    private final ReviewTasks tasks;
    private final AuditTrail auditTrail;

    ReviewService(ReviewSubmissions submissions, ReviewDecisions decisions, ReviewTasks tasks, AuditTrail auditTrail) {
        this.submissions = submissions;
        this.decisions = decisions;
        this.tasks = tasks;
        this.auditTrail = auditTrail;
    }

    /**
     * Starts the subject's review process. The caller has checked that it may be submitted and claimed the subject's
     * row (a conditional update on status and version), so of concurrent submits only one gets here.
     */
    @Transactional
    public void submit(String subjectType, Long subjectId, Map<String, Object> ids, CurrentUser actor, String step) {
        submissions.submit(subjectType, subjectId, ids, actor, step);
    }

    /**
     * Starts review processes whose first step is work for the subject's owner (e.g. filling a report), many at
     * once inside the caller's transaction; nothing is audited, nobody submitted anything yet. The caller
     * guarantees each subject gets one process (e.g. by creating subject and process in one transaction).
     */
    @Transactional
    public void begin(String subjectType, Map<Long, Map<String, Object>> idsBySubject) {
        submissions.begin(subjectType, idsBySubject);
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
        submissions.completeOwnTask(subjectType, subjectId, actor, action, step, opinion);
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
        submissions.completeOwnTask(subjectType, openTask, actor, action, step, opinion);
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
        submissions.withdraw(subjectType, subjectId, actor, step);
    }

    @Transactional
    public void approve(String taskId, CurrentUser actor, String opinion) {
        decisions.approve(taskId, actor, opinion);
    }

    /** Returns the subject to its drafter; an opinion is mandatory so the drafter knows what to fix. */
    @Transactional
    public void returnToDrafter(String taskId, CurrentUser actor, String opinion) {
        decisions.returnToDrafter(taskId, actor, opinion);
    }

    /**
     * 退回到指定环节 (issue 13 §3): to the drafter ({@code toStep} null, blank or {@code drafter}) or to a step the case
     * has passed in this run (422 on {@code toStep} otherwise); returns RETURN or RETURN_TO_STEP. An opinion is
     * mandatory. What follows once that step approves is the chain's option (RERUN or TO_RETURNER).
     */
    @Transactional
    public ReviewDecision returnToStep(String taskId, CurrentUser actor, String opinion, String toStep) {
        return decisions.returnToStep(taskId, actor, opinion, toStep);
    }

    /** Where the user may return the task: the drafter first, then the steps passed in this run. */
    @Transactional(readOnly = true)
    public List<ReturnStep> returnSteps(String taskId, CurrentUser user) {
        return decisions.returnSteps(tasks.task(taskId, user));
    }

    /**
     * Rejects the subject for good (否决, e.g. a review sheet graded 差): only at a step of a configurable chain,
     * with a mandatory opinion; the process ends at 已否决.
     */
    @Transactional
    public void reject(String taskId, CurrentUser actor, String opinion) {
        decisions.reject(taskId, actor, opinion);
    }

    /**
     * Sends the subject back to its owner with a requirement (整改要求) that needs a follow-up, where the process
     * offers that; the requirement is mandatory.
     */
    @Transactional
    public void requireRectification(String taskId, CurrentUser actor, String requirement) {
        decisions.requireRectification(taskId, actor, requirement);
    }

    /**
     * Decides a task from its graded review sheet (the sheet's result gives the decision, REJECT included), after
     * the same checks and guards as {@link #approve}; the caller stores the sheet in this transaction.
     */
    @Transactional
    public ReviewTask decideGraded(String taskId, CurrentUser actor, String opinion, ReviewDecision decision) {
        return decisions.decide(taskId, actor, opinion, decision);
    }

    /** Open tasks offered to the user, newest first (at most {@link #INBOX_LIMIT} per kind of subject). */
    @Transactional(readOnly = true)
    public List<ReviewTask> inbox(CurrentUser user) {
        return tasks.inbox(user);
    }

    /** The open task on this subject that the user may act on, if any. */
    @Transactional(readOnly = true)
    public Optional<ReviewTask> openTaskFor(CurrentUser user, String subjectType, Long subjectId) {
        return tasks.openTaskFor(user, subjectType, subjectId, null);
    }

    /**
     * As {@link #openTaskFor(CurrentUser, String, Long)}, for a caller that has just read the subject and so knows
     * what the inbox would say about it: the subject is not read a second time (a report's open, save and submit).
     */
    @Transactional(readOnly = true)
    public Optional<ReviewTask> openTaskFor(CurrentUser user, String subjectType, SubjectSummary known) {
        return tasks.openTaskFor(user, subjectType, known.id(), known);
    }

    /**
     * The task, provided the user may act on it: unknown or out-of-scope → 404, someone else's → 403, already
     * decided (it is in the history) → 409.
     */
    @Transactional(readOnly = true)
    public ReviewTask task(String taskId, CurrentUser user) {
        return tasks.task(taskId, user);
    }

    /** The role in which the user holds the task (a task just checked with {@link #task}); for tools that audit. */
    @Transactional(readOnly = true)
    public Role roleOn(String taskId, CurrentUser user) {
        return tasks.roleOn(taskId, user);
    }

    public List<ReviewEvent> history(String subjectType, Long subjectId) {
        return auditTrail.history(subjectType, subjectId);
    }
}
