package org.jixiao.approval.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jixiao.approval.AddedSigners;
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
    private final AddedSigners signers;

    TaskToolsController(TaskHandovers handovers, ReviewService reviews, CurrentUserProvider currentUser,
                        AddedSigners signers) {
        this.handovers = handovers;
        this.reviews = reviews;
        this.currentUser = currentUser;
        this.signers = signers;
    }

    /** {@code position}: BEFORE (the signer reviews first) or AFTER (once this step approves). */
    record AddSignerRequest(String user, String position, String note) {
    }

    record AddSignerResult(String taskId, Long subjectId, String action, String signer, String signerName) {
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

    @PostMapping("/{id}/add-signer")
    @Operation(summary = "加签 for this case only: user (someone who may see the subject and holds a review post for "
            + "it: a step of the chain, the unit's leader, the department's or the bureau's reviewers; else 422 on "
            + "user), position BEFORE (the signer reviews first, then this step's holders) or AFTER (once this step "
            + "approves, the signer, then on along the chain), note. Only the holder (403/404), once per task (409); "
            + "recorded as SIGN_BEFORE / SIGN_AFTER")
    AddSignerResult addSigner(@PathVariable String id, @RequestBody(required = false) AddSignerRequest body) {
        CurrentUser user = currentUser.require();
        ReviewTask task = reviews.task(id, user);
        var added = signers.add(id, user, body == null ? null : body.user(), body == null ? null : body.position(),
                body == null ? null : body.note());
        return new AddSignerResult(id, task.subjectId(), added.before() ? "SIGN_BEFORE" : "SIGN_AFTER",
                added.getUsername(), added.getDisplayName());
    }

    @GetMapping("/{id}/signer-candidates")
    @Operation(summary = "The users the caller may add as a signer (加签) on the task")
    List<Candidate> signerCandidates(@PathVariable String id) {
        return signers.candidates(id, currentUser.require()).stream()
                .map(p -> new Candidate(p.username(), p.displayName())).toList();
    }

    @GetMapping("/{id}/handover-candidates")
    @Operation(summary = "The users the caller may transfer or delegate the task to")
    List<Candidate> candidates(@PathVariable String id) {
        CurrentUser user = currentUser.require();
        reviews.task(id, user);
        return handovers.candidates(id, user).stream().map(p -> new Candidate(p.username(), p.displayName())).toList();
    }
}
