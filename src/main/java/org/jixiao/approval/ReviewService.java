package org.jixiao.approval;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
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
 * The review chain over the engine: start a review, withdraw it, approve or return a task, list a
 * user's open tasks. Features use this instead of the engine's services, so the engine stays
 * replaceable (e.g. by Operaton) behind one class. Process variables hold ids and decisions only;
 * the business key is the subject's id.
 */
@Service
public class ReviewService {

    /** Message every review process listens for while its first step is still untouched. */
    public static final String WITHDRAW_MESSAGE = "SubmissionWithdrawn";

    /** An inbox is a work list, not an archive: beyond this many tasks of one kind the screens filter instead. */
    public static final int INBOX_LIMIT = 500;

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ProcessEngineConfigurationImpl engineConfiguration;
    private final AuditTrail auditTrail;
    /** Looked up lazily: the features implementing it depend on this service themselves. */
    private final ObjectProvider<ReviewSubjects> subjectsProvider;

    ReviewService(RuntimeService runtimeService, TaskService taskService, AuditTrail auditTrail,
                  ObjectProvider<ReviewSubjects> subjectsProvider, ProcessEngineConfigurationImpl engineConfiguration) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.engineConfiguration = engineConfiguration;
        this.auditTrail = auditTrail;
        this.subjectsProvider = subjectsProvider;
    }

    private Map<String, ReviewSubjects> subjectsByType() {
        return subjectsProvider.orderedStream()
                .collect(Collectors.toMap(ReviewSubjects::subjectType, s -> s));
    }

    /** Starts the subject's review process; the caller has checked that it may be submitted. */
    @Transactional
    public void submit(String subjectType, Long subjectId, Map<String, Object> ids, CurrentUser actor, String step) {
        ReviewSubjects subjects = subjects(subjectType);
        if (findInstance(subjects, subjectId).isPresent()) {
            throw new ConflictException("该事项已在审核中，不能重复送审");
        }
        auditTrail.record(subjectType, subjectId, step, ReviewAction.SUBMIT, actor, Role.STAFF, null);
        runtimeService.startProcessInstanceByKey(subjects.processKey(), String.valueOf(subjectId), ids);
    }

    /**
     * Starts review processes whose first step is work for the subject's owner (e.g. filling a report), many at
     * once inside the caller's transaction; nothing is audited, nobody submitted anything yet. The caller
     * guarantees each subject gets one process (e.g. by creating subject and process in one transaction).
     */
    @Transactional
    public void begin(String subjectType, Map<Long, Map<String, Object>> idsBySubject) {
        String processKey = subjects(subjectType).processKey();
        // Nested in one engine command, the starts share its context: the engine flushes (and batches its
        // inserts) once for all of them instead of once per instance — over twice as fast for a round's chunk.
        engineConfiguration.getCommandExecutorTxRequired().execute(context -> {
            idsBySubject.forEach((subjectId, ids) ->
                    runtimeService.startProcessInstanceByKey(processKey, String.valueOf(subjectId), ids));
            return null;
        });
    }

    /**
     * Completes the subject's open task offered to the actor, after the feature has validated the work it
     * stands for (e.g. submitting a filled report); recorded as {@code action}.
     *
     * @throws ConflictException when the actor has no open task on the subject
     */
    @Transactional
    public void completeOwnTask(String subjectType, Long subjectId, CurrentUser actor, ReviewAction action,
                                String step, String opinion) {
        ReviewTask task = openTaskFor(actor, subjectType, subjectId)
                .orElseThrow(() -> new ConflictException("该事项当前没有您可处理的任务，请刷新后重试"));
        Task engineTask = taskService.createTaskQuery().taskId(task.id()).singleResult();
        Role role = roleFor(engineTask, actor).orElseThrow();
        auditTrail.record(subjectType, subjectId, step, action, actor, role, opinion);
        complete(task.id(), ReviewDecision.APPROVE);
    }

    /** Records an action that changes no step (e.g. 催办), by a user who may see the subject. */
    @Transactional
    public void note(String subjectType, Long subjectId, String step, ReviewAction action, CurrentUser actor,
                     Role role, String opinion) {
        auditTrail.record(subjectType, subjectId, step, action, actor, role, opinion);
    }

    /** Withdraws a submission whose first reviewer has not acted yet. */
    @Transactional
    public void withdraw(String subjectType, Long subjectId, CurrentUser actor, String step) {
        ReviewSubjects subjects = subjects(subjectType);
        ProcessInstance instance = findInstance(subjects, subjectId)
                .orElseThrow(() -> new ConflictException("该事项不在审核中，无需撤回"));
        boolean withdrawable = runtimeService.createEventSubscriptionQuery()
                .processInstanceId(instance.getId()).eventType("message").eventName(WITHDRAW_MESSAGE).count() > 0;
        if (!withdrawable) {
            throw new ConflictException("审核已开始，不能撤回");
        }
        auditTrail.record(subjectType, subjectId, step, ReviewAction.WITHDRAW, actor, Role.STAFF, null);
        runtimeService.createMessageCorrelation(WITHDRAW_MESSAGE).processInstanceId(instance.getId()).correlate();
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

    /** Open tasks offered to the user, newest first (at most {@link #INBOX_LIMIT} per kind of subject). */
    @Transactional(readOnly = true)
    public List<ReviewTask> inbox(CurrentUser user) {
        List<String> groups = CandidateGroups.of(user);
        if (groups.isEmpty()) {
            return List.of();
        }
        List<ReviewTask> result = new ArrayList<>();
        for (ReviewSubjects subjects : subjectsByType().values()) {
            List<Task> tasks = taskService.createTaskQuery().processDefinitionKey(subjects.processKey())
                    .taskCandidateGroupIn(groups).active().orderByTaskCreateTime().desc().listPage(0, INBOX_LIMIT);
            result.addAll(toReviewTasks(subjects, tasks));
        }
        result.sort(Comparator.comparing(ReviewTask::created).reversed().thenComparing(ReviewTask::id));
        return result;
    }

    /** The open task on this subject that the user may act on, if any. */
    @Transactional(readOnly = true)
    public Optional<ReviewTask> openTaskFor(CurrentUser user, String subjectType, Long subjectId) {
        ReviewSubjects subjects = subjects(subjectType);
        List<String> groups = CandidateGroups.of(user);
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        List<Task> tasks = taskService.createTaskQuery().processDefinitionKey(subjects.processKey())
                .processInstanceBusinessKey(String.valueOf(subjectId)).taskCandidateGroupIn(groups).active().list();
        return toReviewTasks(subjects, tasks).stream().findFirst();
    }

    /** The task, provided the user may act on it: unknown or out-of-scope → 404, someone else's → 403. */
    @Transactional(readOnly = true)
    public ReviewTask task(String taskId, CurrentUser user) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        ReviewSubjects subjects = task == null ? null : subjectsOf(task);
        Long subjectId = subjects == null ? null : subjectIdOf(task);
        if (subjectId == null || !subjects.visibleTo(user, subjectId)) {
            throw new NotFoundException("待办任务 " + taskId + " 不存在");
        }
        if (roleFor(task, user).isEmpty()) {
            throw new ForbiddenException("该任务不在您的待办中，无权处理");
        }
        return toReviewTasks(subjects, List.of(task)).get(0);
    }

    public List<ReviewEvent> history(String subjectType, Long subjectId) {
        return auditTrail.history(subjectType, subjectId);
    }

    private void decide(String taskId, CurrentUser actor, String opinion, ReviewDecision decision) {
        ReviewTask reviewTask = task(taskId, actor);
        if (!reviewTask.decisions().contains(decision)) {
            throw new ConflictException(reviewTask.decisions().isEmpty()
                    ? "“" + reviewTask.name() + "”须在对应页面填报并提交，不能直接审核"
                    : "“" + reviewTask.name() + "”不能" + DECISION_LABELS.get(decision));
        }
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        Role role = roleFor(task, actor).orElseThrow();
        auditTrail.record(reviewTask.subjectType(), reviewTask.subjectId(), reviewTask.subjectStatus(),
                ACTIONS.get(decision), actor, role, opinion);
        complete(taskId, decision);
    }

    private static final Map<ReviewDecision, ReviewAction> ACTIONS = Map.of(ReviewDecision.APPROVE, ReviewAction.APPROVE,
            ReviewDecision.RETURN, ReviewAction.RETURN, ReviewDecision.RECTIFY, ReviewAction.RECTIFY);
    private static final Map<ReviewDecision, String> DECISION_LABELS = Map.of(ReviewDecision.APPROVE, "审核通过",
            ReviewDecision.RETURN, "退回", ReviewDecision.RECTIFY, "要求整改");

    private void complete(String taskId, ReviewDecision decision) {
        try {
            taskService.complete(taskId, Map.of(ReviewDecision.VARIABLE, decision.name()));
        } catch (OptimisticLockingException | NullValueException raced) {
            throw new ConflictException("该任务已被他人同时处理，请刷新待办后重试");
        }
    }

    private Optional<Role> roleFor(Task task, CurrentUser user) {
        Set<String> groups = Set.copyOf(CandidateGroups.of(user));
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId)
                .filter(groups::contains)
                .map(CandidateGroups::roleOf)
                .findFirst();
    }

    private List<ReviewTask> toReviewTasks(ReviewSubjects subjects, List<Task> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Map<String, Long> subjectByInstance = new HashMap<>();
        runtimeService.createProcessInstanceQuery()
                .processInstanceIds(tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
                .list()
                .forEach(pi -> subjectByInstance.put(pi.getId(), Long.valueOf(pi.getBusinessKey())));
        Map<Long, SubjectSummary> summaries = subjects.describe(subjectByInstance.values());
        List<ReviewTask> result = new ArrayList<>();
        for (Task task : tasks) {
            Long subjectId = subjectByInstance.get(task.getProcessInstanceId());
            SubjectSummary summary = summaries.get(subjectId);
            if (summary == null) {
                continue;
            }
            result.add(new ReviewTask(task.getId(), task.getName(), subjects.subjectType(), subjectId,
                    summary.name(), summary.status(), summary.unitName(),
                    task.getCreateTime() == null ? null : Instant.ofEpochMilli(task.getCreateTime().getTime()),
                    subjects.reviewLocation(task.getId(), subjectId), task.getTaskDefinitionKey(),
                    Set.copyOf(subjects.decisionsAt(task.getTaskDefinitionKey()))));
        }
        return result;
    }

    private Optional<ProcessInstance> findInstance(ReviewSubjects subjects, Long subjectId) {
        return Optional.ofNullable(runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(subjects.processKey())
                .processInstanceBusinessKey(String.valueOf(subjectId)).singleResult());
    }

    private ReviewSubjects subjectsOf(Task task) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult();
        if (instance == null) {
            return null;
        }
        String definitionId = instance.getProcessDefinitionId();
        return subjectsByType().values().stream()
                .filter(s -> definitionId.startsWith(s.processKey() + ":"))
                .findFirst().orElse(null);
    }

    private Long subjectIdOf(Task task) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult();
        return instance == null ? null : Long.valueOf(instance.getBusinessKey());
    }

    private ReviewSubjects subjects(String subjectType) {
        ReviewSubjects subjects = subjectsByType().get(subjectType);
        if (subjects == null) {
            throw new IllegalArgumentException("No review process for subject type " + subjectType);
        }
        return subjects;
    }
}
