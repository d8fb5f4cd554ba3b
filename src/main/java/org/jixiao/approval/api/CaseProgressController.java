package org.jixiao.approval.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.jixiao.approval.CaseProgress;
import org.jixiao.approval.ReviewEvent;
import org.jixiao.approval.StepRules;
import org.jixiao.approval.TaskUrges;
import org.jixiao.security.CurrentUserProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Where a case stands (issue 13 §5) and 催办 by its submitter (§4). */
@RestController
@Tag(name = "待办", description = "Open review tasks of the caller; approve or return with an opinion")
class CaseProgressController {
    private final CaseProgress progress;
    private final TaskUrges urges;
    private final CurrentUserProvider currentUser;

    CaseProgressController(CaseProgress progress, TaskUrges urges, CurrentUserProvider currentUser) {
        this.progress = progress;
        this.urges = urges;
        this.currentUser = currentUser;
    }

    record PastJson(String step, String action, String actorUsername, String actorName, String actorRole,
                    String opinion, String onBehalfOfName, String counterpartName, Instant createdAt) {
        static PastJson of(ReviewEvent e) {
            return new PastJson(e.getStep(), e.getAction() == null ? null : e.getAction().name(),
                    e.getActorUsername(), e.getActorName(), e.getActorRole(), e.getOpinion(), e.getOnBehalfOfName(),
                    e.getCounterpartName(), e.getCreatedAt());
        }
    }

    record ProgressJson(List<PastJson> past, List<CaseProgress.CurrentStep> current,
                        List<StepRules.UpcomingStep> upcoming) {
    }

    @GetMapping("/api/review-progress/{subjectType}/{subjectId}")
    @Operation(summary = "Where a target (TARGET), monitoring report (MONITORING_REPORT) or self-evaluation "
            + "(SELF_EVALUATION) stands: past steps, the open step with its holders, deadline and whether it is "
            + "overdue, and the steps of the captured chain still to come; out of scope 404")
    ProgressJson progress(@PathVariable String subjectType, @PathVariable Long subjectId) {
        CaseProgress.Standing standing = progress.of(currentUser.require(), subjectType, subjectId);
        return new ProgressJson(standing.past().stream().map(PastJson::of).toList(), standing.current(),
                standing.upcoming());
    }

    record UrgeRequest(String message) {
    }

    record UrgeResult(String taskId, Long subjectId, String action, String message) {
    }

    @PostMapping("/api/tasks/{id}/urge")
    @Operation(summary = "催办: the subject's submitter urges the holders of its open task (URGED notice); once per "
            + "task per day (again the same day 409); not the submitter 403; message over 500 characters 422")
    UrgeResult urge(@PathVariable String id, @RequestBody(required = false) UrgeRequest body) {
        ReviewEvent event = urges.urge(id, currentUser.require(), body == null ? null : body.message());
        return new UrgeResult(id, event.getSubjectId(), "URGE", event.getOpinion());
    }
}
