package org.jixiao.approval.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.jixiao.approval.ReviewService;
import org.jixiao.approval.ReviewTask;
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

    TaskController(ReviewService reviews, CurrentUserProvider currentUser) {
        this.reviews = reviews;
        this.currentUser = currentUser;
    }

    record TaskJson(String id, String name, String type, Long targetId, String targetName, String unitName,
                    String status, Instant created) {
        static TaskJson of(ReviewTask t) {
            return new TaskJson(t.id(), t.name(), t.subjectType(), t.subjectId(), t.subjectName(), t.unitName(),
                    t.subjectStatus(), t.created());
        }
    }

    record OpinionRequest(String opinion) {
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
        CurrentUser user = user();
        ReviewTask task = reviews.task(id, user);
        reviews.approve(id, user, body == null ? null : body.opinion());
        return new DecisionResult(id, task.subjectId(), "APPROVE");
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "Return to the drafter; a non-blank opinion is required (else 422)")
    DecisionResult returnToDrafter(@PathVariable String id, @RequestBody(required = false) OpinionRequest body) {
        CurrentUser user = user();
        ReviewTask task = reviews.task(id, user);
        reviews.returnToDrafter(id, user, body == null ? null : body.opinion());
        return new DecisionResult(id, task.subjectId(), "RETURN");
    }

    private CurrentUser user() {
        return currentUser.require();
    }
}
