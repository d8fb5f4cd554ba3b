package org.jixiao.approval;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.approval.StepDeadlineNoticed.Kind;
import org.jixiao.approval.chain.ChainRuns;
import org.jixiao.approval.chain.StepRow;
import org.jixiao.approval.internal.DeadlineMapper;
import org.jixiao.approval.internal.DeadlineMapper.OpenTask;
import org.jixiao.org.CandidateGroups;
import org.jixiao.org.OrgDirectory;
import org.jixiao.org.OrgKind;
import org.jixiao.org.OrgNode;
import org.jixiao.org.PeopleDirectory;
import org.jixiao.org.Role;
import org.jixiao.org.Roster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Step deadlines (issue 13 §3), in bulk: a task opening at a step with {@code slaDays} gets its deadline in the inbox
 * read model ({@code review_task.step_due_on}: the bureau's date it opened plus slaDays calendar days — weekends and
 * holidays are not skipped). One sweep a day (and again whenever it runs; see {@link StepDeadlineSweep}) looks at
 * the open tasks due by tomorrow and sends, once per task and kind:
 * <ul>
 *   <li>REMINDED to the task's holders on the day before the deadline (or on the day itself, if the sweep did not
 *   run the day before);</li>
 *   <li>OVERDUE to the holders from the day after it;</li>
 *   <li>ESCALATED to the level above the holders once the task is {@code escalate-after-days} days overdue.</li>
 * </ul>
 * "Once" is the database's: each notice first inserts (task, kind) into {@code step_deadline_notice} (V51) in a
 * transaction of its own; a sweep that loses the key sends nothing, so parallel sweeps on any number of nodes, and a
 * sweep run again, add nothing. Holders are the task's assignee (转办, 委派) or else its candidate group's members.
 */
@Service
public class StepDeadlines {
    private static final Logger log = LoggerFactory.getLogger(StepDeadlines.class);

    private final DeadlineMapper mapper;
    private final ChainRuns runs;
    private final ReviewCalendar calendar;
    private final PeopleDirectory people;
    private final OrgDirectory org;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate separate;
    private final int escalateAfterDays;

    StepDeadlines(DeadlineMapper mapper, ChainRuns runs, ReviewCalendar calendar, PeopleDirectory people,
                  OrgDirectory org, ApplicationEventPublisher events, PlatformTransactionManager transactions,
                  @Value("${jixiao.approval.sla.escalate-after-days:2}") int escalateAfterDays) {
        this.mapper = mapper;
        this.runs = runs;
        this.calendar = calendar;
        this.people = people;
        this.org = org;
        this.events = events;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.escalateAfterDays = escalateAfterDays;
    }

    /** What one sweep sent. */
    public record Sent(int reminded, int overdue, int escalated) {
    }

    /**
     * Called by the task listener, in the engine's transaction, when a task opens at a step of a captured run:
     * records the step's deadline when it has one, counted from the calendar's today.
     */
    public void opened(OpenedTask task) {
        due(task, calendar.today());
    }

    /**
     * For a task the inbox rebuild adds back: the deadline it had, counted from the bureau's date the task opened.
     */
    public void rebuilt(OpenedTask task) {
        due(task, task.createdAt() == null ? calendar.today() : task.createdAt().atZone(calendar.zone()).toLocalDate());
    }

    private void due(OpenedTask task, LocalDate opened) {
        if (task.chainRunId() == null) {
            return;
        }
        int stepIndex = task.stepIndex() == null ? 0 : task.stepIndex();
        List<StepRow> steps = runs.steps(task.chainRunId());
        Integer days = stepIndex < steps.size() ? steps.get(stepIndex).getSlaDays() : null;
        if (days != null && days > 0) {
            mapper.setStepDue(task.taskId(), opened.plusDays(days));
        }
    }

