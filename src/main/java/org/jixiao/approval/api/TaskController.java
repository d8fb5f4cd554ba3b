package org.jixiao.approval.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.jixiao.approval.BatchApproval;
import org.jixiao.approval.ReviewService;
import org.jixiao.approval.ReviewTask;
import org.jixiao.common.Limits;
import org.jixiao.org.CurrentUser;
import org.jixiao.security.CurrentUserProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tasks")
@Tag(name = "待办", description = "Open review tasks of the caller; approve or return with an opinion")
class TaskController {
    private final ReviewService reviews;
    private final CurrentUserProvider currentUser;
    private final BatchApproval batch;

    TaskController(ReviewService reviews, CurrentUserProvider currentUser, BatchApproval batch) {
        this.reviews = reviews;
        this.currentUser = currentUser;
        this.batch = batch;
    }

    /**
     * {@code type} is what the task is about ({@code TARGET}, {@code MONITORING_REPORT}); {@code targetId} and
     * {@code targetName} are kept for targets, {@code subjectId}/{@code subjectName} work for every type;
     * {@code decisions} lists what this API may do with the task (empty: complete it through its own form).
     */
    record TaskJson(String id, String name, String type, String step, Long subjectId, String subjectName,
                    Long targetId, String targetName, String unitName, String status, Instant created,
                    List<String> decisions) {
        static TaskJson of(ReviewTask t) {
            boolean target = "TARGET".equals(t.subjectType());
            return new TaskJson(t.id(), t.name(), t.subjectType(), t.taskKey(), t.subjectId(), t.subjectName(),
                    target ? t.subjectId() : null, target ? t.subjectName() : null, t.unitName(),
                    t.subjectStatus(), t.created(), t.decisions().stream().map(Enum::name).sorted().toList());
        }
    }

    record OpinionRequest(String opinion) {
        /** The opinion, refused (422) when longer than the history can keep, before any task is touched. */
        static String of(OpinionRequest body) {
            String opinion = body == null ? null : body.opinion();
            Limits.requireText("opinion", "审核意见", opinion, Limits.OPINION);
            return opinion;
        }
    }

    record DecisionResult(String taskId, Long targetId, String action) {
    }

    @GetMapping
    @Operation(summary = "My open tasks, newest first")
    List<TaskJson> list() {
        return reviews.inbox(user()).stream().map(TaskJson::of).toList();
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Approve (opinion optional)")
    DecisionResult approve(@PathVariable String id, @RequestBody(required = false) OpinionRequest body) {
        String opinion = OpinionRequest.of(body);
        CurrentUser user = user();
        ReviewTask task = reviews.task(id, user);
        reviews.approve(id, user, opinion);
        return new DecisionResult(id, task.subjectId(), "APPROVE");
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "Return to the drafter; a non-blank opinion is required (else 422)")
    DecisionResult returnToDrafter(@PathVariable String id, @RequestBody(required = false) OpinionRequest body) {
        String opinion = OpinionRequest.of(body);
        CurrentUser user = user();
        ReviewTask task = reviews.task(id, user);
        reviews.returnToDrafter(id, user, opinion);
        return new DecisionResult(id, task.subjectId(), "RETURN");
    }

    @PostMapping("/{id}/rectify")
    @Operation(summary = "Require rectification (整改) where the process offers it; the requirement is mandatory (else 422)")
    DecisionResult rectify(@PathVariable String id, @RequestBody(required = false) OpinionRequest body) {
        String opinion = OpinionRequest.of(body);
        CurrentUser user = user();
        ReviewTask task = reviews.task(id, user);
        reviews.requireRectification(id, user, opinion);
        return new DecisionResult(id, task.subjectId(), "RECTIFY");
    }

    record BatchApproveRequest(List<String> taskIds, String opinion) {
    }

    record BatchApproveResponse(List<BatchApproval.Result> results) {
    }

    @PostMapping("/batch/approve")
    @Operation(summary = "批量审核通过: up to 200 tasks of one type and step with one opinion; each item on its own "
            + "(its own transaction), items needing per-item work refused with the reason")
    BatchApproveResponse batchApprove(@RequestBody(required = false) BatchApproveRequest body) {
        if (body == null) {
            throw org.jixiao.common.ValidationException.of("taskIds", "请选择要批量审核通过的待办");
        }
        return new BatchApproveResponse(batch.approve(user(), body.taskIds(), body.opinion()));
    }

    private CurrentUser user() {
        return currentUser.require();
    }
}
