package org.jixiao.targets.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.jixiao.org.CurrentUser;
import org.jixiao.security.CurrentUserProvider;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.targets.TargetChange;
import org.jixiao.targets.TargetStatus;
import org.jixiao.targets.TargetVersions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/targets")
@Tag(name = "目标调整", description = "Adjusting approved targets: versions, adjustment requests and what changed")
class TargetVersionController {
    private final TargetVersions versions;
    private final CurrentUserProvider currentUser;

    TargetVersionController(TargetVersions versions, CurrentUserProvider currentUser) {
        this.versions = versions;
        this.currentUser = currentUser;
    }

    record AdjustmentRequest(String reason) {
    }

    record VersionJson(Long id, int versionNo, TargetStatus status, String reason, Long adjustsTargetId,
                       String createdBy, Instant createdAt, Instant approvedAt) {
        static VersionJson of(PerformanceTarget t) {
            return new VersionJson(t.getId(), t.getVersionNo(), t.getStatus(), t.getAdjustmentReason(),
                    t.getAdjustsTargetId(), t.getCreatedBy(), t.getCreatedAt(), t.getApprovedAt());
        }
    }

    record ChangeJson(TargetChange.Section section, String item, TargetChange.Kind change, String field,
                      String label, String before, String after) {
        static ChangeJson of(TargetChange c) {
            return new ChangeJson(c.section(), c.item(), c.kind(), c.field(), c.label(), c.before(), c.after());
        }
    }

    @PostMapping("/{id}/adjustments")
    @Operation(summary = "Request an adjustment of an approved target (STAFF of its unit): a new draft version → 201")
    ResponseEntity<TargetJson> requestAdjustment(@PathVariable Long id,
                                                 @RequestBody(required = false) AdjustmentRequest body) {
        PerformanceTarget draft = versions.requestAdjustment(user(), id, body == null ? null : body.reason());
        return ResponseEntity.created(URI.create("/api/targets/" + draft.getId())).body(TargetJson.of(draft));
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "Every version of the target, oldest first")
    List<VersionJson> versions(@PathVariable Long id) {
        return versions.versions(user(), id).stream().map(VersionJson::of).toList();
    }

    @GetMapping("/{id}/diff")
    @Operation(summary = "What changed from version `against` (default: the version this one adjusts) to this one")
    List<ChangeJson> diff(@PathVariable Long id, @RequestParam(required = false) Long against) {
        return versions.diff(user(), id, against).stream().map(ChangeJson::of).toList();
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Abandon an adjustment that is a draft or returned (STAFF of its unit) → 204")
    ResponseEntity<Void> abandon(@PathVariable Long id) {
        versions.abandon(user(), id);
        return ResponseEntity.noContent().build();
    }

    private CurrentUser user() {
        return currentUser.require();
    }
}
