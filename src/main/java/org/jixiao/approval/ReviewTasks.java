package org.jixiao.approval;

import static org.jixiao.approval.ReviewService.INBOX_LIMIT;
import static org.jixiao.approval.ReviewService.TASK_TAKEN;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jixiao.approval.internal.InboxMapper;
import org.jixiao.approval.internal.OpenTaskRow;
import org.jixiao.approval.process.EngineQueries;
import org.jixiao.approval.process.EngineTask;
import org.jixiao.common.ConflictException;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.NotFoundException;
import org.jixiao.org.CandidateGroups;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Finding and opening review tasks (the part of {@link ReviewService} that changes with inboxes and access rules):
 * a user's open tasks, the one on a subject, and a task opened by id with the checks who may act on it.
 *
 * <p>No transactions here: {@link ReviewService} opens them, so that a 404/409 thrown while a decision looks its
 * task up does not pass a transactional boundary of its own (and mark the decision's transaction rollback-only).
 */
@Component
class ReviewTasks {
    private final EngineQueries engine;
    private final AuditTrail auditTrail;
    private final ReviewSubjectTypes subjectTypes;
    /** Who holds a task beyond its group (转办, 委派, 代理); it calls back into the review service, hence looked up late. */
    private final ObjectProvider<TaskHandovers> handovers;
    private final StepRules stepRules;
    private final InboxMapper inbox;
    private final ObjectProvider<Deputies> deputies;

    ReviewTasks(EngineQueries engine, AuditTrail auditTrail, ReviewSubjectTypes subjectTypes,
                ObjectProvider<TaskHandovers> handovers, StepRules stepRules, InboxMapper inbox,
                ObjectProvider<Deputies> deputies) {
        this.inbox = inbox;
        this.deputies = deputies;
        this.engine = engine;
        this.auditTrail = auditTrail;
        this.subjectTypes = subjectTypes;
        this.handovers = handovers;
        this.stepRules = stepRules;
    }

    /** Open tasks offered to the user, newest first (at most {@link ReviewService#INBOX_LIMIT} per kind of subject). */
    List<ReviewTask> inbox(CurrentUser user) {
        List<String> groups = CandidateGroups.of(user);
        if (groups.isEmpty()) {
            return List.of();
        }
        List<ReviewTask> result = new ArrayList<>();
        for (ReviewSubjects subjects : subjectTypes.all()) {
            result.addAll(toReviewTasks(subjects, engine.inbox(subjects.processKey(), groups, INBOX_LIMIT)));
        }
        result.sort(Comparator.comparing(ReviewTask::created).reversed().thenComparing(ReviewTask::id));
        return handovers.getObject().heldBy(user, result);
    }

    /** The open task on this subject that the user may act on, if any. */
    Optional<ReviewTask> openTaskFor(CurrentUser user, String subjectType, Long subjectId, SubjectSummary known) {
        ReviewSubjects subjects = subjectTypes.of(subjectType);
        List<String> groups = CandidateGroups.of(user);
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        // from the inbox read model, which the engine's task listener keeps in the same transaction: one indexed
        // read instead of the engine's task and instance queries, on every open, save and submit of a report
        List<OpenTaskRow> rows = inbox.openOn(subjectType, subjectId, groups);
        if (rows.stream().anyMatch(r -> r.assignee() != null)) {
            Predicate<String> mayAct = deputies.getObject().mayActOnHeldBy(user);
            rows = rows.stream().filter(r -> mayAct.test(r.assignee())).toList();
        }
        List<EngineTask> open = rows.stream()
                .map(r -> new EngineTask(r.taskId(), r.taskName(), r.taskKey(), subjects.processKey(), r.instanceId(),
                        r.subjectId(), r.createdAt()))
                .toList();
        return (known == null ? toReviewTasks(subjects, open) : toReviewTasks(subjects, open, Map.of(subjectId, known)))
                .stream().findFirst();
    }

    /**
     * The task, provided the user may act on it: unknown or out-of-scope → 404, someone else's → 403, already
     * decided (it is in the history) → 409.
     */
    ReviewTask task(String taskId, CurrentUser user) {
        EngineTask task = engine.task(taskId).orElse(null);
        ReviewSubjects subjects = task == null ? null : subjectTypes.all().stream()
                .filter(s -> s.processKey().equals(task.processKey())).findFirst().orElse(null);
        if (task == null || subjects == null) {
            throw decidedOrUnknown(taskId, user);
        }
        if (!subjects.visibleTo(user, task.subjectId())) {
            throw new NotFoundException("待办任务 " + taskId + " 不存在");
        }
        if (roleFor(taskId, user).isEmpty()) {
            // a task decided a moment ago has lost its candidate groups too: that is a lost race (409), not a 403
            if (engine.task(taskId).isEmpty()) {
                throw decidedOrUnknown(taskId, user);
            }
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
     * REJECT (taken through {@link ReviewService#reject}, e.g. by a review sheet graded 差) where the subject may be
     * rejected for good ({@link ReviewSubjects#rejectable}: a target, not a report or self-evaluation); past its first
     * step, RETURN_TO_STEP where it may return (issue 13 §3). An added signer's review (加签) approves or returns only.
     */
    private ReviewTask withStepRules(ReviewTask task) {
        if (!task.decisions().contains(ReviewDecision.APPROVE) || !stepRules.chainStep(task.id())) {
            return task;
        }
        Set<ReviewDecision> decisions = new HashSet<>(task.decisions());
        StepRules.Place place = stepRules.place(task.id()).orElse(null);
        boolean mayReturn = stepRules.mayReturn(task.id());
        boolean signerTask = place != null && place.signerTask();
        if (!signerTask && subjectTypes.of(task.subjectType()).rejectable()) {
            decisions.add(ReviewDecision.REJECT);
        }
        if (mayReturn && place != null && !signerTask && !place.passed().isEmpty()) {
            decisions.add(ReviewDecision.RETURN_TO_STEP);
        }
        if (!mayReturn) {
            decisions.remove(ReviewDecision.RETURN);
        }
        return new ReviewTask(task.id(), task.name(), task.subjectType(), task.subjectId(), task.subjectName(),
                task.subjectStatus(), task.unitName(), task.created(), task.reviewLocation(), task.taskKey(),
                Set.copyOf(decisions));
    }

    /** The role in which the user holds the task (a task just checked with {@link #task}); for tools that audit. */
    Role roleOn(String taskId, CurrentUser user) {
        return roleFor(taskId, user).orElseThrow(() -> new ForbiddenException("该任务不在您的待办中，无权处理"));
    }

    private RuntimeException decidedOrUnknown(String taskId, CurrentUser user) {
        ReviewEvent decided = auditTrail.decisionOf(taskId);
        ReviewSubjects subjects = decided == null ? null : subjectTypes.byType().get(decided.getSubjectType());
        if (subjects != null && subjects.visibleTo(user, decided.getSubjectId())) {
            return new ConflictException(TASK_TAKEN);
        }
        return new NotFoundException("待办任务 " + taskId + " 不存在");
    }

    /** The user's role on a task just seen open; a task that vanished since was decided by someone else (409). */
    Optional<Role> roleFor(String taskId, CurrentUser user) {
        return roleAmong(engine.candidateGroups(taskId).orElseThrow(() -> new ConflictException(TASK_TAKEN)), user);
    }

    /** The role of the first of the task's candidate groups the user belongs to. */
    private static Optional<Role> roleAmong(List<String> taskGroups, CurrentUser user) {
        Set<String> groups = Set.copyOf(CandidateGroups.of(user));
        return taskGroups.stream().filter(groups::contains).map(CandidateGroups::roleOf).findFirst();
    }

    /**
     * The user's role on an open task, from the inbox read model (its one candidate group, written by the engine's
     * task listener in the task's own transaction, and closed in the completing one): for a task the caller found
     * there a moment ago, so a hand-in need not ask the engine for its identity links. Gone, or closed by a
     * concurrent decision: 409, as {@link #roleFor}. The engine's completion still decides the race.
     */
    Optional<Role> roleOnOpenTask(String taskId, CurrentUser user) {
        String group = inbox.openGroupOf(taskId);
        if (group == null) {
            throw new ConflictException(TASK_TAKEN);
        }
        return roleAmong(List.of(group), user);
    }

    /** The engine's tasks as the review chain shows them, each subject described once; unknown subjects left out. */
    List<ReviewTask> toReviewTasks(ReviewSubjects subjects, List<EngineTask> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        return toReviewTasks(subjects, tasks, subjects.describe(tasks.stream().map(EngineTask::subjectId)
                .collect(Collectors.toSet())));
    }

    private static List<ReviewTask> toReviewTasks(ReviewSubjects subjects, List<EngineTask> tasks,
                                                  Map<Long, SubjectSummary> summaries) {
        List<ReviewTask> result = new ArrayList<>();
        for (EngineTask task : tasks) {
            SubjectSummary summary = summaries.get(task.subjectId());
            if (summary == null) {
                continue;
            }
            result.add(new ReviewTask(task.id(), task.name(), subjects.subjectType(), task.subjectId(),
                    summary.name(), summary.status(), summary.unitName(), task.created(),
                    subjects.reviewLocation(task.id(), task.subjectId()), task.taskKey(),
                    Set.copyOf(subjects.decisionsAt(task.taskKey(), summary.status()))));
        }
        return result;
    }
}
