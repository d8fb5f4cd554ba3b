package org.jixiao.approval.process;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.jixiao.approval.OpenedTask;
import org.springframework.stereotype.Component;

/**
 * Every open task of the engine, for checking the inbox read model against it at start-up and rebuilding it after
 * an upgrade. Split from {@link ReviewEngine} (issue 10): it changes with the read model's columns, and its
 * whole-engine scans are not for request paths.
 */
@Component
public class OpenTaskInventory {
    /** Tasks read per query while rebuilding, so a large engine is scanned in bounded pages. */
    private static final int PAGE = 500;

    private final RuntimeService runtimeService;
    private final TaskService taskService;

    OpenTaskInventory(RuntimeService runtimeService, TaskService taskService) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
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
    public List<OpenedTask> openTasksForInbox(List<String> processKeys) {
        List<OpenedTask> result = new ArrayList<>();
        if (processKeys.isEmpty()) {
            return result;
        }
        for (int first = 0; ; first += PAGE) {
            List<Task> tasks = taskService.createTaskQuery().processDefinitionKeyIn(processKeys.toArray(String[]::new))
                    .orderByTaskId().asc().listPage(first, PAGE);
            if (tasks.isEmpty()) {
                return result;
            }
            Map<String, Map<String, Object>> variables = new HashMap<>();
            runtimeService.createVariableInstanceQuery()
                    .processInstanceIdIn(tasks.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new))
                    .variableNameIn("unitId", "departmentId", ChainSteps.RUN, ChainSteps.INDEX).list()
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
                result.add(new OpenedTask(definition.substring(0, definition.indexOf(':')),
                        t.getId(), t.getTaskDefinitionKey(), t.getName(), group, t.getProcessInstanceId(),
                        businessKeys.get(t.getProcessInstanceId()), InboxTaskListener.id(vars.get("unitId")),
                        InboxTaskListener.id(vars.get("departmentId")),
                        t.getCreateTime() == null ? Instant.now() : t.getCreateTime().toInstant(),
                        t.getAssignee(), t.getOwner(),
                        t.getDelegationState() == null ? null : t.getDelegationState().name(),
                        InboxTaskListener.id(vars.get(ChainSteps.RUN)), InboxTaskListener.index(vars.get(ChainSteps.INDEX))));
            }
        }
    }
}
