package org.jixiao.monitoring;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jixiao.approval.ReviewService;
import org.jixiao.approval.SubjectSummary;
import org.jixiao.common.ConflictException;
import org.jixiao.monitoring.internal.MonitoringReportMapper;
import org.jixiao.monitoring.internal.MonitoringRound;
import org.jixiao.monitoring.internal.MonitoringRoundMapper;
import org.jixiao.monitoring.internal.ReportIndicator;
import org.jixiao.monitoring.internal.RoundWithThresholds;
import org.jixiao.monitoring.lights.BudgetLight;
import org.jixiao.monitoring.lights.LightThresholds;
import org.jixiao.monitoring.lights.Reading;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgDirectory;
import org.jixiao.rounds.RoundItems;
import org.jixiao.targets.Indicator;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.targets.TargetLookup;
import org.springframework.stereotype.Component;

/**
 * What the report services share: who may see and edit a report, the report as the screens show it (with its
 * lights computed from the round's thresholds), and the small helpers for storing lights and chunking ids.
 */
@Component
class ReportAccess {
    private static final RoundItems.Nouns NOUNS = new RoundItems.Nouns("监控报告", "监控轮次");
    private final MonitoringReportMapper reports;
    private final MonitoringRoundMapper rounds;
    private final TargetLookup targets;
    private final OrgDirectory directory;
    private final LightThresholdService thresholds;
    private final ReviewService reviews;

    ReportAccess(MonitoringReportMapper reports, MonitoringRoundMapper rounds, TargetLookup targets,
                 OrgDirectory directory, LightThresholdService thresholds, ReviewService reviews) {
        this.reports = reports;
        this.rounds = rounds;
        this.targets = targets;
        this.directory = directory;
        this.thresholds = thresholds;
        this.reviews = reviews;
    }

    /** The report if it is in the caller's scope; otherwise it does not exist for them (404). */
    MonitoringReport visible(CurrentUser user, Long id) {
        return RoundItems.visible(id == null ? null : reports.findById(id), MonitoringReport::getUnitId,
                directory.scopeOf(user), NOUNS, id);
    }

    boolean inScope(CurrentUser user, MonitoringReport report) {
        return directory.scopeOf(user).includes(report.getUnitId());
    }

    /** The report if the caller is its unit's STAFF and it is still with the unit. */
    MonitoringReport editableBy(CurrentUser user, Long id) {
        MonitoringReport report = visible(user, id);
        RoundItems.requireFillable(user, report.getUnitId(), report.getStatus().editable(),
                "监控报告已提交审核（" + report.getStatus().name() + "），不能修改",
                // the same read as the detail's and the save's (roundOf): the transaction's session answers those
                () -> roundOf(report).getRound().getStatus() == MonitoringRoundStatus.CLOSED, NOUNS);
        return report;
    }

    ReportDetail detail(CurrentUser user, MonitoringReport report) {
        RoundWithThresholds round = roundOf(report);
        return detail(user, report, round.getRound(), targets.get(user, report.getTargetId()), round.thresholds());
    }

    /** The report's round with the thresholds its lights use, in one read. */
    RoundWithThresholds roundOf(MonitoringReport report) {
        return rounds.findWithThresholds(report.getRoundId());
    }

    /**
     * As {@link #detail(CurrentUser, MonitoringReport)} with the round, target and thresholds a save or submit has
     * just read in the same transaction: its answer does not load the whole target again (issue 12 §3, deadline
     * day: the target with its children was the largest share of the statements per request).
     */
    ReportDetail detail(CurrentUser user, MonitoringReport report, MonitoringRound round, PerformanceTarget target,
                        LightThresholds limits) {
        Map<Long, ReportIndicator> rows = byIndicator(reports.findIndicators(report.getId()));
        ReportLighting.Result lights = ReportLighting.of(target, round.getCutoffMonth(), limits,
                report.getExecutedFunds(), rows);
        List<ReportDetail.Line> lines = new ArrayList<>();
        for (Indicator indicator : target.getIndicators()) {
            ReportIndicator row = rows.get(indicator.getId());
            if (row == null) {
                row = new ReportIndicator();
                row.setReportId(report.getId());
                row.setIndicatorId(indicator.getId());
            }
            lines.add(new ReportDetail.Line(indicator, row, lights.indicators().get(indicator.getId())));
        }
        boolean editable = RoundItems.fillable(user, report.getUnitId(), report.getStatus().editable(),
                round.getStatus() == MonitoringRoundStatus.CLOSED);
        return new ReportDetail(report, round, target, lights.budget(),
                BudgetLight.executionRate(target.totalFunds(), report.getExecutedFunds()), lines, limits, editable,
                // the inbox's description of the report, from what was just read (no second read of the report)
                reviews.openTaskFor(user, MonitoringReportService.SUBJECT_TYPE, new SubjectSummary(report.getId(),
                        MonitoringReportService.SUBJECT_PREFIX + target.getName(), report.getStatus().name(),
                        target.getUnitName())));
    }

    LightThresholds thresholdsOf(MonitoringRound round) {
        return thresholds.thresholdsFor(round.getFinanceOrgId(), round.getFiscalYear());
    }

    /** Puts the computed lights on the report and its rows, ready to store. */
    static void applyLights(MonitoringReport report, List<ReportIndicator> rows, ReportLighting.Result lights) {
        for (ReportIndicator row : rows) {
            Reading reading = lights.indicators().get(row.getIndicatorId());
            row.setLight(reading.light() == null ? null : reading.light().name());
            row.setRatio(reading.ratio());
        }
        report.setBudgetLight(lights.budget().light() == null ? null : lights.budget().light().name());
        report.setBudgetRatio(lights.budget().ratio());
        report.setLight(lights.overall() == null ? null : lights.overall().name());
    }

    /** Replaces the report's indicator rows by {@code rows}. */
    void replaceIndicators(Long reportId, List<ReportIndicator> rows) {
        reports.deleteIndicators(reportId);
        if (!rows.isEmpty()) {
            reports.insertIndicators(rows);
        }
    }

    static Map<Long, ReportIndicator> byIndicator(List<ReportIndicator> rows) {
        return rows.stream().filter(r -> r.getIndicatorId() != null)
                .collect(Collectors.toMap(ReportIndicator::getIndicatorId, Function.identity(), (a, b) -> a));
    }

    /** Id lists in pieces small enough for an IN (...) list. */
    static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 500) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + 500)));
        }
        return chunks;
    }

    static ConflictException stale() {
        return new ConflictException("监控报告已被修改（可能是他人同时保存或审核状态已变化），请刷新后再改");
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }
}
