package org.jixiao.approval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jixiao.approval.process.ProcessDiagrams;
import org.jixiao.common.NotFoundException;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.PeopleDirectory;
import org.jixiao.org.Roster;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The process diagram of one target, report or self-evaluation (issue 13 §5) for whoever may see the subject: the
 * deployed BPMN, the activities passed and current, and the current steps' holders by name. Out of scope, an unknown
 * type and a subject that never entered its process are all "not found" (404), as reading the subject is.
 */
@Service
public class ProcessDiagramService {
    private final ObjectProvider<ReviewSubjects> subjectsProvider;
    private final ProcessDiagrams diagrams;
    private final PeopleDirectory people;

    ProcessDiagramService(ObjectProvider<ReviewSubjects> subjectsProvider, ProcessDiagrams diagrams,
                          PeopleDirectory people) {
        this.subjectsProvider = subjectsProvider;
        this.diagrams = diagrams;
        this.people = people;
    }

    /** Who may act on a current step: a candidate group with its members, or one user. */
    public record Holder(String id, String name, List<String> members) {
    }

    public record Step(String activityId, String name, List<Holder> holders) {
    }

    public record Diagram(String subjectType, Long subjectId, String processDefinitionKey, String bpmnXml,
                          List<String> currentActivityIds, List<String> passedActivityIds, boolean ended,
                          List<Step> currentSteps) {
    }

    public Diagram diagram(CurrentUser user, String subjectType, Long subjectId) {
        String type = subjectType == null ? "" : subjectType.toUpperCase(Locale.ROOT).replace('-', '_');
        ReviewSubjects subjects = subjectsProvider.orderedStream().filter(s -> s.subjectType().equals(type))
                .findFirst().orElseThrow(() -> new NotFoundException("没有「" + subjectType + "」类的审核流程"));
        if (subjectId == null || !subjects.visibleTo(user, subjectId)) {
            throw new NotFoundException("审核事项 " + subjectId + " 不存在");
        }
        ProcessDiagrams.Diagram d = diagrams.of(subjects.processKey(), subjectId)
                .orElseThrow(() -> new NotFoundException("该事项尚未进入审核流程，没有流程图"));
        Roster roster = d.openSteps().isEmpty() ? null : people.roster();
        List<Step> steps = new ArrayList<>();
        for (ProcessDiagrams.OpenStep open : d.openSteps()) {
            steps.add(new Step(open.activityId(), open.name(), holders(roster, open)));
        }
        return new Diagram(type, subjectId, d.processDefinitionKey(), d.bpmnXml(), d.currentActivityIds(),
                d.passedActivityIds(), d.ended(), steps);
    }

    private static List<Holder> holders(Roster roster, ProcessDiagrams.OpenStep step) {
        List<Holder> holders = new ArrayList<>();
        for (String group : step.groupIds()) {
            String name = roster.groups().stream().filter(g -> g.id().equals(group)).map(Roster.Group::name)
                    .findFirst().orElse(group);
            List<String> members = roster.people().stream().filter(p -> p.groupIds().contains(group))
                    .map(Roster.Person::displayName).toList();
            holders.add(new Holder(group, name, members));
        }
        for (String username : step.userIds()) {
            String name = roster.people().stream().filter(p -> p.username().equals(username))
                    .map(Roster.Person::displayName).findFirst().orElse(username);
            holders.add(new Holder(username, name, List.of(name)));
        }
        return holders;
    }
}
