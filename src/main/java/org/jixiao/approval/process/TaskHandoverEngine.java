package org.jixiao.approval.process;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jixiao.common.ConflictException;
import org.springframework.stereotype.Component;

/**
 * The engine side of the reviewer's tools (issue 13 §3), beside {@link ReviewEngine} in the one package allowed to
 * touch {@code TaskService}: who holds a task. Transfer is Camunda's {@code setAssignee}; delegation is
 * {@code delegateTask} (owner = delegator, assignee = delegate, PENDING) and {@code resolveTask} (assignee = owner
 * again, RESOLVED); the engine itself refuses to complete a task whose delegation is still pending. The caller has
 * guarded the handover in our own table first, in the same transaction; what the engine throws when a concurrent
 * request completed the task meanwhile is a lost race, 409.
 */
@Component
public class TaskHandoverEngine {
    private final TaskService taskService;

    TaskHandoverEngine(TaskService taskService) {
        this.taskService = taskService;
    }

    public void transfer(String taskId, String toUser, String lostRace) {
        guarded(lostRace, taskId, () -> taskService.setAssignee(taskId, toUser));
    }

    /**
     * Delegates the task; a task offered to a group has no assignee yet, so the delegator first becomes it (the
     * engine makes the assignee the owner, and a delegation without an owner could not be resolved back).
     */
    public void delegate(String taskId, String delegator, String delegate, String lostRace) {
        guarded(lostRace, taskId, () -> {
            Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
            if (task == null) {
                throw new ConflictException(lostRace);
            }
            if (!delegator.equals(task.getAssignee()) && !delegator.equals(task.getOwner())) {
                taskService.setAssignee(taskId, delegator);
            }
            taskService.delegateTask(taskId, delegate);
        });
    }

    public void resolve(String taskId, String lostRace) {
        guarded(lostRace, taskId, () -> taskService.resolveTask(taskId));
    }

    private void guarded(String lostRace, String taskId, Runnable action) {
        try {
            action.run();
        } catch (ConflictException e) {
            throw e;
        } catch (RuntimeException e) {
            if (EngineRaces.lostRace(e) || taskService.createTaskQuery().taskId(taskId).count() == 0) {
                throw new ConflictException(lostRace);
            }
            throw e;
        }
    }
}