    /** One sweep over the open tasks due by tomorrow, as of the calendar's today. */
    public Sent sweep() {
        LocalDate today = calendar.today();
        List<OpenTask> due = mapper.dueBy(today.plusDays(1));
        if (due.isEmpty()) {
            return new Sent(0, 0, 0);
        }
        Roster roster = people.roster();
        int reminded = 0;
        int overdue = 0;
        int escalated = 0;
        for (OpenTask task : due) {
            long late = ChronoUnit.DAYS.between(task.stepDueOn(), today);
            if (late <= 0) {
                reminded += send(task, Kind.REMINDED, holders(task, roster), today);
            } else {
                overdue += send(task, Kind.OVERDUE, holders(task, roster), today);
                if (late >= escalateAfterDays) {
                    List<String> above = above(task, roster);
                    above.removeAll(holders(task, roster));
                    escalated += send(task, Kind.ESCALATED, above, today);
                }
            }
        }
        if (reminded + overdue + escalated > 0) {
            log.info("step deadlines as of {}: {} reminded, {} overdue, {} escalated", today, reminded, overdue,
                    escalated);
        }
        return new Sent(reminded, overdue, escalated);
    }

    /** Claims (task, kind) and publishes the notice in one transaction; 0 when another sweep had it. */
    private int send(OpenTask task, Kind kind, List<String> recipients, LocalDate today) {
        try {
            return separate.execute(status -> {
                mapper.claimNotice(task, kind.name(), today, calendar.now());
                events.publishEvent(new StepDeadlineNoticed(kind, task.taskId(), task.taskName(), task.subjectType(),
                        task.subjectId(), task.stepDueOn(), List.copyOf(recipients)));
                return 1;
            });
        } catch (DataIntegrityViolationException | PessimisticLockingFailureException sentElsewhere) {
            // the key is taken (or being taken) by another sweep: that one tells them
            return 0;
        }
    }

    /** Who holds the task: its assignee when handed to one person, else everyone in its candidate group. */
    static List<String> holders(OpenTask task, Roster roster) {
        if (task.assignee() != null) {
            return new ArrayList<>(List.of(task.assignee()));
        }
        return members(roster, p -> p.groupIds().contains(task.candidateGroup()));
    }

    /**
     * The level above the step's holders. The org model has roles per node and no heads of a desk or a unit above
     * its leader, so: a unit's step (its 单位负责人 hold it) → the 主管部门's reviewers; a department's step → the
     * bureau's own finance reviewers; a desk's step → the bureau's own finance reviewers (those at the bureau, not at
     * a desk: they stand for the desk's head); a bureau's step → the bureau's administrators; a unit's form task
     * (经办人) → the unit's leaders.
     */
    private List<String> above(OpenTask task, Roster roster) {
        Role role = CandidateGroups.roleOf(task.candidateGroup());
        Long orgId = orgOf(task.candidateGroup());
        if (role == null || orgId == null) {
            return new ArrayList<>();
        }
        return switch (role) {
            case STAFF -> members(roster, p -> p.groupIds().contains(CandidateGroups.of(Role.UNIT_LEADER, orgId)));
            case UNIT_LEADER -> task.departmentId() == null ? new ArrayList<>() : members(roster,
                    p -> p.groupIds().contains(CandidateGroups.of(Role.DEPT_REVIEWER, task.departmentId())));
            case DEPT_REVIEWER, FINANCE_REVIEWER -> {
                Optional<OrgNode> node = org.node(orgId);
                Long bureau = node.filter(n -> n.getKind() == OrgKind.FINANCE).map(OrgNode::getId)
                        .orElseGet(() -> org.nearest(orgId, OrgKind.FINANCE).map(OrgNode::getId).orElse(null));
                boolean bureauStep = role == Role.FINANCE_REVIEWER && orgId.equals(bureau);
                Role told = bureauStep ? Role.ADMIN : Role.FINANCE_REVIEWER;
                yield members(roster, p -> p.orgId().equals(bureau) && p.roles().contains(told));
            }
            case ADMIN -> new ArrayList<>();
        };
    }

    private static List<String> members(Roster roster, java.util.function.Predicate<Roster.Person> who) {
        Set<String> found = new LinkedHashSet<>();
        roster.people().stream().filter(who).forEach(p -> found.add(p.username()));
        return new ArrayList<>(found);
    }

    private static Long orgOf(String group) {
        try {
            return Long.valueOf(group.substring(group.indexOf(':') + 1));
        } catch (RuntimeException notOurs) {
            return null;
        }
    }

    /** The kinds sent for a task so far (tests, the case's standing). */
    public List<String> sentFor(String taskId) {
        return mapper.noticesOf(taskId);
    }
}
