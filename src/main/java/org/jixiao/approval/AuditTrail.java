package org.jixiao.approval;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.Role;
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
        mapper.insert(event);
        return event;
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
