package org.jixiao.approval.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Where a subject's case stands in the engine, for the process diagram (issue 13 §5): the deployed BPMN of the
 * definition its latest instance runs, the activities passed and the ones active now (from the engine's history, so
 * any process definition works, including a chain configured per bureau), and who may act on each open task. Read
 * only; the scope check is the caller's ({@code approval.ProcessDiagramService}).
 */
@Component
public class ProcessDiagrams {
    private final HistoryService history;
    private final RepositoryService repository;
    private final TaskService tasks;
    /** A deployed definition never changes; a redeployment is a new id. */
    private final Map<String, String> xmlByDefinition = new ConcurrentHashMap<>();

    ProcessDiagrams(HistoryService history, RepositoryService repository, TaskService tasks) {
        this.history = history;
        this.repository = repository;
        this.tasks = tasks;
    }

    /** An open task and who may act on it: candidate groups, candidate users and the assignee. */
    public record OpenStep(String activityId, String name, List<String> groupIds, List<String> userIds) {
    }

    public record Diagram(String processDefinitionId, String processDefinitionKey, String bpmnXml,
                          List<String> currentActivityIds, List<String> passedActivityIds, boolean ended,
                          List<OpenStep> openSteps) {
    }

    /** The latest instance of {@code processKey} for the subject; empty when it never entered the process. */
    public Optional<Diagram> of(String processKey, Long subjectId) {
        List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(processKey).processInstanceBusinessKey(String.valueOf(subjectId))
                .orderByProcessInstanceStartTime().desc().listPage(0, 1);
        if (instances.isEmpty()) {
            return Optional.empty();
        }
        HistoricProcessInstance instance = instances.get(0);
        Set<String> current = new LinkedHashSet<>();
        Set<String> passed = new LinkedHashSet<>();
        for (HistoricActivityInstance a : history.createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).orderByHistoricActivityInstanceStartTime().asc()
                .orderPartiallyByOccurrence().asc().list()) {
            (a.getEndTime() == null ? current : passed).add(a.getActivityId());
        }
        List<OpenStep> steps = new ArrayList<>();
        for (Task task : tasks.createTaskQuery().processInstanceId(instance.getId()).active().list()) {
            steps.add(step(task));
        }
        String definition = instance.getProcessDefinitionId();
        return Optional.of(new Diagram(definition, instance.getProcessDefinitionKey(),
                xmlByDefinition.computeIfAbsent(definition, this::xml), List.copyOf(current), List.copyOf(passed),
                instance.getEndTime() != null, steps));
    }

    private OpenStep step(Task task) {
        List<String> groups = new ArrayList<>();
        List<String> users = new ArrayList<>();
        if (task.getAssignee() != null) {
            users.add(task.getAssignee());
        }
        try {
            for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
                if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                    groups.add(link.getGroupId());
                } else if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null
                        && !users.contains(link.getUserId())) {
                    users.add(link.getUserId());
                }
            }
        } catch (RuntimeException gone) {
            // completed by someone else between the two reads: it has no holders any more
        }
        return new OpenStep(task.getTaskDefinitionKey(), task.getName(), groups, users);
    }

    private String xml(String definitionId) {
        try (InputStream in = repository.getProcessModel(definitionId)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
