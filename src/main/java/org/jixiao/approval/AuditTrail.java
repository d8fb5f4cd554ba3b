package org.jixiao.approval;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jixiao.approval.internal.ReviewEventMapper;
import org.jixiao.common.ConflictException;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who did what to which subject, kept in our own table (not engine history) so it outlives the engine. */
@Service
public class AuditTrail {
    /** Actor of events nobody triggered by hand (timers). */
    public static final String SYSTEM_USERNAME = "system";
    public static final String SYSTEM_NAME = "系统";
    public static final String SYSTEM_ROLE = "SYSTEM";

    private final ReviewEventMapper mapper;
    private final ApplicationEventPublisher events;

    AuditTrail(ReviewEventMapper mapper, ApplicationEventPublisher events) {
        this.mapper = mapper;
        this.events = events;
    }

    /** Tells listeners (notifications) what was recorded; they act after commit, so a rollback tells nobody. */
    private void published(ReviewEvent event, List<Long> subjectIds) {
        events.publishEvent(new ReviewRecorded(event.getSubjectType(), subjectIds, event.getStep(), event.getAction(),
                event.getActorUsername(), event.getActorName(), event.getOpinion(), event.getTaskId(),
                event.getCounterpart()));
    }

    @Transactional
    public ReviewEvent record(String subjectType, Long subjectId, String step, ReviewAction action,
                              CurrentUser actor, Role role, String opinion) {
        ReviewEvent event = event(subjectType, subjectId, step, action, actor, role, opinion);
        mapper.insert(event);
        published(event, List.of(subjectId));
        return event;
    }

    private static ReviewEvent event(String subjectType, Long subjectId, String step, ReviewAction action,
                                     CurrentUser actor, Role role, String opinion) {
        ReviewEvent event = new ReviewEvent();
        event.setSubjectType(subjectType);
        event.setSubjectId(subjectId);
        event.setStep(step);
        event.setAction(action);
        event.setActorUsername(actor.username());
        event.setActorName(actor.displayName());
        event.setActorRole(role.name());
        event.setOpinion(opinion == null || opinion.isBlank() ? null : opinion.strip());
        event.setCreatedAt(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        return event;
    }

    /**
     * Records the decision of one engine task. The task id is unique among events (V11): of two requests deciding
     * the same task at once, the second insert fails on that key and is answered 409 with {@code lostRace}; its
     * transaction, engine work included, rolls back.
     */
    @Transactional
    public ReviewEvent recordDecision(String subjectType, Long subjectId, String step, ReviewAction action,
                                      CurrentUser actor, Role role, String opinion, String taskId, String lostRace) {
        return recordMarked(subjectType, subjectId, step, action, actor, role, opinion, taskId, lostRace, Marks.NONE);
    }

    /** The marks of the history (V46): 代 X (a deputy acted for X) and the other party of 转办/委派/交回. */
    public record Marks(String onBehalfOf, String onBehalfOfName, String counterpart, String counterpartName) {
        public static final Marks NONE = new Marks(null, null, null, null);
    }

    /** An event with its marks; with a {@code taskId} it is that task's one decision, as {@link #recordDecision}. */
    @Transactional
    public ReviewEvent recordMarked(String subjectType, Long subjectId, String step, ReviewAction action,
                                    CurrentUser actor, Role role, String opinion, String taskId, String lostRace,
                                    Marks marks) {
        ReviewEvent event = event(subjectType, subjectId, step, action, actor, role, opinion);
        event.setTaskId(taskId);
        event.setOnBehalfOf(marks.onBehalfOf());
        event.setOnBehalfOfName(marks.onBehalfOfName());
        event.setCounterpart(marks.counterpart());
        event.setCounterpartName(marks.counterpartName());
        try {
            mapper.insert(event);
        } catch (DuplicateKeyException | PessimisticLockingFailureException raced) {
            throw new ConflictException(lostRace);
        }
        published(event, List.of(subjectId));
        return event;
    }

    /** The event that decided the engine task, if any (a task that is gone was decided, withdrawn or never was). */
    @Transactional(readOnly = true)
    public ReviewEvent decisionOf(String taskId) {
        return taskId == null ? null : mapper.findByTaskId(taskId);
    }

    /** The system's own events (到期提醒, 逾期) for many subjects at once, in chunks of 500. */
    @Transactional
    public void recordSystemEvent(String subjectType, List<Long> subjectIds, String step, ReviewAction action,
                                  String note) {
        ReviewEvent event = new ReviewEvent();
        event.setSubjectType(subjectType);
        event.setStep(step);
        event.setAction(action);
        event.setActorUsername(SYSTEM_USERNAME);
        event.setActorName(SYSTEM_NAME);
        event.setActorRole(SYSTEM_ROLE);
        event.setOpinion(note);
        event.setCreatedAt(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        for (int from = 0; from < subjectIds.size(); from += 500) {
            mapper.insertForAll(event, subjectIds.subList(from, Math.min(subjectIds.size(), from + 500)));
        }
        if (!subjectIds.isEmpty()) {
            published(event, List.copyOf(subjectIds));
        }
    }

    @Transactional(readOnly = true)
    public List<ReviewEvent> history(String subjectType, Long subjectId) {
        return mapper.findBySubject(subjectType, subjectId);
    }
}
