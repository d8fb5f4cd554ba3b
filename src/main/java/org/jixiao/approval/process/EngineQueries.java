package org.jixiao.approval.process;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The engine's reads behind inboxes, task pages and chain rules: open tasks, their candidate groups and process
 * variables. Split from {@link ReviewEngine} (issue 10) because these change with what screens show and filter,
 * not with how a review moves on; like it, it is one of the few classes allowed to touch {@code RuntimeService} and
 * {@code TaskService}.
 *
 * <p>A task that is gone by the time it is read was completed by a concurrent request: the reads answer "empty",
 * and the callers turn that into a 409.
 */
@Component
public class EngineQueries {
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final RepositoryService repositoryService;

    EngineQueries(RuntimeService runtimeService, TaskService taskService, RepositoryService repositoryService) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.repositoryService = repositoryService;
    }

    /**
     * Whether the open task's process definition has the activity: a process started on an older version of a
     * definition keeps it, and may lack what a newer one offers. False for a task that is gone.
     */
    public boolean definitionHas(String taskId, String activityId) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        // the engine's deployment cache keeps the parsed model, so this reads no XML per call
        return task != null && repositoryService.getBpmnModelInstance(task.getProcessDefinitionId())
                .getModelElementById(activityId) != null;
    }

    /** The task, if it is still open. */
    public Optional<EngineTask> task(String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        return task == null ? Optional.empty() : toEngineTasks(List.of(task)).stream().findFirst();
    }

    /** Those of the tasks that are still open, in one query (a batch looks its items up together). */
    public List<EngineTask> tasks(Collection<String> taskIds) {
        return taskIds.isEmpty() ? List.of()
                : toEngineTasks(taskService.createTaskQuery().taskIdIn(taskIds.toArray(String[]::new)).list());
    }

    /** Ids of those of the tasks that are open and offered to the candidate group (assigned or not). */
    public Set<String> offeredTo(Collection<String> taskIds, String group) {
        return taskIds.isEmpty() ? Set.of()
                : taskService.createTaskQuery().taskIdIn(taskIds.toArray(String[]::new)).taskCandidateGroup(group)
                .includeAssignedTasks().list().stream().map(Task::getId).collect(Collectors.toSet());
    }

    /** Open tasks of the process offered to any of the groups, newest first, at most {@code limit}. */
    public List<EngineTask> inbox(String processKey, List<String> groups, int limit) {
        return toEngineTasks(taskService.createTaskQuery().processDefinitionKey(processKey)
                .taskCandidateGroupIn(groups).includeAssignedTasks().active().orderByTaskCreateTime().desc()
                .listPage(0, limit));
    }

    /*
     * A lost race, in the two reads below: the engine throws NullValueException ("Cannot find task", "task ...
     * doesn't exist") or an NPE inside its execution tree when a concurrent request completes the task between two of
     * the engine's own reads. A task just seen open cannot fail that way otherwise, so it counts as gone whatever a
     * query right after says: on H2 a task query after such a failure still listed the task (a 500 for a lost race,
     * once in thirty runs of ten parallel gradings), so asking again is no test.
     */

    /** The candidate groups of an open task; empty when the task is gone or going (a concurrent request completes it). */
    public Optional<List<String>> candidateGroups(String taskId) {
        try {
            List<String> groups = taskService.getIdentityLinksForTask(taskId).stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                    .map(IdentityLink::getGroupId)
                    .toList();
            // Every user task of our processes is offered to a group, so a task without candidate groups is one
            // whose completion is being committed by a concurrent request (its links read after, the task before):
            // gone, not "someone else's" (a 403 there was seen once in ten parallel gradings on H2).
            return groups.isEmpty() ? Optional.empty() : Optional.of(groups);
        } catch (NullValueException | NullPointerException raced) {
            return Optional.empty(); // a lost race (above)
        } catch (RuntimeException e) {
            // anything else is a fault on a live task, and on a gone one the race showing differently
            if (task(taskId).isEmpty()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * The task's process variables of those names (absent ones left out); empty when the task is gone. A caller that
     * finds it gone must fail (409): the engine's failed read has marked the transaction rollback-only.
     */
    public Optional<Map<String, Object>> taskVariables(String taskId, List<String> names) {
        try {
            if (taskService.createTaskQuery().taskId(taskId).count() == 0) {
                return Optional.empty();
            }
            // a concurrent completion can also leave the map without its process's variables, and no error: the
            // caller knows which of them its task must have (ChainStepRules: a loop task its run)
            return Optional.of(new HashMap<>(taskService.getVariables(taskId, names)));
        } catch (NullValueException | NullPointerException raced) {
            return Optional.empty(); // a lost race (above)
        } catch (RuntimeException e) {
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

    /**
     * The engine's tasks with their subjects (the business keys, read in one query); a task whose process ended
     * meanwhile is left out.
     */
    List<EngineTask> toEngineTasks(List<Task> tasks) {
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
