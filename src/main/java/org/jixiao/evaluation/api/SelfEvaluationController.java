package org.jixiao.evaluation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.jixiao.approval.ReviewEvent;
import org.jixiao.evaluation.internal.SelfEvaluation;
import org.jixiao.evaluation.SelfEvaluationDetail;
import org.jixiao.evaluation.SelfEvaluationExport;
import org.jixiao.evaluation.internal.SelfEvaluationIndicator;
import org.jixiao.evaluation.SelfEvaluationInput;
import org.jixiao.evaluation.SelfEvaluationReviews;
import org.jixiao.evaluation.SelfEvaluationService;
import org.jixiao.evaluation.scoring.QualitativeGrade;
import org.jixiao.org.CurrentUser;
import org.jixiao.security.CurrentUserProvider;
import org.jixiao.targets.Indicator;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/self-evaluations")
@Tag(name = "绩效自评", description = "Filling a self-evaluation (scored on every save), submitting it, 复核")
class SelfEvaluationController {
    private final SelfEvaluationService evaluations;
    private final SelfEvaluationReviews reviews;
    private final SelfEvaluationExport export;
    private final CurrentUserProvider currentUser;

    SelfEvaluationController(SelfEvaluationService evaluations, SelfEvaluationReviews reviews,
                             SelfEvaluationExport export, CurrentUserProvider currentUser) {
        this.evaluations = evaluations;
        this.reviews = reviews;
        this.export = export;
        this.currentUser = currentUser;
    }

    record IndicatorJson(Long indicatorId, String level1, String level2, String name, String valueText,
                         BigDecimal weight, String scoringRule, BigDecimal actual, QualitativeGrade grade,
                         BigDecimal score, String rule, boolean ruleRead, BigDecimal reviewedScore,
                         String reviewReason, String deviation) {
        static IndicatorJson of(SelfEvaluationDetail.Line line) {
            Indicator i = line.indicator();
            SelfEvaluationIndicator r = line.row();
            return new IndicatorJson(i.getId(), i.getLevel1(), i.getLevel2(), i.getName(), i.getValueText(),
                    i.getWeight(), i.getScoringRule(), r.getActual(), r.getGrade(),
                    line.item() == null ? null : line.item().score(),
                    line.item() == null ? line.rule().description() : line.item().rule(), line.rule().read(),
                    r.getReviewedScore(), r.getReviewReason(), r.getDeviation());
        }
    }

    record IndicatorScore(Long indicatorId, BigDecimal score, String rule) {
    }

    record TaskRef(String id, String name, String step, List<String> decisions) {
    }

    /** {@code total}/{@code grade} are the unit's; {@code reviewedTotal}/{@code reviewedGrade} finance's after 复核. */
    record EvaluationJson(Long id, Long roundId, int fiscalYear, Long targetId, String targetName, String unitName,
                          String status, int version, BigDecimal plannedFunds, BigDecimal adjustedFunds,
                          BigDecimal executedFunds, BigDecimal executionRate, BigDecimal budgetScore,
                          String budgetDeviation, String executionNote, List<IndicatorScore> indicatorScores, BigDecimal total, String grade,
                          String recommendation, BigDecimal reviewedTotal, String reviewedGrade, String goals,
                          String goalsActual, String conclusion,
                          String problems, String improvements, boolean editable, TaskRef task,
                          List<IndicatorJson> indicators) {
        static EvaluationJson of(SelfEvaluationDetail d) {
            SelfEvaluation e = d.evaluation();
            return new EvaluationJson(e.getId(), e.getRoundId(), d.round().getFiscalYear(), e.getTargetId(),
                    d.target().getName(), d.target().getUnitName(), e.getStatus().name(), e.getVersion(),
                    e.getPlannedFunds(), e.getAdjustedFunds(), e.getExecutedFunds(),
                    d.score().budget() == null ? null : d.score().budget().rate(),
                    d.score().budget() == null ? null : d.score().budget().score(), e.getBudgetDeviation(), e.getExecutionNote(),
                    d.lines().stream().filter(l -> l.item() != null)
                            .map(l -> new IndicatorScore(l.indicator().getId(), l.item().score(), l.item().rule())).toList(),
                    d.score().total(), d.score().grade() == null ? null : d.score().grade().label(),
                    d.score().outcome() == null ? null : d.score().outcome().label(),
                    e.getReviewedTotal(), e.getReviewedGrade(), d.target().getGoals(), e.getGoalsActual(), e.getConclusion(), e.getProblems(), e.getImprovements(),
                    d.editable(), d.openTask().map(t -> new TaskRef(t.id(), t.name(), t.taskKey(),
                            t.decisions().stream().map(Enum::name).sorted().toList())).orElse(null),
                    d.lines().stream().map(IndicatorJson::of).toList());
        }
    }

