package org.jixiao.approval;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jixiao.approval.internal.ReviewEventMapper;
import org.jixiao.common.ConflictException;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.Role;
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

    AuditTrail(ReviewEventMapper mapper) {
        this.mapper = mapper;
    }

    @Transactional
    public ReviewEvent record(String subjectType, Long subjectId, String step, ReviewAction action,
                              CurrentUser actor, Role role, String opinion) {
        ReviewEvent event = event(subjectType, subjectId, step, action, actor, role, opinion);
        mapper.insert(event);
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
        ReviewEvent event = event(subjectType, subjectId, step, action, actor, role, opinion);
        event.setTaskId(taskId);
        try {
            mapper.insert(event);
        } catch (DuplicateKeyException | PessimisticLockingFailureException raced) {
            throw new ConflictException(lostRace);
        }
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
    }

    @Transactional(readOnly = true)
    public List<ReviewEvent> history(String subjectType, Long subjectId) {
        return mapper.findBySubject(subjectType, subjectId);
    }
}
