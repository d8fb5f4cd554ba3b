package org.jixiao.approval;

import org.jixiao.approval.internal.DeadlineMapper;
import org.jixiao.approval.internal.DeadlineMapper.OpenTask;
import org.jixiao.common.ConflictException;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.Limits;
import org.jixiao.common.NotFoundException;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 催办 by the submitter (issue 13 §4): whoever last submitted a subject urges the holders of its open review task.
 * At most once per task per bureau day, guarded by the key of {@code task_urge} (V51): of concurrent urges one is
 * recorded, the others are told 409. Recorded in the history (URGE), which notify turns into URGED for the holders.
 */
@Service
public class TaskUrges {
    public static final int MESSAGE_LIMIT = 500;
    static final String ALREADY = "今天已催办过该环节，请明天再催办";

    private final DeadlineMapper mapper;
    private final AuditTrail audit;
    private final ReviewCalendar calendar;
    private final ObjectProvider<ReviewSubjects> subjects;

    TaskUrges(DeadlineMapper mapper, AuditTrail audit, ReviewCalendar calendar,
              ObjectProvider<ReviewSubjects> subjects) {
        this.mapper = mapper;
        this.audit = audit;
        this.calendar = calendar;
        this.subjects = subjects;
    }

    /**
     * Urges the holders of the open task {@code taskId}. Unknown or out of scope → 404; decided already → 409; the
     * caller did not submit the subject → 403; urged today already → 409; a message over 500 characters → 422.
     */
    @Transactional
    public ReviewEvent urge(String taskId, CurrentUser user, String message) {
        Limits.requireText("message", "催办说明", message, MESSAGE_LIMIT);
        OpenTask task = taskId == null ? null : mapper.openTask(taskId);
        if (task == null) {
            ReviewEvent decided = audit.decisionOf(taskId);
            ReviewSubjects kind = decided == null ? null : kind(decided.getSubjectType());
            if (kind != null && kind.visibleTo(user, decided.getSubjectId())) {
                throw new ConflictException("该环节已办结，无需催办");
            }
            throw new NotFoundException("待办任务 " + taskId + " 不存在");
        }
        ReviewSubjects kind = kind(task.subjectType());
        if (kind == null || !kind.visibleTo(user, task.subjectId())) {
            throw new NotFoundException("待办任务 " + taskId + " 不存在");
        }
        if (!user.username().equals(mapper.submitter(task.subjectType(), task.subjectId()))) {
            throw new ForbiddenException("只有送审人可以催办");
        }
        String note = message == null || message.isBlank() ? "请尽快审核“" + task.taskName() + "”" : message.strip();
        try {
            mapper.urge(taskId, calendar.today(), user.username(), note, calendar.now());
        } catch (DuplicateKeyException | PessimisticLockingFailureException urgedToday) {
            throw new ConflictException(ALREADY);
        }
        SubjectSummary summary = kind.describe(java.util.List.of(task.subjectId())).get(task.subjectId());
        return audit.record(task.subjectType(), task.subjectId(), summary == null ? null : summary.status(),
                ReviewAction.URGE, user, Role.STAFF, note);
    }

    private ReviewSubjects kind(String subjectType) {
        return subjects.orderedStream().filter(s -> s.subjectType().equals(subjectType)).findFirst().orElse(null);
    }
}
