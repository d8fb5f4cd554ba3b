package org.jixiao.targets.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.jixiao.approval.ReviewEvent;
import org.jixiao.common.FieldViolation;
import org.jixiao.org.CurrentUser;
import org.jixiao.security.CurrentUserProvider;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.targets.TargetKind;
import org.jixiao.targets.TargetService;
import org.jixiao.targets.TargetSubmission;
import org.jixiao.targets.TargetStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/targets")
@Tag(name = "绩效目标", description = "Drafting, copying, submitting and withdrawing performance targets")
class TargetController {
    private final TargetService targets;
    private final TargetSubmission submission;
    private final CurrentUserProvider currentUser;

    TargetController(TargetService targets, TargetSubmission submission, CurrentUserProvider currentUser) {
        this.submission = submission;
        this.targets = targets;
        this.currentUser = currentUser;
    }

    record TargetSummary(Long id, TargetKind kind, Integer fiscalYear, String unitCode, String unitName,
                         String projectCode, String name, BigDecimal fiscalFunds, BigDecimal otherFunds,
                         TargetStatus status, Integer version, Instant updatedAt) {
        static TargetSummary of(PerformanceTarget t) {
            return new TargetSummary(t.getId(), t.getKind(), t.getFiscalYear(), t.getUnitCode(), t.getUnitName(),
                    t.getProjectCode(), t.getName(), t.getFiscalFunds(), t.getOtherFunds(), t.getStatus(),
                    t.getVersion(), t.getUpdatedAt());
        }
    }

    record CopyRequest(Integer fiscalYear) {
    }

    /** {@code onBehalfOf}: 代 X (a deputy acted for X); {@code counterpart}: who got a 转办/委派/交回. */
    record HistoryEntry(String step, String action, String actorUsername, String actorName, String actorRole,
                        String opinion, Instant createdAt, String onBehalfOf, String counterpart) {
        static HistoryEntry of(ReviewEvent e) {
            return new HistoryEntry(e.getStep(), e.getAction().name(), e.getActorUsername(), e.getActorName(),
                    e.getActorRole(), e.getOpinion(), e.getCreatedAt(), e.getOnBehalfOfName(), e.getCounterpartName());
        }
    }

    @GetMapping
    @Operation(summary = "Targets in the caller's scope, optionally by fiscal year and status")
    List<TargetSummary> list(@RequestParam(required = false) Integer fiscalYear,
                             @RequestParam(required = false) TargetStatus status) {
        return targets.list(user(), fiscalYear, status).stream().map(TargetSummary::of).toList();
    }

    @PostMapping
    @Operation(summary = "Create a draft (STAFF of the unit)")
    ResponseEntity<TargetJson> create(@RequestBody TargetJson body) {
        PerformanceTarget created = targets.create(user(), body.toDomain());
        return ResponseEntity.created(URI.create("/api/targets/" + created.getId())).body(TargetJson.of(created));
    }

    @GetMapping("/{id}")
    TargetJson get(@PathVariable Long id) {
        return TargetJson.of(targets.get(user(), id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Save a draft; the body's version must be current (else 409)")
    TargetJson update(@PathVariable Long id, @RequestBody TargetJson body) {
        if (body.version() == null) {
            throw org.jixiao.common.ValidationException.of("version", "请提供版本号 version（用于防止覆盖他人的修改）");
        }
        return TargetJson.of(targets.update(user(), id, body.toDomain()));
    }

    @GetMapping("/{id}/checks")
    @Operation(summary = "Submission checks of the stored target, without submitting")
    List<FieldViolation> checks(@PathVariable Long id) {
        return targets.check(user(), id);
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit into the approval chain (failed checks → 422 with every field error)")
    TargetJson submit(@PathVariable Long id) {
        return TargetJson.of(submission.submit(user(), id));
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "Withdraw a submission before the unit leader acts")
    TargetJson withdraw(@PathVariable Long id) {
        return TargetJson.of(submission.withdraw(user(), id));
    }

    @PostMapping("/{id}/copy")
    @Operation(summary = "Copy as a new draft, optionally into another fiscal year")
    ResponseEntity<TargetJson> copy(@PathVariable Long id, @RequestBody(required = false) CopyRequest body) {
        PerformanceTarget copy = targets.copy(user(), id, body == null ? null : body.fiscalYear());
        return ResponseEntity.created(URI.create("/api/targets/" + copy.getId())).body(TargetJson.of(copy));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Audit trail: who, role, step, action, opinion, time")
    List<HistoryEntry> history(@PathVariable Long id) {
        return targets.history(user(), id).stream().map(HistoryEntry::of).toList();
    }

    private CurrentUser user() {
        return currentUser.require();
    }
}
