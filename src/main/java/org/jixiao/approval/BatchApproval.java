package org.jixiao.approval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jixiao.common.ConflictException;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.Limits;
import org.jixiao.common.NotFoundException;
import org.jixiao.common.ValidationException;
import org.jixiao.org.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * Batch approval (批量审核) for reviewers: up to {@link #MAX_ITEMS} tasks of the same type and step approved with
 * one opinion. Each item goes through {@link ReviewService#approve} on its own, in its own transaction (this class
 * holds none), so one refusal or conflict leaves the others done. Items that need something per item — a form to
 * fill, a rectification to decide, a score to check ({@link ReviewSubjects#batchRefusal}) — are refused with the
 * reason, not approved.
 */
@Service
public class BatchApproval {
    public static final int MAX_ITEMS = 200;

    /** What happened to one item. */
    public enum Outcome { APPROVED, REFUSED, NOT_FOUND, FORBIDDEN, CONFLICT }

    /**
     * @param problem null when approved; else an RFC 9457-shaped problem ({@code status}, {@code title},
     *                {@code detail}) saying why this item was not approved
     */
    public record Result(String taskId, Outcome status, Problem problem) {
    }

    public record Problem(int status, String title, String detail) {
    }

    private final ReviewService reviews;
    private final Map<String, ReviewSubjects> subjects;

    BatchApproval(ReviewService reviews, List<ReviewSubjects> subjects) {
        this.reviews = reviews;
        this.subjects = subjects.stream().collect(Collectors.toMap(ReviewSubjects::subjectType, Function.identity()));
    }

    /** Checks the request as a whole (422 on the field), then approves item by item, in the order given. */
    public List<Result> approve(CurrentUser user, List<String> taskIds, String opinion) {
        if (taskIds == null || taskIds.isEmpty()) {
            throw ValidationException.of("taskIds", "请选择要批量审核通过的待办");
        }
        if (taskIds.size() > MAX_ITEMS) {
            throw ValidationException.of("taskIds", "一次最多批量审核 " + MAX_ITEMS + " 项，现为 " + taskIds.size() + " 项");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < taskIds.size(); i++) {
            String id = taskIds.get(i);
            if (id == null || id.isBlank() || id.length() > Limits.KEY) {
                throw ValidationException.of("taskIds[" + i + "]", "待办编号无效");
            }
            if (!seen.add(id)) {
                throw ValidationException.of("taskIds[" + i + "]", "待办 " + id + " 重复选择");
            }
        }
        Limits.requireText("opinion", "审核意见", opinion, Limits.OPINION);
        List<Result> results = new ArrayList<>();
        String kind = null;
        for (String id : taskIds) {
            Result result;
            try {
                ReviewTask task = reviews.task(id, user);
                String refusal = refusal(task, kind);
                if (refusal != null) {
                    result = new Result(id, Outcome.REFUSED, new Problem(409, "不能批量审核", refusal));
                } else {
                    kind = kind == null ? kindOf(task) : kind;
                    reviews.approve(id, user, opinion);
                    result = new Result(id, Outcome.APPROVED, null);
                }
            } catch (NotFoundException e) {
                result = new Result(id, Outcome.NOT_FOUND, new Problem(404, "未找到", e.getMessage()));
            } catch (ForbiddenException e) {
                result = new Result(id, Outcome.FORBIDDEN, new Problem(403, "无权操作", e.getMessage()));
            } catch (ConflictException e) {
                result = new Result(id, Outcome.CONFLICT, new Problem(409, "操作冲突", e.getMessage()));
            }
            results.add(result);
        }
        return results;
    }

    /** Why this task is not approved in this batch, or null. {@code kind}: type and step of the batch so far. */
    private String refusal(ReviewTask task, String kind) {
        if (!task.decisions().contains(ReviewDecision.APPROVE)) {
            return "“" + task.name() + "”须在对应页面填报并提交，不能批量审核";
        }
        if (kind != null && !kind.equals(kindOf(task))) {
            return "批量审核只能选择同一类型、同一环节的待办（本项为“" + task.name() + "”）";
        }
        ReviewSubjects own = subjects.get(task.subjectType());
        return own == null ? null : own.batchRefusal(task.taskKey(), task.subjectId());
    }

    /** The steps of a configured chain share one BPMN task (the review loop), so the step is told by its name too. */
    private static String kindOf(ReviewTask task) {
        return task.subjectType() + "/" + task.taskKey() + "/" + task.name();
    }
}
