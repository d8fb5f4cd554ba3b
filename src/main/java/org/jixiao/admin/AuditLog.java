package org.jixiao.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jixiao.admin.internal.AuditEntry;
import org.jixiao.admin.internal.AuditMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every admin action, written in the transaction of the change itself: a change that rolls back leaves no entry,
 * and no change is ever without one. Snapshots never hold password hashes.
 */
@Service
public class AuditLog {
    private static final int MAX_JSON = 4000;
    private final AuditMapper mapper;
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

    AuditLog(AuditMapper mapper) {
        this.mapper = mapper;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void record(String actor, String action, String subjectType, Long subjectId, String subjectName,
                Object before, Object after) {
        AuditEntry entry = new AuditEntry();
        entry.setOccurredAt(LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS));
        entry.setActor(actor);
        entry.setAction(action);
        entry.setSubjectType(subjectType);
        entry.setSubjectId(subjectId);
        entry.setSubjectName(subjectName == null || subjectName.length() <= 200 ? subjectName : subjectName.substring(0, 200));
        entry.setBeforeJson(write(before));
        entry.setAfterJson(write(after));
        mapper.insert(entry);
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> page(int limit, int offset) {
        return mapper.page(Math.max(1, Math.min(limit, 500)), Math.max(0, offset));
    }

    @Transactional(readOnly = true)
    public long count() {
        return mapper.count();
    }

    private String write(Object snapshot) {
        if (snapshot == null) {
            return null;
        }
        try {
            String text = json.writeValueAsString(snapshot);
            return text.length() <= MAX_JSON ? text : text.substring(0, MAX_JSON - 1) + "…";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
