package org.jixiao.monitoring;

import static org.jixiao.monitoring.ReportAccess.byIndicator;
import static org.jixiao.monitoring.ReportAccess.chunks;
import static org.jixiao.monitoring.ReportAccess.now;
import static org.jixiao.monitoring.ReportAccess.stale;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.approval.ReviewAction;
import org.jixiao.approval.ReviewEvent;
import org.jixiao.approval.ReviewService;
import org.jixiao.common.ConflictException;
import org.jixiao.common.FieldViolation;
import org.jixiao.common.ValidationException;
import org.jixiao.monitoring.internal.MonitoringReportMapper;
import org.jixiao.monitoring.internal.MonitoringRound;
import org.jixiao.monitoring.internal.ReportIndicator;
import org.jixiao.monitoring.internal.RoundWithThresholds;
import org.jixiao.monitoring.lights.LightThresholds;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgDirectory;
import org.jixiao.org.Role;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.targets.TargetLookup;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monitoring reports (监控报告), the unit's form: the unit fills one per approved target and round, its lights are
 * recomputed on every save, and submitting hands it to its review process (processes/monitoring-report.bpmn).
 * Reports outside the caller's scope are reported as not found. The review steps are in {@link ReportReviews}, the
 * round's reminders in {@link ReportDeadlines}, following a target adjustment in {@link ReportRetargeting}.
 */
@Service
public class MonitoringReportService {
    public static final String SUBJECT_TYPE = "MONITORING_REPORT";
    /** What an inbox line puts before the target's name, so that it says what the subject is. */
    public static final String SUBJECT_PREFIX = "监控报告：";
    /** Statuses in which the unit has not handed the report in: reminders, overdue marking and 催办 apply. */
    static final Set<ReportStatus> WITH_UNIT = EnumSet.of(ReportStatus.DRAFT, ReportStatus.RETURNED);

    private final MonitoringReportMapper reports;
    private final MonitoringRoundService roundService;
    private final TargetLookup targets;
    private final OrgDirectory directory;
    private final ReviewService reviews;
    private final ReportRelighting relighting;
    private final ReportAccess access;

    MonitoringReportService(MonitoringReportMapper reports, MonitoringRoundService roundService,
                            TargetLookup targets, OrgDirectory directory,
                            ReviewService reviews, ReportRelighting relighting, ReportAccess access) {
        this.reports = reports;
        this.roundService = roundService;
        this.targets = targets;
        this.directory = directory;
        this.reviews = reviews;
        this.relighting = relighting;
        this.access = access;
    }

    /** The round's reports the caller may see (finance and admin: all; others: their units'). */
    @Transactional(readOnly = true)
    public List<ReportSummary> list(CurrentUser user, Long roundId) {
        roundService.get(user, roundId); // 404 when the round is unknown or out of scope
        Set<Long> units = user.hasAnyRole(Role.FINANCE_REVIEWER, Role.ADMIN) ? null : directory.scopeOf(user).unitIds();
        return reports.findSummaries(roundId, units);
    }

    /** The report as the caller may see it; lights stored under older rules are relit (docs/rules.md §2). */
    @Transactional
    public ReportDetail get(CurrentUser user, Long id) {
        ReportDetail detail = access.detail(user, access.visible(user, id));
        relighting.storeIfChanged(detail);
        return detail;
    }

    /**
     * Saves the unit's figures (STAFF of the unit, while DRAFT or RETURNED): the indicator rows are replaced by
     * those given, the lights recomputed and stored. A stale {@code version} is refused with 409.
     */
    @Transactional
    public ReportDetail save(CurrentUser user, Long id, ReportInput input) {
        MonitoringReport report = access.editableBy(user, id);
        if (input == null) {
            throw ValidationException.of("body", "请提交监控报告内容");
        }
        if (input.version() == null) {
            throw ValidationException.of("version", "请提交读取时的版本号（version）");
        }
        PerformanceTarget target = targets.get(user, report.getTargetId());
        List<ReportIndicator> rows = rows(id, input.indicators());
        List<FieldViolation> violations = ReportChecks.draft(target, input.executedFunds(), input.expectedCarryOver(), rows);
        violations.addAll(ReportChecks.sense(target, input.executedFunds(), input.executionNote()));
        if (!violations.isEmpty()) {
            throw new ValidationException("监控报告填写有误", violations);
        }
        RoundWithThresholds read = access.roundOf(report);
        MonitoringRound round = read.getRound();
        LightThresholds limits = read.thresholds();
        ReportLighting.Result lights = ReportLighting.of(target, round.getCutoffMonth(),
                limits, input.executedFunds(), byIndicator(rows));
        List<FieldViolation> unstorable = ReportChecks.storable(target, rows, lights);
        if (!unstorable.isEmpty()) {
            throw new ValidationException("监控报告填写有误", unstorable);
        }
        ReportAccess.applyLights(report, rows, lights);
        report.setExecutedFunds(input.executedFunds());
        report.setExpectedCarryOver(input.expectedCarryOver());
        report.setExecutionNote(blankToNull(input.executionNote()));
        report.setVersion(input.version());
        report.setUpdatedBy(user.username());
        report.setUpdatedAt(now());
        if (reports.updateFigures(report) == 0) {
            throw stale();
        }
        access.replaceIndicators(id, rows);
        // the row as the conditional update left it (it holds the row's lock until commit): no need to read it back
        report.setVersion(input.version() + 1);
        ReportDetail detail = access.detail(user, report, round, target, limits);
        relighting.storeIfChanged(detail);
        return detail;
    }

