package org.jixiao.approval.process;

import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.jixiao.common.ConflictException;
import org.springframework.stereotype.Component;

/**
 * The one door to the process engine (issue 10 §2): starting processes, deciding tasks, correlating the withdraw
 * message, and the task queries behind inboxes. No other main class touches {@code RuntimeService} or
 * {@code TaskService}, so swapping Camunda 7 for Operaton changes this class and the listeners' signatures only.
 *
 * <p>What the engine throws when a concurrent request got there first (the task was completed or deleted, the
 * message subscription is gone, a row changed under its optimistic lock, a lock wait or deadlock) is a lost race,
 * answered as {@link ConflictException} (409), never 500. A {@link ConflictException} thrown by a status listener
 * inside the engine (e.g. refusing to leave a final state) comes out unwrapped.
 */
@Component
public class ReviewEngine {
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ProcessEngineConfigurationImpl engineConfiguration;

    ReviewEngine(RuntimeService runtimeService, TaskService taskService,
                 ProcessEngineConfigurationImpl engineConfiguration) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.engineConfiguration = engineConfiguration;
    }

    /** An open user task as the review chain needs it; {@code subjectId} is the process's business key. */
    public record EngineTask(String id, String name, String taskKey, String processKey, String instanceId,
                             Long subjectId, Instant created) {
    }

    public void start(String processKey, Long subjectId, Map<String, Object> variables) {
        guarded("该事项已提交，请勿重复操作",
                () -> runtimeService.startProcessInstanceByKey(processKey, String.valueOf(subjectId), variables),
                () -> false);
    }

    /**
     * Starts many processes in one engine command inside the caller's transaction: the engine flushes (and batches
     * its inserts) once for all of them instead of once per instance, over twice as fast for a round's chunk.
     */
    public void startAll(String processKey, Map<Long, Map<String, Object>> variablesBySubject) {
        engineConfiguration.getCommandExecutorTxRequired().execute(context -> {
            variablesBySubject.forEach((subjectId, variables) ->
                    runtimeService.startProcessInstanceByKey(processKey, String.valueOf(subjectId), variables));
            return null;
        });
    }

    /** Running instances of the process for the subject (one at most while the guards hold). */
    public long running(String processKey, Long subjectId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(String.valueOf(subjectId)).count();
    }

    /** The task, if it is still open. */
    public Optional<EngineTask> task(String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        return task == null ? Optional.empty() : toEngineTasks(List.of(task)).stream().findFirst();
    }

    /** Those of the tasks that are still open, in one query (a batch looks its items up together). */
    public List<EngineTask> tasks(java.util.Collection<String> taskIds) {
        return taskIds.isEmpty() ? List.of()
                : toEngineTasks(taskService.createTaskQuery().taskIdIn(taskIds.toArray(String[]::new)).list());
    }

    /** Ids of those of the tasks that are open and offered to the candidate group (assigned or not). */
    public java.util.Set<String> offeredTo(java.util.Collection<String> taskIds, String group) {
        return taskIds.isEmpty() ? java.util.Set.of()
                : taskService.createTaskQuery().taskIdIn(taskIds.toArray(String[]::new)).taskCandidateGroup(group)
                .includeAssignedTasks().list().stream().map(Task::getId).collect(Collectors.toSet());
    }

    /**
     * Open tasks of the subject's process offered to any of the groups, whoever holds them (a transferred or
     * delegated task has an assignee; the caller filters by holder).
     */
    public List<EngineTask> openTasks(String processKey, Long subjectId, List<String> groups) {
        return toEngineTasks(taskService.createTaskQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(String.valueOf(subjectId)).taskCandidateGroupIn(groups)
                .includeAssignedTasks().active().list());
    }

    /** Open tasks of the process offered to any of the groups, newest first, at most {@code limit}. */
    public List<EngineTask> inbox(String processKey, List<String> groups, int limit) {
        return toEngineTasks(taskService.createTaskQuery().processDefinitionKey(processKey)
                .taskCandidateGroupIn(groups).includeAssignedTasks().active().orderByTaskCreateTime().desc()
                .listPage(0, limit));
    }

    /** The candidate groups of an open task; empty when the task is gone (a concurrent request completed it). */
    public Optional<List<String>> candidateGroups(String taskId) {
        try {
            List<String> groups = taskService.getIdentityLinksForTask(taskId).stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                    .map(IdentityLink::getGroupId)
                    .toList();
            // Under READ COMMITTED the task may be read before and its links after a concurrent completion
            // commits: no links and no task means gone, not "someone else's".
            return groups.isEmpty() && task(taskId).isEmpty() ? Optional.empty() : Optional.of(groups);
        } catch (RuntimeException e) {
            // the task, or its execution, vanished between two of the engine's own reads (NullValueException, or
            // an NPE inside the engine under READ COMMITTED): gone, not a fault; anything else on a live task is
            if (task(taskId).isEmpty()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * The open task that {@code message} would cancel on the subject's running process, when the process is still
     * waiting for that message (e.g. a withdrawal before the first reviewer acted). Empty: nothing to withdraw.
     *
     * @throws ConflictException when the subject has no running process at all
     */
    public Optional<EngineTask> awaitingMessage(String processKey, Long subjectId, String message) {
        List<ProcessInstance> instances = runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(String.valueOf(subjectId)).list();
        if (instances.isEmpty()) {
            throw new ConflictException("该事项不在审核中，无需撤回");
        }
        for (ProcessInstance instance : instances) {
            boolean waiting = runtimeService.createEventSubscriptionQuery().processInstanceId(instance.getId())
                    .eventType("message").eventName(message).count() > 0;
            if (waiting) {
                return toEngineTasks(taskService.createTaskQuery().processInstanceId(instance.getId()).active().list())
                        .stream().findFirst();
            }
        }
        return Optional.empty();
    }

    /** Completes the task with the variables; a task someone else completed first is a 409 with {@code lostRace}. */
    public void complete(String taskId, Map<String, Object> variables, String lostRace) {
        guarded(lostRace, () -> {
            taskService.complete(taskId, variables);
            return null;
        }, () -> task(taskId).isEmpty());
    }

    /** Delivers {@code message} to the process the task belongs to; nobody waiting any more is a 409. */
    public void correlate(String message, EngineTask task, String lostRace) {
        guarded(lostRace, () -> runtimeService.createMessageCorrelation(message)
                .processInstanceId(task.instanceId()).correlateWithResult(), () -> task(task.id()).isEmpty());
    }

    /**
     * The task's process variables of those names (absent ones left out); empty when the task is gone. A caller that
     * finds it gone must fail (409): the engine's failed read has marked the transaction rollback-only.
     */
    public Optional<Map<String, Object>> taskVariables(String taskId, List<String> names) {
        try {
            return taskService.createTaskQuery().taskId(taskId).count() == 0 ? Optional.empty()
                    : Optional.of(new HashMap<>(taskService.getVariables(taskId, names)));
        } catch (RuntimeException e) {
            // completed by a concurrent request between the engine's own reads (NullValueException, or an NPE in the
            // engine under READ COMMITTED): gone; on a live task it is a fault
            if (task(taskId).isEmpty()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The variables of those names of the subject's running process; empty when none runs. */
    public Map<String, Object> subjectVariables(String processKey, Long subjectId, List<String> names) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(String.valueOf(subjectId)).active().list().stream().findFirst()
                .orElse(null);
        try {
            return instance == null ? Map.of() : new HashMap<>(runtimeService.getVariables(instance.getId(), names));
        } catch (NullValueException | org.camunda.bpm.engine.exception.NotFoundException ended) {
            return Map.of(); // the review ended since the query: nothing is to come
        }
    }

    /** Open tasks of the processes, for comparing with the inbox read model at start-up. */
    public long openTaskCount(List<String> processKeys) {
        return processKeys.isEmpty() ? 0
                : taskService.createTaskQuery().processDefinitionKeyIn(processKeys.toArray(String[]::new)).count();
    }

    /**
     * Every open task of the processes as the inbox read model keeps it, with its candidate group and the process's
     * unit and department; one query per task for its group, so only for rebuilding the read model (an upgrade).
     */
    public List<org.jixiao.approval.OpenedTask> openTasksForInbox(List<String> processKeys) {
        List<org.jixiao.approval.OpenedTask> result = new java.util.ArrayList<>();
        if (processKeys.isEmpty()) {
            return result;
        }
        int page = 500;
        for (int first = 0; ; first += page) {
            List<Task> tasks = taskService.createTaskQuery().processDefinitionKeyIn(processKeys.toArray(String[]::new))
                    .orderByTaskId().asc().listPage(first, page);
            if (tasks.isEmpty()) {
                return result;
            }
            Map<String, Map<String, Object>> variables = new HashMap<>();
            runtimeService.createVariableInstanceQuery()
                    .processInstanceIdIn(tasks.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new))
                    .variableNameIn("unitId", "departmentId").list()
                    .forEach(v -> variables.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>())
                            .put(v.getName(), v.getValue()));
            Map<String, String> businessKeys = new HashMap<>();
            runtimeService.createProcessInstanceQuery()
                    .processInstanceIds(tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
                    .list().forEach(pi -> businessKeys.put(pi.getId(), pi.getBusinessKey()));
            for (Task t : tasks) {
                String group = taskService.getIdentityLinksForTask(t.getId()).stream()
                        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                        .map(IdentityLink::getGroupId).findFirst().orElse(null);
                Map<String, Object> vars = variables.getOrDefault(t.getProcessInstanceId(), Map.of());
                String definition = t.getProcessDefinitionId();
                result.add(new org.jixiao.approval.OpenedTask(definition.substring(0, definition.indexOf(':')),
                        t.getId(), t.getTaskDefinitionKey(), t.getName(), group, t.getProcessInstanceId(),
                        businessKeys.get(t.getProcessInstanceId()), InboxTaskListener.id(vars.get("unitId")),
                        InboxTaskListener.id(vars.get("departmentId")),
                        t.getCreateTime() == null ? Instant.now() : t.getCreateTime().toInstant()));
            }
        }
    }

    /** Starts a process that belongs to no reviewed subject (e.g. a round's deadline timers). */
    public void startPlain(String processKey, String businessKey) {
        runtimeService.startProcessInstanceByKey(processKey, businessKey);
    }

    /**
     * Ends, in the caller's transaction, the running processes of {@code processKey} whose business key is one of
     * {@code businessKeys} (a cancelled round's deadline process and its items' processes, whose rows are deleted
     * with them): listeners are skipped, since there is no status left to keep in step. Returns how many ended.
     * Keys are looked up 500 at a time; they are our ids or {@code Kind:id}, checked before they reach the SQL.
     */
    public int deleteProcesses(String processKey, java.util.Collection<String> businessKeys, String reason) {
        if (!processKey.matches("[A-Za-z]+")) {
            throw new IllegalArgumentException("not a process key: " + processKey);
        }
        String table = engineConfiguration.getManagementService().getTableName(ProcessInstance.class);
        List<String> keys = List.copyOf(businessKeys);
        int ended = 0;
        for (int from = 0; from < keys.size(); from += 500) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + 500));
            for (String key : chunk) {
                if (!key.matches("[A-Za-z]*:?[0-9]+")) {
                    throw new IllegalArgumentException("not a business key: " + key);
                }
            }
            String in = chunk.stream().map(k -> "'" + k + "'").collect(Collectors.joining(","));
            List<String> ids = runtimeService.createNativeProcessInstanceQuery()
                    .sql("SELECT RES.* FROM " + table + " RES WHERE RES.ID_ = RES.PROC_INST_ID_"
                            + " AND RES.PROC_DEF_ID_ LIKE '" + processKey + ":%' AND RES.BUSINESS_KEY_ IN (" + in + ")")
                    .list().stream().map(ProcessInstance::getId).toList();
            if (!ids.isEmpty()) {
                runtimeService.deleteProcessInstances(ids, reason, true, true, true);
                ended += ids.size();
            }
        }
        return ended;
    }

    /**
     * Runs the engine call; a failure is a lost race when its cause says so, or when what it acted on is gone since
     * ({@code gone}: under READ COMMITTED the engine may read a task before and its execution after a concurrent
     * completion commits, and fail in its own code).
     */
    private <T> T guarded(String lostRace, java.util.function.Supplier<T> action,
                          java.util.function.BooleanSupplier gone) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            ConflictException refused = causeOf(e, ConflictException.class);
            if (refused != null) {
                throw refused;
            }
            if (lostRace(e) || gone.getAsBoolean()) {
                throw new ConflictException(lostRace);
            }
            throw e;
        }
    }

    /** What a request that lost a race to a concurrent one sees from the engine. */
    static boolean lostRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockingException || t instanceof NullValueException
                    || t instanceof MismatchingMessageCorrelationException
                    || t instanceof org.camunda.bpm.engine.exception.NotFoundException
                    || t instanceof org.springframework.dao.PessimisticLockingFailureException
                    || t instanceof org.springframework.dao.DuplicateKeyException) {
                return true;
            }
            if (t instanceof BadUserRequestException && t.getMessage() != null
                    && t.getMessage().contains("Cannot find")) {
                return true;
            }
            if (t instanceof SQLException sql && isLockConflict(sql)) {
                return true;
            }
        }
        return false;
    }

    /** Deadlock or lock wait timeout: MariaDB 1213/1205, SQLState 40001 (both), H2's lock timeout HYT00. */
    private static boolean isLockConflict(SQLException sql) {
        return "40001".equals(sql.getSQLState()) || "HYT00".equals(sql.getSQLState())
                || sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205;
    }

    private static <X extends Throwable> X causeOf(Throwable e, Class<X> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private List<EngineTask> toEngineTasks(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Map<String, Long> subjectByInstance = new HashMap<>();
        runtimeService.createProcessInstanceQuery()
                .processInstanceIds(tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
                .list()
                .forEach(pi -> subjectByInstance.put(pi.getId(), Long.valueOf(pi.getBusinessKey())));
        return tasks.stream()
                .filter(t -> subjectByInstance.containsKey(t.getProcessInstanceId()))
                .map(t -> new EngineTask(t.getId(), t.getName(), t.getTaskDefinitionKey(),
                        t.getProcessDefinitionId().substring(0, t.getProcessDefinitionId().indexOf(':')),
                        t.getProcessInstanceId(), subjectByInstance.get(t.getProcessInstanceId()),
                        t.getCreateTime() == null ? null : Instant.ofEpochMilli(t.getCreateTime().getTime())))
                .toList();
    }
}
