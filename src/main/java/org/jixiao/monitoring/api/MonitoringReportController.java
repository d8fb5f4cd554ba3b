package org.jixiao.monitoring.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jixiao.approval.ReviewEvent;
import org.jixiao.approval.ReviewTask;
import org.jixiao.monitoring.internal.BudgetFollowUp;
import org.jixiao.monitoring.DeviationReason;
import org.jixiao.monitoring.internal.MonitoringReport;
import org.jixiao.monitoring.MonitoringReportService;
import org.jixiao.monitoring.ReportDetail;
import org.jixiao.monitoring.internal.ReportIndicator;
import org.jixiao.monitoring.ReportInput;
import org.jixiao.monitoring.ReportReviews;
import org.jixiao.monitoring.ReportSummary;
import org.jixiao.monitoring.lights.Achievement;
import org.jixiao.monitoring.lights.Likelihood;
import org.jixiao.monitoring.lights.Reading;
import org.jixiao.org.CurrentUser;
import org.jixiao.security.CurrentUserProvider;
import org.jixiao.targets.Indicator;
import org.jixiao.targets.IndicatorKind;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/monitoring-reports")
@Tag(name = "绩效运行监控报告", description = "Filling, submitting and following monitoring reports; lights are "
        + "recomputed on every save")
class MonitoringReportController {
    private final MonitoringReportService reports;
    private final ReportReviews reviews;
    private final CurrentUserProvider currentUser;

    MonitoringReportController(MonitoringReportService reports, ReportReviews reviews, CurrentUserProvider currentUser) {
        this.reports = reports;
        this.reviews = reviews;
        this.currentUser = currentUser;
    }

    record ReportListItem(Long id, Long targetId, String targetName, String projectCode, Long unitId, String unitName,
                          String status, String budgetLight, String light, boolean overdue, int urgeCount,
                          Instant submittedAt) {
        static ReportListItem of(ReportSummary s) {
            return new ReportListItem(s.id(), s.targetId(), s.targetName(), s.projectCode(), s.unitId(), s.unitName(),
                    s.status().name(), s.budgetLight(), s.light(), s.overdue(), s.urgeCount(), s.submittedAt());
        }
    }

    record IndicatorJson(Long indicatorId, String level1, String level2, String name, String valueText,
                         String comparator, BigDecimal targetValue, String unit, BigDecimal valueToDate,
                         BigDecimal expectedYearEnd, Achievement achievement, Likelihood likelihood,
                         Set<DeviationReason> deviationReasons, String remark, String measures, String light,
                         BigDecimal ratio, IndicatorKind progressKind) {
        static IndicatorJson of(ReportDetail.Line line) {
            Indicator i = line.indicator();
            ReportIndicator r = line.row();
            Reading reading = line.reading();
            return new IndicatorJson(i.getId(), i.getLevel1(), i.getLevel2(), i.getName(), i.getValueText(),
                    i.getComparator() == null ? null : i.getComparator().name(), i.getValue(), i.getUnit(),
                    r.getValueToDate(), r.getExpectedYearEnd(), r.getAchievement(), r.getLikelihood(),
                    DeviationReason.split(r.getDeviationReasons()), r.getRemark(), r.getMeasures(),
                    reading == null || reading.light() == null ? null : reading.light().name(),
                    reading == null ? null : reading.ratio(), i.getProgressKind());
        }
    }

    record TaskRef(String id, String name, String step, List<String> decisions) {
        static TaskRef of(ReviewTask t) {
            return new TaskRef(t.id(), t.name(), t.taskKey(), t.decisions().stream().map(Enum::name).sorted().toList());
        }
    }

