package org.jixiao.notify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jixiao.approval.ReviewAction;
import org.jixiao.approval.ReviewService;
import org.jixiao.approval.ReviewSubjectTypes;
import org.jixiao.approval.ReviewSubjects;
import org.jixiao.approval.ReviewTask;
import org.jixiao.approval.TaskAudience;
import org.jixiao.approval.TaskCopies;
import org.jixiao.notify.internal.CcMapper;
import org.jixiao.common.ConflictException;
import org.jixiao.common.FieldViolation;
import org.jixiao.common.Limits;
import org.jixiao.common.ValidationException;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgDirectory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 抄送 (issue 13 §3): the holder of an open task copies it to colleagues, who get a CC notice and a row in
 * 抄送我的. A CC never widens anyone's data scope: it may go only to active users of the same finance bureau whose
 * scope already includes the subject (a unit's staff and leader, its department, the bureau's reviewers), so the
 * copy is a pointer to something they may already read, and nothing leaks to another unit. Anyone else is refused
 * with 422 naming the user. A user already copied on the task is skipped; a request that copies nobody new is 409.
 */
@Service
public class CarbonCopies implements TaskCopies {
    /** How many people one request may copy. */
    public static final int MAX_RECIPIENTS = 20;

    private final ReviewService reviews;
    private final OrgDirectory directory;
    private final CcMapper mapper;
    private final Notifications notifications;
    private final ReviewSubjectTypes subjects;
    private final TaskAudience audience;

    CarbonCopies(ReviewService reviews, OrgDirectory directory, CcMapper mapper, Notifications notifications,
                 ReviewSubjectTypes subjects, TaskAudience audience) {
        this.audience = audience;
        this.reviews = reviews;
        this.directory = directory;
        this.mapper = mapper;
        this.notifications = notifications;
        this.subjects = subjects;
    }

    /** Whom the holder may copy the task to (the review screen's picker): the bureau's people who may see it. */
    @Override
    @Transactional(readOnly = true)
    public List<CurrentUser> candidates(String taskId, CurrentUser holder) {
        ReviewTask task = reviews.task(taskId, holder);
        return audience.of(task).stream().filter(u -> !u.id().equals(holder.id())
                && Objects.equals(u.financeBureauId(), holder.financeBureauId())).toList();
    }

    /** The users newly copied (display names), in request order. */
    @Override
    @Transactional
    public List<String> copy(String taskId, CurrentUser holder, List<String> usernames, String note) {
        ReviewTask task = reviews.task(taskId, holder);
        Map<String, CurrentUser> recipients = recipients(task, holder, usernames, note);
        List<CurrentUser> added = new ArrayList<>();
        for (CurrentUser recipient : recipients.values()) {
            if (mapper.exists(taskId, recipient.id()) > 0) {
                continue;
            }
            try {
                mapper.insert(row(task, recipient, holder, note));
                added.add(recipient);
            } catch (DuplicateKeyException sentAtTheSameTime) {
                // another request copied this user to this task first: one row per user
            }
        }
        if (added.isEmpty()) {
            throw new ConflictException("已抄送给所选人员，请勿重复操作");
        }
        List<String> names = added.stream().map(CurrentUser::displayName).toList();
        String text = "抄送：" + String.join("、", names) + (note == null || note.isBlank() ? "" : "。" + note.strip());
        reviews.note(task.subjectType(), task.subjectId(), task.subjectStatus(), ReviewAction.CC, holder,
                reviews.roleOn(taskId, holder), text.length() <= Limits.OPINION ? text : text.substring(0, Limits.OPINION));
        Notification notice = new Notification();
        notice.setKind(NotificationKind.CC);
        notice.setSubjectType(task.subjectType());
        notice.setSubjectId(task.subjectId());
        notice.setSubjectName(task.subjectName());
        notice.setStepName(task.name());
        notice.setActorName(holder.displayName());
        notice.setOpinion(note == null || note.isBlank() ? null : note.strip());
        notice.setLocation(SubjectLinks.of(task.subjectType(), task.subjectId()));
        notifications.tell(notice, added.stream().map(CurrentUser::id).toList());
        return names;
    }

    /** Everyone named, checked before anything is written: all may be copied, or the request is refused. */
    private Map<String, CurrentUser> recipients(ReviewTask task, CurrentUser holder, List<String> usernames,
                                                String note) {
        List<FieldViolation> problems = new ArrayList<>();
        Limits.text(problems, "note", "抄送说明", note, Limits.OPINION);
        if (usernames == null || usernames.isEmpty()) {
            problems.add(new FieldViolation("users", "请选择要抄送的人员"));
        } else if (usernames.size() > MAX_RECIPIENTS) {
            problems.add(new FieldViolation("users", "一次最多抄送 " + MAX_RECIPIENTS + " 人"));
        }
        Map<String, CurrentUser> found = new LinkedHashMap<>();
        ReviewSubjects kind = Objects.requireNonNull(subjects.find(task.subjectType()), task.subjectType());
        for (int i = 0; problems.isEmpty() && i < usernames.size(); i++) {
            String name = usernames.get(i);
            String field = "users[" + i + "]";
            CurrentUser user = name == null || name.isBlank() || name.length() > Limits.KEY ? null
                    : directory.currentUser(name.strip()).orElse(null);
            if (user == null) {
                problems.add(new FieldViolation(field, "用户“" + abbreviated(name) + "”不存在或已停用"));
            } else if (user.id().equals(holder.id())) {
                problems.add(new FieldViolation(field, "不能抄送给自己"));
            } else if (!Objects.equals(user.financeBureauId(), holder.financeBureauId())) {
                problems.add(new FieldViolation(field, user.displayName() + " 不属于本财政局，不能抄送"));
            } else if (!kind.visibleTo(user, task.subjectId())) {
                problems.add(new FieldViolation(field, user.displayName() + " 的数据范围不包括该事项，不能抄送"));
            } else {
                found.put(user.username(), user);
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems.get(0).message(), problems);
        }
        return found;
    }

    private static CcItem row(ReviewTask task, CurrentUser recipient, CurrentUser holder, String note) {
        CcItem row = new CcItem();
        row.setTaskId(task.id());
        row.setTaskName(task.name());
        row.setSubjectType(task.subjectType());
        row.setSubjectId(task.subjectId());
        row.setSubjectName(task.subjectName());
        row.setUnitName(task.unitName());
        row.setRecipientId(recipient.id());
        row.setSenderName(holder.displayName());
        row.setNote(note == null || note.isBlank() ? null : note.strip());
        row.setCreatedAt(Notifications.now());
        return row;
    }

    private static String abbreviated(String name) {
        return name == null ? "" : name.length() <= 32 ? name : name.substring(0, 32) + "…";
    }

    /** 抄送我的, newest first. */
    @Transactional(readOnly = true)
    public Notifications.PageOf<CcItem> copiedTo(CurrentUser user, int page, int size) {
        int bounded = Math.max(1, Math.min(size, Notifications.MAX_PAGE_SIZE));
        return new Notifications.PageOf<>(mapper.page(user.id(), bounded, (long) Math.max(0, page) * bounded),
                mapper.count(user.id()));
    }
}
