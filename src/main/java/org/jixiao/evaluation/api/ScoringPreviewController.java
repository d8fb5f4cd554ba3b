package org.jixiao.evaluation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.jixiao.evaluation.ScoringPreviewRequest;
import org.jixiao.evaluation.ScoringPreviewService;
import org.jixiao.evaluation.scoring.ItemScore;
import org.jixiao.evaluation.scoring.ScoreSheet;
import org.jixiao.security.CurrentUserProvider;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/scoring")
@Tag(name = "自评计分", description = "Score a self-evaluation with the caller's finance bureau rules, saving nothing")
class ScoringPreviewController {
    private final ScoringPreviewService previews;
    private final CurrentUserProvider currentUser;

    ScoringPreviewController(ScoringPreviewService previews, CurrentUserProvider currentUser) {
        this.previews = previews;
        this.currentUser = currentUser;
    }

    record ItemJson(String key, BigDecimal score, BigDecimal weight, String rule, boolean belowFull) {
        static ItemJson of(ItemScore i) {
            return new ItemJson(i.key(), i.score(), i.weight(), i.rule(), i.belowFull());
        }
    }

    record RecommendationJson(String code, String label) {
    }

    /**
     * {@code budgetScore}, {@code items}, {@code total} and {@code grade} (优/良/中/差) as in issue 4; the rest
     * explains them: 执行率, the grade's results application and weight inconsistencies.
     */
    record PreviewJson(int fiscalYear, BigDecimal budgetScore, BigDecimal executionRate, String budgetRule,
                       List<ItemJson> items, BigDecimal total, String grade, RecommendationJson recommendation,
                       List<String> warnings) {
    }

    @PostMapping("/preview")
    @Operation(summary = "Score a self-evaluation without saving: 422 per field for missing or invalid input and for a "
            + "qualitative score outside its grade's band")
    PreviewJson preview(@RequestBody ScoringPreviewRequest body) {
        ScoringPreviewService.Preview p = previews.preview(currentUser.require(), body);
        ScoreSheet s = p.sheet();
        return new PreviewJson(p.fiscalYear(), s.budget().score(), s.budget().rate(), s.budget().rule(),
                s.items().stream().map(ItemJson::of).toList(), s.total(), s.grade().label(),
                new RecommendationJson(s.outcome().recommendation().name(), s.outcome().label()), s.warnings());
    }
}