    /**
     * {@code budget} is the target's 年度资金总额; {@code budgetRatio} the v of the budget light; {@code executionNote}
     * the unit's 说明 of 执行数 above 预算数.
     */
    record ReportJson(Long id, Long roundId, int fiscalYear, int cutoffMonth, LocalDate dueDate, Long targetId,
                      String targetName, String projectCode, Long unitId, String unitName, String status, int version,
                      BigDecimal budget, BigDecimal executedFunds, BigDecimal executionRate,
                      BigDecimal expectedCarryOver, String executionNote, String budgetLight, BigDecimal budgetRatio, String light,
                      boolean overdue, Instant remindedAt, Instant urgedAt, int urgeCount, Instant submittedAt,
                      String rectificationRequest, BudgetFollowUp budgetFollowUp, String rectificationResult,
                      boolean editable, TaskRef task, List<IndicatorJson> indicators) {
        static ReportJson of(ReportDetail d) {
            MonitoringReport r = d.report();
            return new ReportJson(r.getId(), r.getRoundId(), d.round().getFiscalYear(), d.round().getCutoffMonth(),
                    d.round().getDueDate(), r.getTargetId(), d.target().getName(), d.target().getProjectCode(),
                    r.getUnitId(), d.target().getUnitName(), r.getStatus().name(), r.getVersion(),
                    d.target().totalFunds(), r.getExecutedFunds(), d.executionRate(), r.getExpectedCarryOver(), r.getExecutionNote(),
                    d.budget().light() == null ? null : d.budget().light().name(), d.budget().ratio(),
                    r.getLight(), r.isOverdue(), r.getRemindedAt(), r.getUrgedAt(), r.getUrgeCount(),
                    r.getSubmittedAt(), r.getRectificationRequest(), r.getBudgetFollowUp(),
                    r.getRectificationResult(), d.editable(), d.openTask().map(TaskRef::of).orElse(null),
                    d.lines().stream().map(IndicatorJson::of).toList());
        }
    }

    record SubmitRequest(Integer version) {
    }

    record RectifyRequest(String requirement, BudgetFollowUp budgetFollowUp) {
    }

    record RectificationRequest(Integer version, String result) {
    }

    record UrgeRequest(String message) {
    }

    record HistoryJson(String step, String action, String actorName, String actorRole, String opinion,
                       Instant createdAt) {
        static HistoryJson of(ReviewEvent e) {
            return new HistoryJson(e.getStep(), e.getAction().name(), e.getActorName(), e.getActorRole(),
                    e.getOpinion(), e.getCreatedAt());
        }
    }

    @GetMapping
    @Operation(summary = "The round's reports in the caller's scope: id, targetId, targetName, status, light, …")
    List<ReportListItem> list(@RequestParam Long roundId) {
        return reports.list(user(), roundId).stream().map(ReportListItem::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A report with its indicators, lights and the caller's open task")
    ReportJson get(@PathVariable Long id) {
        return ReportJson.of(reports.get(user(), id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Save the unit's figures as a draft (STAFF of the unit); lights are recomputed and "
            + "returned; light fields sent in are ignored; a stale version answers 409")
    ReportJson save(@PathVariable Long id, @RequestBody(required = false) ReportInput body) {
        return ReportJson.of(reports.save(user(), id, body));
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Hand the report in (STAFF of the unit); missing values, reasons or measures answer 422")
    ReportJson submit(@PathVariable Long id, @RequestBody(required = false) SubmitRequest body) {
        return ReportJson.of(reports.submit(user(), id, body == null ? null : body.version()));
    }

    @PostMapping("/{id}/rectify")
    @Operation(summary = "Finance requires rectification (整改) on its review task, with a budget follow-up")
    ReportJson rectify(@PathVariable Long id, @RequestBody(required = false) RectifyRequest body) {
        return ReportJson.of(reviews.requireRectification(user(), id, body == null ? null : body.requirement(),
                body == null ? null : body.budgetFollowUp()));
    }

    @PostMapping("/{id}/rectification")
    @Operation(summary = "The unit reports its 整改结果 (STAFF of the unit, while RECTIFICATION)")
    ReportJson rectification(@PathVariable Long id, @RequestBody(required = false) RectificationRequest body) {
        return ReportJson.of(reviews.reportRectification(user(), id, body == null ? null : body.version(),
                body == null ? null : body.result()));
    }

    @PostMapping("/{id}/urge")
    @Operation(summary = "催办: finance or the department urges the unit; recorded in the history")
    ReportJson urge(@PathVariable Long id, @RequestBody(required = false) UrgeRequest body) {
        return ReportJson.of(reviews.urge(user(), id, body == null ? null : body.message()));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Who did what to the report, oldest first (including reminders, overdue marking, 催办)")
    List<HistoryJson> history(@PathVariable Long id) {
        return reports.history(user(), id).stream().map(HistoryJson::of).toList();
    }

    private CurrentUser user() {
        return currentUser.require();
    }
}
