package org.jixiao.approval.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jixiao.approval.ReviewService;
import org.jixiao.approval.ReviewTask;
import org.jixiao.approval.TaskHandovers;
import org.jixiao.org.CurrentUser;
import org.jixiao.security.CurrentUserProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reviewer's tools that hand a task over (issue 13 §3): 转办, 委派 and 交回. Scope as for deciding the task
 * (unknown or out of scope 404, not the caller's 403, moved on 409); a recipient who could not hold the step 422.
 */
@RestController
@RequestMapping("/api/tasks")
@Tag(name = "待办", description = "Open review tasks of the caller; approve or return with an opinion")
class TaskToolsController {
    private final TaskHandovers handovers;
    private final ReviewService reviews;
    private final CurrentUserProvider currentUser;

    TaskToolsController(TaskHandovers handovers, ReviewService reviews, CurrentUserProvider currentUser) {
        this.handovers = handovers;
        this.reviews = reviews;
        this.currentUser = currentUser;
    }

    record TransferRequest(String toUser, String opinion) {
    }

    record DelegateRequest(String toUser, String note) {
    }

    record ResolveRequest(String opinion) {
    }

    record HandoverResult(String taskId, Long subjectId, String action, String holder) {
    }

    record Candidate(String username, String displayName) {
    }

    @PostMapping("/{id}/transfer")
    @Operation(summary = "转办: give the task to a user who could hold the step (same role and unit/department/"
            + "bureau; else 422 on toUser); only its holder may, once (a concurrent one 409); recorded as TRANSFER")
    HandoverResult transfer(@PathVariable String id, @RequestBody(required = false) TransferRequest body) {
        CurrentUser user = currentUser.require();
        ReviewTask task = reviews.task(id, user);
        String to = body == null ? null : body.toUser();
        handovers.transfer(id, user, to, body == null ? null : body.opinion());
        return new HandoverResult(id, task.subjectId(), "TRANSFER", to);
    }

    @PostMapping("/{id}/delegate")
    @Operation(summary = "委派: a colleague who could hold the step reviews the task and hands it back "
            + "(POST /resolve); meanwhile neither decides it (409); recorded as DELEGATE")
    HandoverResult delegate(@PathVariable String id, @RequestBody(required = false) DelegateRequest body) {
        CurrentUser user = currentUser.require();
        ReviewTask task = reviews.task(id, user);
        String to = body == null ? null : body.toUser();
        handovers.delegate(id, user, to, body == null ? null : body.note());
        return new HandoverResult(id, task.subjectId(), "DELEGATE", to);
    }

    @PostMapping("/{id}/resolve")
    @Operation(summary = "交回: the delegate hands a delegated task back to the delegator with an opinion; "
            + "recorded as RESOLVE")
    HandoverResult resolve(@PathVariable String id, @RequestBody(required = false) ResolveRequest body) {
        CurrentUser user = currentUser.require();
        ReviewTask task = reviews.task(id, user);
        handovers.resolve(id, user, body == null ? null : body.opinion());
        String holder = handovers.holdingOf(id).map(h -> h.assignee()).orElse(null);
        return new HandoverResult(id, task.subjectId(), "RESOLVE", holder);
    }

    @GetMapping("/{id}/handover-candidates")
    @Operation(summary = "The users the caller may transfer or delegate the task to")
    List<Candidate> candidates(@PathVariable String id) {
        CurrentUser user = currentUser.require();
        reviews.task(id, user);
        return handovers.candidates(id, user).stream().map(p -> new Candidate(p.username(), p.displayName())).toList();
    }
}