    record SubmitRequest(Integer version) {
    }

    /** {@code version} (optional): the version read; given, only the first of concurrent 复核 on it wins. */
    record RescoreRequest(Long indicatorId, BigDecimal score, String reason, Integer version) {
    }

    record HistoryJson(String step, String action, String actorName, String actorRole, String opinion, Instant createdAt) {
        static HistoryJson of(ReviewEvent e) {
            return new HistoryJson(e.getStep(), e.getAction().name(), e.getActorName(), e.getActorRole(),
                    e.getOpinion(), e.getCreatedAt());
        }
    }

    @GetMapping("/{id}")
    @Operation(summary = "A self-evaluation with its scores (budget, per indicator with the rule applied, total, grade)")
    EvaluationJson get(@PathVariable Long id) {
        return EvaluationJson.of(evaluations.get(user(), id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Save the unit's figures (STAFF of the unit): {version, adjustedFunds, executedFunds, "
            + "budgetDeviation, executionNote, goalsActual, conclusion, problems, improvements, indicators [{indicatorId, actual, grade, score, "
            + "deviation}]}; scored on save; out-of-band qualitative score → 422; stale version → 409")
    EvaluationJson save(@PathVariable Long id, @RequestBody(required = false) SelfEvaluationInput body) {
        return EvaluationJson.of(evaluations.save(user(), id, body));
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Hand in (STAFF of the unit); anything missing → 422 per field")
    EvaluationJson submit(@PathVariable Long id, @RequestBody(required = false) SubmitRequest body) {
        return EvaluationJson.of(evaluations.submit(user(), id, body == null ? null : body.version()));
    }

    @PostMapping("/{id}/rescore")
    @Operation(summary = "复核 (finance, on its review task): {indicatorId, score, reason}; both scores are kept")
    EvaluationJson rescore(@PathVariable Long id, @RequestBody(required = false) RescoreRequest body) {
        return EvaluationJson.of(reviews.rescore(user(), id, body == null ? null : body.indicatorId(),
                body == null ? null : body.score(), body == null ? null : body.reason(),
                body == null ? null : body.version()));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Who did what, oldest first (including 复核)")
    List<HistoryJson> history(@PathVariable Long id) {
        return evaluations.history(user(), id).stream().map(HistoryJson::of).toList();
    }

    /** Built in memory before the first byte, so a 404 still reaches the client as problem JSON. */
    @GetMapping("/{id}/export")
    @Operation(summary = "The official 项目支出绩效自评表 (部门整体支出绩效自评表 for a department target) as .xlsx, "
            + "with the unit's and finance's 复核 scores; same scope as reading it (404 out of scope)")
    void export(@PathVariable Long id, HttpServletResponse response) throws IOException {
        SelfEvaluationExport.File file = export.export(user(), id);
        response.setContentType(SelfEvaluationExport.CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString());
        response.setContentLength(file.content().length);
        response.getOutputStream().write(file.content());
        response.flushBuffer();
    }

    private CurrentUser user() {
        return currentUser.require();
    }
}
