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

    @Transactional(readOnly = true)
    public List<ReviewEvent> history(String subjectType, Long subjectId) {
        return mapper.findBySubject(subjectType, subjectId);
    }
}
