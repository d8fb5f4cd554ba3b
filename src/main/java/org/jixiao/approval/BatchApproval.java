package org.jixiao.approval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jixiao.approval.process.EngineQueries;
import org.jixiao.approval.process.EngineTask;
import org.jixiao.common.ConflictException;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.Limits;
import org.jixiao.common.NotFoundException;
import org.jixiao.common.ValidationException;
import org.jixiao.org.CandidateGroups;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Batch approval (批量审核) for reviewers: up to {@link #MAX_ITEMS} tasks of the same type and step approved with
 * one opinion. The items are looked up together first (tasks, subjects, scope, roles: a handful of queries for the
 * whole batch instead of a dozen per item), then each is approved on its own, in its own transaction
 * ({@link ReviewDecisions#approveLookedUp}: claim, history event, engine), so one refusal or conflict leaves the
 * others done. Items that need something per item — a form to
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

    private final StepRules stepRules;
    private final ReviewService reviews;
    private final ReviewDecisions decisions;
    private final ReviewTasks reviewTasks;
    private final EngineQueries engine;
    private final Map<String, ReviewSubjects> subjects;
    private final TransactionTemplate readOnly;

    BatchApproval(ReviewService reviews, ReviewDecisions decisions, ReviewTasks reviewTasks, EngineQueries engine,
                  List<ReviewSubjects> subjects, PlatformTransactionManager transactions, StepRules stepRules) {
        this.reviews = reviews;
        this.decisions = decisions;
        this.reviewTasks = reviewTasks;
        this.engine = engine;
        this.stepRules = stepRules;
        this.subjects = subjects.stream().collect(Collectors.toMap(ReviewSubjects::subjectType, Function.identity()));
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
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
        Map<String, Item> items = readOnly.execute(tx -> lookUp(user, taskIds));
        List<Result> results = new ArrayList<>();
        String kind = null;
        for (String id : taskIds) {
            Result result;
            try {
                Item item = items.get(id);
                // not open, out of scope or not offered to the user: the single-task lookup says which (404/409/403)
                ReviewTask task = item != null ? item.task() : reviews.task(id, user);
                String refusal = refusal(task, kind, item != null ? item.refusal()
                        : batchRefusal(task));
                if (refusal != null) {
                    result = new Result(id, Outcome.REFUSED, new Problem(409, "不能批量审核", refusal));
                } else {
                    kind = kind == null ? kindOf(task) : kind;
                    if (item != null) {
                        decisions.approveLookedUp(task, item.role(), user, opinion);
                    } else {
                        reviews.approve(id, user, opinion);
                    }
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

    /** An item found open, in the user's scope and offered to them, with its role and its per-subject refusal. */
    private record Item(ReviewTask task, Role role, String refusal) {
    }

    /**
     * The whole batch read at once (issue 12 §2: 200 items): one engine query for the tasks and their processes, and
     * per kind of subject one read of the subjects, their scope and their batch refusals; one task query per
     * candidate group of the user for the role. Items left out go through the single-task lookup.
     */
    private Map<String, Item> lookUp(CurrentUser user, List<String> taskIds) {
        Map<String, Role> roles = new HashMap<>();
        List<EngineTask> open = engine.tasks(taskIds);
        if (open.isEmpty()) {
            return Map.of();
        }
        List<String> openIds = open.stream().map(EngineTask::id).toList();
        for (String group : CandidateGroups.of(user)) {
            Role role = CandidateGroups.roleOf(group);
            engine.offeredTo(openIds, group).forEach(id -> roles.putIfAbsent(id, role));
        }
        Map<String, Item> items = new HashMap<>();
        Map<String, List<EngineTask>> byProcess = open.stream().filter(t -> roles.get(t.id()) != null)
                .collect(Collectors.groupingBy(EngineTask::processKey));
        for (ReviewSubjects own : subjects.values()) {
            List<EngineTask> tasks = byProcess.getOrDefault(own.processKey(), List.of());
            Set<Long> visible = own.visibleAmong(user, tasks.stream().map(EngineTask::subjectId).toList());
            List<ReviewTask> described = reviewTasks.toReviewTasks(own,
                    tasks.stream().filter(t -> visible.contains(t.subjectId())).toList());
            Map<String, Map<Long, String>> refusals = new HashMap<>();
            described.stream().collect(Collectors.groupingBy(ReviewTask::taskKey)).forEach((key, atStep) ->
                    refusals.put(key, own.batchRefusals(key, atStep.stream().map(ReviewTask::subjectId).toList())));
            described.forEach(task -> items.put(task.id(), new Item(task, roles.get(task.id()),
                    refusals.get(task.taskKey()).get(task.subjectId()))));
        }
        return items;
    }

    private String batchRefusal(ReviewTask task) {
        ReviewSubjects own = subjects.get(task.subjectType());
        return own == null ? null : own.batchRefusal(task.taskKey(), task.subjectId());
    }

    /**
     * Why this task is not approved in this batch, or null. {@code kind}: type and step of the batch so far;
     * {@code subjectRefusal}: what the subject's feature says ({@link ReviewSubjects#batchRefusal}).
     */
    private String refusal(ReviewTask task, String kind, String subjectRefusal) {
        if (!task.decisions().contains(ReviewDecision.APPROVE)) {
            return "“" + task.name() + "”须在对应页面填报并提交，不能批量审核";
        }
        if (kind != null && !kind.equals(kindOf(task))) {
            return "批量审核只能选择同一类型、同一环节的待办（本项为“" + task.name() + "”）";
        }
        if (stepRules.gradingRequired(task.id())) {
            return "“" + task.name() + "”须逐项填写绩效目标审核表（88号），不能批量审核";
        }
        return subjectRefusal;
    }

    /** The steps of a configured chain share one BPMN task (the review loop), so the step is told by its name too. */
    private static String kindOf(ReviewTask task) {
        return task.subjectType() + "/" + task.taskKey() + "/" + task.name();
    }
}
