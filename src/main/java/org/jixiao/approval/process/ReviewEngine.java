package org.jixiao.approval.process;

import static org.jixiao.approval.process.EngineRaces.guarded;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.jixiao.common.ConflictException;
import org.springframework.stereotype.Component;

/**
 * The door to the process engine for what moves a review on (issue 10 §2): starting processes, deciding tasks,
 * correlating the withdraw message, ending a cancelled round's processes. Together with its siblings here —
 * {@link EngineQueries} (the reads behind inboxes and task pages), {@link OpenTaskInventory} (the inbox read model's
 * rebuild) and {@link TaskHandoverEngine} (who holds a task) — it is all of main that touches {@code RuntimeService}
 * or {@code TaskService}, so swapping Camunda 7 for Operaton changes this package and the listeners' signatures only.
 *
 * <p>A concurrent request that got there first is a lost race, answered 409 ({@link EngineRaces}).
 */
@Component
public class ReviewEngine {
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ProcessEngineConfigurationImpl engineConfiguration;
    /** Whether a task is still open decides if a failure was a lost race. */
    private final EngineQueries queries;

    ReviewEngine(RuntimeService runtimeService, TaskService taskService,
                 ProcessEngineConfigurationImpl engineConfiguration, EngineQueries queries) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.engineConfiguration = engineConfiguration;
        this.queries = queries;
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
                return queries.toEngineTasks(taskService.createTaskQuery().processInstanceId(instance.getId())
                        .active().list()).stream().findFirst();
            }
        }
        return Optional.empty();
    }

    /** Completes the task with the variables; a task someone else completed first is a 409 with {@code lostRace}. */
    public void complete(String taskId, Map<String, Object> variables, String lostRace) {
        guarded(lostRace, () -> {
            taskService.complete(taskId, variables);
            return null;
        }, () -> queries.task(taskId).isEmpty());
    }

    /** Delivers {@code message} to the process the task belongs to; nobody waiting any more is a 409. */
    public void correlate(String message, EngineTask task, String lostRace) {
        guarded(lostRace, () -> runtimeService.createMessageCorrelation(message)
                .processInstanceId(task.instanceId()).correlateWithResult(), () -> queries.task(task.id()).isEmpty());
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
    public int deleteProcesses(String processKey, Collection<String> businessKeys, String reason) {
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
}
