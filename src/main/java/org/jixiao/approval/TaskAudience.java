package org.jixiao.approval;

import static org.jixiao.approval.ReviewService.TASK_TAKEN;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jixiao.approval.process.EngineQueries;
import org.jixiao.common.ConflictException;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgDirectory;
import org.jixiao.org.OrgKind;
import org.jixiao.org.OrgNode;
import org.jixiao.org.PeopleDirectory;
import org.jixiao.org.Roster;
import org.springframework.stereotype.Component;

/**
 * Who may see the subject of an open task, for the pickers of 抄送 and 加签 (issue 13 §3): the active people at its
 * unit, the nodes above it and the desks of those nodes (a finance bureau's 科室) whose data scope includes it. Only
 * these few nodes' people are checked one by one, not the whole roster. The services that act check again.
 */
@Component
public class TaskAudience {
    private final EngineQueries queries;
    private final OrgDirectory directory;
    private final PeopleDirectory people;
    private final ReviewSubjectTypes subjectTypes;

    TaskAudience(EngineQueries queries, OrgDirectory directory, PeopleDirectory people,
                 ReviewSubjectTypes subjectTypes) {
        this.queries = queries;
        this.directory = directory;
        this.people = people;
        this.subjectTypes = subjectTypes;
    }

    /** Everyone who may see the task's subject, in roster order; empty when the process names no unit. */
    public List<CurrentUser> of(ReviewTask task) {
        Object unit = queries.taskVariables(task.id(), List.of("unitId"))
                .orElseThrow(() -> new ConflictException(TASK_TAKEN)).get("unitId");
        if (unit == null) {
            return List.of();
        }
        Set<Long> above = new HashSet<>();
        directory.ancestry(Long.valueOf(unit.toString())).forEach(n -> above.add(n.getId()));
        Set<Long> nodes = new HashSet<>(above);
        directory.all().stream().filter(n -> n.getKind() == OrgKind.DESK && n.isActive()
                && above.contains(n.getParentId())).map(OrgNode::getId).forEach(nodes::add);
        ReviewSubjects kind = subjectTypes.of(task.subjectType());
        return people.roster().people().stream().filter(p -> nodes.contains(p.orgId()))
                .map(Roster.Person::username).map(directory::currentUser).flatMap(java.util.Optional::stream)
                .filter(u -> kind.visibleTo(u, task.subjectId())).toList();
    }
}
