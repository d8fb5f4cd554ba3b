package org.jixiao.notify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jixiao.approval.ReviewRecorded;
import org.jixiao.approval.ReviewSubjectTypes;
import org.jixiao.approval.ReviewSubjects;
import org.jixiao.approval.StepDeadlineNoticed;
import org.jixiao.approval.SubjectSummary;
import org.jixiao.approval.TaskOpened;
import org.jixiao.notify.internal.NotificationMapper;
import org.jixiao.org.CandidateGroups;
import org.jixiao.org.OrgKind;
import org.jixiao.org.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns the review's own events into notices, in the deciding transaction just before it commits (a rolled-back
 * decision, e.g. the loser of a race, tells nobody) and behind a savepoint, so a failure to tell never undoes the
 * decision ({@link Notifications#withTheDecision}); mail still goes only after the commit.
 * <ul>
 *   <li>a review task opens → ASSIGNED to everyone who can act on it (the members of its candidate group). Form
 *   tasks (a unit filling its report) are not announced: rounds open thousands at once, and the unit hears of
 *   them through its workbench and, when one comes back, through RETURNED;</li>
 *   <li>退回 or 要求整改 → RETURNED to whoever submitted the subject last;</li>
 *   <li>审核通过 that leaves no open task (the chain is done) → APPROVED to the submitter; a step passed on to the
 *   next reviewer tells the next reviewer (ASSIGNED), not the drafter;</li>
 *   <li>否决 (a 差 on the review sheet, or a reviewer refusing for good) → REJECTED to the submitter;</li>
 *   <li>交回 after a delegation → DELEGATED_BACK to the delegator, who decides now;</li>
 *   <li>催办, 到期提醒, 逾期 → URGED, REMINDED, OVERDUE to the holders of the subject's open task;</li>
 *   <li>a step's deadline (the daily sweep) → REMINDED, OVERDUE to the task's holders, ESCALATED to the level
 *   above, each with the deadline.</li>
 * </ul>
 * The user who caused an event is never told of it.
 */
@Component
class NotificationProducer {
    private final Notifications notifications;
    private final NotificationMapper mapper;
    private final ReviewSubjectTypes subjects;

    NotificationProducer(Notifications notifications, NotificationMapper mapper, ReviewSubjectTypes subjects) {
        this.notifications = notifications;
        this.mapper = mapper;
        this.subjects = subjects;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void taskOpened(TaskOpened task) {
        ReviewSubjects kind = kind(task.subjectType());
        if (kind == null || kind.decisionsAt(task.taskKey()).isEmpty()) {
            return;
        }
        notifications.withTheDecision(() -> {
            Notification n = template(NotificationKind.ASSIGNED, kind, task.subjectId());
            n.setStepName(task.taskName());
            n.setLocation(kind.reviewLocation(task.taskId(), task.subjectId()));
            // an added signer's review (加签) is for the signer alone, not the whole post
            Long assignee = task.assignee() == null ? null : mapper.userId(task.assignee());
            notifications.deliver(n, task.assignee() == null ? members(task.candidateGroup(), new HashMap<>())
                    : assignee == null ? List.of() : List.of(assignee));
        });
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void reviewed(ReviewRecorded event) {
        NotificationKind notice = switch (event.action()) {
            case RETURN, RECTIFY -> NotificationKind.RETURNED;
            case APPROVE -> NotificationKind.APPROVED;
            case REJECT -> NotificationKind.REJECTED;
            case RESOLVE -> NotificationKind.DELEGATED_BACK;
            case URGE -> NotificationKind.URGED;
            case REMIND -> NotificationKind.REMINDED;
            case OVERDUE -> NotificationKind.OVERDUE;
            default -> null;
        };
        ReviewSubjects kind = kind(event.subjectType());
        if (notice == null || kind == null) {
            return;
        }
        notifications.withTheDecision(() -> {
            Long actor = event.actorUsername() == null ? null : mapper.userId(event.actorUsername());
            String step = event.taskId() == null ? null : mapper.taskName(event.taskId());
            if (notice == NotificationKind.DELEGATED_BACK) {
                Long owner = event.counterpart() == null ? null : mapper.userId(event.counterpart());
                tell(event, notice, kind, event.subjectIds().get(0), step,
                        owner == null ? List.of() : List.of(owner), actor);
            } else if (notice == NotificationKind.RETURNED || notice == NotificationKind.APPROVED
                    || notice == NotificationKind.REJECTED) {
                Long subjectId = event.subjectIds().get(0);
                if (notice == NotificationKind.APPROVED
                        && !mapper.openGroups(kind.subjectType(), List.of(subjectId)).isEmpty()) {
                    return;
                }
                Long submitter = mapper.submitter(kind.subjectType(), subjectId);
                tell(event, notice, kind, subjectId, step, submitter == null ? List.of() : List.of(submitter), actor);
            } else {
                toHolders(event, notice, kind, step, actor);
            }
        });
    }

    /** A step's deadline notice, to the recipients the sweep named, with the deadline as its note. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void stepDeadline(StepDeadlineNoticed event) {
        ReviewSubjects kind = kind(event.subjectType());
        if (kind == null || event.recipients().isEmpty()) {
            return;
        }
        notifications.withTheDecision(() -> {
            Notification n = template(NotificationKind.valueOf(event.kind().name()), kind, event.subjectId());
            n.setStepName(event.stepName());
            n.setOpinion("办理期限：" + event.dueOn());
            if (event.kind() != StepDeadlineNoticed.Kind.ESCALATED) {
                n.setLocation(kind.reviewLocation(event.taskId(), event.subjectId()));
            }
            notifications.deliver(n, mapper.activeUserIds(event.recipients()));
        });
    }

    /** Each subject's open-task holders get one notice; groups are looked up once per event. */
    private void toHolders(ReviewRecorded event, NotificationKind notice, ReviewSubjects kind, String step, Long actor) {
        Map<String, List<Long>> members = new HashMap<>();
        for (int from = 0; from < event.subjectIds().size(); from += 500) {
            List<Long> chunk = event.subjectIds().subList(from, Math.min(event.subjectIds().size(), from + 500));
            Map<Long, Set<String>> groups = mapper.openGroups(kind.subjectType(), chunk).stream().collect(
                    Collectors.groupingBy(NotificationMapper.OpenGroup::subjectId,
                            Collectors.mapping(NotificationMapper.OpenGroup::candidateGroup, Collectors.toSet())));
            Map<Long, SubjectSummary> names = kind.describe(groups.keySet());
            for (Map.Entry<Long, Set<String>> subject : groups.entrySet()) {
                Set<Long> recipients = new LinkedHashSet<>();
                subject.getValue().forEach(g -> recipients.addAll(members(g, members)));
                Notification n = template(notice, kind, subject.getKey(), names.get(subject.getKey()));
                finish(n, event, step, recipients, actor);
            }
        }
    }

    private void tell(ReviewRecorded event, NotificationKind notice, ReviewSubjects kind, Long subjectId, String step,
                      Collection<Long> recipients, Long actor) {
        finish(template(notice, kind, subjectId), event, step, recipients, actor);
    }

    private void finish(Notification n, ReviewRecorded event, String step, Collection<Long> recipients, Long actor) {
        n.setStepName(step);
        n.setActorName(event.actorName());
        n.setOpinion(event.opinion());
        List<Long> others = new ArrayList<>(recipients);
        others.remove(actor);
        notifications.deliver(n, others);
    }

    private Notification template(NotificationKind notice, ReviewSubjects kind, Long subjectId) {
        return template(notice, kind, subjectId, kind.describe(List.of(subjectId)).get(subjectId));
    }

    private static Notification template(NotificationKind notice, ReviewSubjects kind, Long subjectId,
                                         SubjectSummary summary) {
        Notification n = new Notification();
        n.setKind(notice);
        n.setSubjectType(kind.subjectType());
        n.setSubjectId(subjectId);
        // describe() already says what kind of subject it is ("监控报告：…")
        n.setSubjectName(summary == null ? null : summary.name());
        n.setLocation(SubjectLinks.of(kind.subjectType(), subjectId));
        return n;
    }

    /** The active users in a candidate group ({@link CandidateGroups}: role at node; finance roles via their desks). */
    private List<Long> members(String group, Map<String, List<Long>> cache) {
        return cache.computeIfAbsent(group, g -> {
            Role role = CandidateGroups.roleOf(g);
            Long orgId;
            try {
                orgId = Long.valueOf(g.substring(g.indexOf(':') + 1));
            } catch (RuntimeException notOurs) {
                return List.of();
            }
            return role == null ? List.of() : mapper.holders(role.name(), orgId, role.heldAt() == OrgKind.FINANCE);
        });
    }

    private ReviewSubjects kind(String subjectType) {
        return subjects.find(subjectType);
    }
}