    /**
     * Hands the report in (STAFF of the unit): everything filled, and reasons and measures wherever a light is not
     * green (422 listing every gap); then the unit leader confirms it.
     */
    @Transactional
    public ReportDetail submit(CurrentUser user, Long id, Integer version) {
        MonitoringReport report = access.editableBy(user, id);
        if (version != null && version != report.getVersion()) {
            throw stale();
        }
        ReportDetail detail = access.detail(user, report);
        Map<Long, ReportIndicator> rows = new HashMap<>();
        detail.lines().forEach(line -> rows.put(line.indicator().getId(), line.row()));
        ReportLighting.Result lights = ReportLighting.of(detail.target(), detail.round().getCutoffMonth(),
                detail.thresholds(), report.getExecutedFunds(), rows);
        List<FieldViolation> violations = ReportChecks.submission(detail.target(), report, rows, lights);
        if (!violations.isEmpty()) {
            throw new ValidationException("监控报告尚未填写完整，不能提交", violations);
        }
        if (reports.claim(id, report.getStatus(), report.getVersion()) == 0) {
            throw new ConflictException("已提交，请勿重复操作（或报告刚被他人修改，请刷新后查看）");
        }
        // the open task the detail read a moment ago, in this transaction
        reviews.completeOwnTask(SUBJECT_TYPE, detail.openTask(), user, ReviewAction.SUBMIT, report.getStatus().name(), null);
        return answer(user, id, detail.round(), detail.target(), detail.thresholds());
    }

    /** The report as {@link #get} gives it, after a change, reusing what the change read (same transaction). */
    private ReportDetail answer(CurrentUser user, Long id, MonitoringRound round, PerformanceTarget target,
                                LightThresholds limits) {
        ReportDetail detail = access.detail(user, access.visible(user, id), round, target, limits);
        relighting.storeIfChanged(detail);
        return detail;
    }

    @Transactional(readOnly = true)
    public List<ReviewEvent> history(CurrentUser user, Long id) {
        access.visible(user, id);
        return reviews.history(SUBJECT_TYPE, id);
    }

    /** Reports by id with target and unit names, for inboxes; unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<Long, ReportSummary> summaries(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, ReportSummary> result = new LinkedHashMap<>();
        for (List<Long> chunk : chunks(List.copyOf(ids))) {
            reports.findSummariesByIds(chunk).forEach(s -> result.put(s.id(), s));
        }
        return result;
    }

    /** Of the reports, those in the user's scope: one read of the reports and one of the scope for a batch. */
    @Transactional(readOnly = true)
    public java.util.Set<Long> visibleAmong(CurrentUser user, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        var scope = directory.scopeOf(user);
        return summaries(ids).values().stream().filter(s -> scope.includes(s.unitId())).map(ReportSummary::id)
                .collect(java.util.stream.Collectors.toSet());
    }

    @Transactional(readOnly = true)
    public boolean visibleTo(CurrentUser user, Long id) {
        MonitoringReport report = id == null ? null : reports.findById(id);
        return report != null && access.inScope(user, report);
    }

    private static List<ReportIndicator> rows(Long reportId, List<ReportInput.IndicatorInput> inputs) {
        List<ReportIndicator> rows = new ArrayList<>();
        if (inputs == null) {
            return rows;
        }
        for (ReportInput.IndicatorInput in : inputs) {
            if (in == null) {
                continue;
            }
            ReportIndicator row = new ReportIndicator();
            row.setReportId(reportId);
            row.setIndicatorId(in.indicatorId());
            row.setValueToDate(in.valueToDate());
            row.setExpectedYearEnd(in.expectedYearEnd());
            row.setAchievement(in.achievement());
            row.setLikelihood(in.likelihood());
            row.setDeviationReasons(DeviationReason.join(in.deviationReasons()));
            row.setRemark(blankToNull(in.remark()));
            row.setMeasures(blankToNull(in.measures()));
            rows.add(row);
        }
        return rows;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
