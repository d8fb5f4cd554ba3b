package org.jixiao.approval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.approval.internal.DeadlineMapper;
import org.jixiao.approval.internal.DeadlineMapper.OpenTask;
import org.jixiao.common.NotFoundException;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.PeopleDirectory;
import org.jixiao.org.Roster;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a case stands (issue 13 §5): the steps passed (the history), the step open now with who holds it and its
 * deadline, and the steps of the captured chain still to come. Read by the timeline on every target, monitoring
 * report and self-evaluation, and by {@code GET /api/review-progress/{type}/{id}}.
 */
@Service
public class CaseProgress {
    private final DeadlineMapper mapper;
    private final AuditTrail audit;
    private final StepRules rules;
    private final PeopleDirectory people;
    private final ReviewCalendar calendar;
    private final ObjectProvider<ReviewSubjects> subjects;

    CaseProgress(DeadlineMapper mapper, AuditTrail audit, StepRules rules, PeopleDirectory people,
                 ReviewCalendar calendar, ObjectProvider<ReviewSubjects> subjects) {
        this.mapper = mapper;
        this.audit = audit;
        this.rules = rules;
        this.people = people;
        this.calendar = calendar;
        this.subjects = subjects;
    }

    /** A person who can act on the open step. */
    public record Holder(String username, String displayName) {
    }

    /**
     * The step open now: its holders (the one person it was handed to, else its candidate group's members), its
     * deadline (the step's own, or for a form the unit fills the round's) and whether that has passed.
     */
    public record CurrentStep(String taskId, String name, List<Holder> holders, LocalDate dueOn, boolean overdue) {
    }

    public record Standing(List<ReviewEvent> past, List<CurrentStep> current, List<StepRules.UpcomingStep> upcoming) {
    }

    /** The standing of a subject the user may see; otherwise 404. */
    @Transactional(readOnly = true)
    public Standing of(CurrentUser user, String subjectType, Long subjectId) {
        ReviewSubjects kind = subjects.orderedStream().filter(s -> s.subjectType().equals(subjectType)).findFirst()
                .orElseThrow(() -> new NotFoundException("没有这类审核事项：" + subjectType));
        if (subjectId == null || !kind.visibleTo(user, subjectId)) {
            throw new NotFoundException("审核事项 " + subjectId + " 不存在");
        }
        return of(kind, subjectId);
    }

    /** The standing, for a screen that has checked access already. */
    @Transactional(readOnly = true)
    public Standing of(String subjectType, Long subjectId) {
        ReviewSubjects kind = subjects.orderedStream().filter(s -> s.subjectType().equals(subjectType)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No review process for subject type " + subjectType));
        return of(kind, subjectId);
    }

    private Standing of(ReviewSubjects kind, Long subjectId) {
        List<OpenTask> open = mapper.openOf(kind.subjectType(), subjectId);
        List<CurrentStep> current = new ArrayList<>();
        if (!open.isEmpty()) {
            Roster roster = people.roster();
            LocalDate today = calendar.today();
            for (OpenTask task : open) {
                LocalDate due = task.stepDueOn() != null ? task.stepDueOn()
                        : kind.decisionsAt(task.taskKey()).isEmpty() ? task.dueDate() : null;
                current.add(new CurrentStep(task.taskId(), task.taskName(), holders(task, roster), due,
                        due != null && due.isBefore(today)));
            }
        }
        return new Standing(audit.history(kind.subjectType(), subjectId), current,
                rules.upcomingSteps(kind.subjectType(), subjectId));
    }

    private static List<Holder> holders(OpenTask task, Roster roster) {
        return roster.people().stream()
                .filter(p -> task.assignee() != null ? p.username().equals(task.assignee())
                        : p.groupIds().contains(task.candidateGroup()))
                .map(p -> new Holder(p.username(), p.displayName())).toList();
    }
}
