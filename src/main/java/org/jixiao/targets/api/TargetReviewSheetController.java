package org.jixiao.targets.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.approval.sheet.Criterion;
import org.jixiao.approval.sheet.SheetRecord;
import org.jixiao.security.CurrentUserProvider;
import org.jixiao.targets.sheet.TargetReviewSheets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/targets")
@Tag(name = "绩效目标审核表", description = "The 88号 review sheets of a target (审核表), as JSON and as .xlsx")
class TargetReviewSheetController {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final TargetReviewSheets sheets;
    private final CurrentUserProvider currentUser;

    TargetReviewSheetController(TargetReviewSheets sheets, CurrentUserProvider currentUser) {
        this.sheets = sheets;
        this.currentUser = currentUser;
    }

    /** One graded review: grades by criterion key, comments likewise, the result and the 良's improvement. */
    record SheetJson(String taskId, String step, String stepName, Map<String, String> grades,
                     Map<String, String> comments, String result, String improvement, String opinion,
                     String reviewer, String reviewerName, Instant createdAt) {
        static SheetJson of(SheetRecord s) {
            Map<String, String> grades = new LinkedHashMap<>();
            Map<String, String> comments = new LinkedHashMap<>();
            for (Criterion c : Criterion.values()) {
                grades.put(c.key(), s.grade(c).name());
                if (s.comment(c) != null) {
                    comments.put(c.key(), s.comment(c));
                }
            }
            return new SheetJson(s.getTaskId(), s.getStep(), s.getStepName(), grades, comments,
                    s.getResult().name(), s.getImprovement(), s.getOpinion(), s.getReviewerUsername(),
                    s.getReviewerName(), s.getCreatedAt());
        }
    }

    @GetMapping("/{id}/review-sheets")
    @Operation(summary = "The target's review sheets, oldest first (404 out of scope)")
    List<SheetJson> list(@PathVariable Long id) {
        return sheets.history(currentUser.require(), id).stream().map(SheetJson::of).toList();
    }

    @GetMapping("/{id}/review-sheets.xlsx")
    @Operation(summary = "绩效目标审核表 (.xlsx), one worksheet per review sheet (404 out of scope, 409 when none)")
    ResponseEntity<byte[]> export(@PathVariable Long id) {
        byte[] content = sheets.export(currentUser.require(), id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("绩效目标审核表-" + id + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .body(content);
    }
}
