package org.jixiao.monitoring;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jixiao.approval.AuditTrail;
import org.jixiao.approval.ReviewAction;
import org.jixiao.approval.ReviewEvent;
import org.jixiao.approval.ReviewService;
import org.jixiao.approval.ReviewTask;
import org.jixiao.common.ConflictException;
import org.jixiao.common.FieldViolation;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.NotFoundException;
import org.jixiao.common.ValidationException;
import org.jixiao.monitoring.lights.BudgetLight;
import org.jixiao.monitoring.lights.LightThresholds;
import org.jixiao.monitoring.lights.Reading;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgDirectory;
import org.jixiao.org.Role;
import org.jixiao.targets.Indicator;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.targets.TargetDiff;
import org.jixiao.targets.TargetService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monitoring reports (监控报告): the unit fills one per approved target and round, its lights are recomputed on
 * every save, and it goes through its review process (processes/monitoring-report.bpmn). Reports outside the
 * caller's scope are reported as not found; the unit's staff edit, reviewers act through their tasks.
 */
@Service
public class MonitoringReportService {
    public static final String SUBJECT_TYPE = "MONITORING_REPORT";
    /** Statuses in which the unit has not handed the report in: reminders, overdue marking and 催办 apply. */
    static final Set<ReportStatus> WITH_UNIT = EnumSet.of(ReportStatus.DRAFT, ReportStatus.RETURNED);

    private final MonitoringReportMapper reports;
    private final MonitoringRoundMapper rounds;
    private final MonitoringRoundService roundService;
    private final TargetService targets;
    private final OrgDirectory directory;
    private final LightThresholdService thresholds;
    private final ReviewService reviews;
    private final AuditTrail auditTrail;
    private final ReportRelighting relighting;

    MonitoringReportService(MonitoringReportMapper reports, MonitoringRoundMapper rounds,
                            MonitoringRoundService roundService, TargetService targets, OrgDirectory directory,
                            LightThresholdService thresholds, ReviewService reviews, AuditTrail auditTrail,
                            ReportRelighting relighting) {
        this.relighting = relighting;
        this.reports = reports;
        this.rounds = rounds;
        this.roundService = roundService;
        this.targets = targets;
        this.directory = directory;
        this.thresholds = thresholds;
        this.reviews = reviews;
        this.auditTrail = auditTrail;
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
        ReportDetail detail = detail(user, visible(user, id));
        relighting.storeIfChanged(detail);
        return detail;
    }

    /**
     * Saves the unit's figures (STAFF of the unit, while DRAFT or RETURNED): the indicator rows are replaced by
     * those given, the lights recomputed and stored. A stale {@code version} is refused with 409.
     */
    @Transactional
    public ReportDetail save(CurrentUser user, Long id, ReportInput input) {
        MonitoringReport report = editableBy(user, id);
        if (input == null) {
            throw ValidationException.of("body", "请提交监控报告内容");
        }
        if (input.version() == null) {
            throw ValidationException.of("version", "请提交读取时的版本号（version）");
        }
        PerformanceTarget target = targets.get(user, report.getTargetId());
        List<ReportIndicator> rows = rows(id, input.indicators());
        List<FieldViolation> violations = ReportChecks.draft(target, input.executedFunds(), input.expectedCarryOver(), rows);
        if (!violations.isEmpty()) {
            throw new ValidationException("监控报告填写有误", violations);
        }
        MonitoringRound round = rounds.findById(report.getRoundId());
        ReportLighting.Result lights = ReportLighting.of(target, round.getCutoffMonth(),
                thresholdsOf(round), input.executedFunds(), byIndicator(rows));
        List<FieldViolation> unstorable = ReportChecks.storable(target, rows, lights);
        if (!unstorable.isEmpty()) {
            throw new ValidationException("监控报告填写有误", unstorable);
        }
        for (ReportIndicator row : rows) {
            Reading reading = lights.indicators().get(row.getIndicatorId());
            row.setLight(reading.light() == null ? null : reading.light().name());
            row.setRatio(reading.ratio());
        }
        report.setExecutedFunds(input.executedFunds());
        report.setExpectedCarryOver(input.expectedCarryOver());
        report.setBudgetLight(lights.budget().light() == null ? null : lights.budget().light().name());
        report.setBudgetRatio(lights.budget().ratio());
        report.setLight(lights.overall() == null ? null : lights.overall().name());
        report.setVersion(input.version());
        report.setUpdatedBy(user.username());
        report.setUpdatedAt(now());
        if (reports.updateFigures(report) == 0) {
            throw stale();
        }
        reports.deleteIndicators(id);
        if (!rows.isEmpty()) {
            reports.insertIndicators(rows);
        }
        return get(user, id);
    }

    /**
     * Hands the report in (STAFF of the unit): everything filled, and reasons and measures wherever a light is not
     * green (422 listing every gap); then the unit leader confirms it.
     */
    @Transactional
    public ReportDetail submit(CurrentUser user, Long id, Integer version) {
        MonitoringReport report = editableBy(user, id);
        if (version != null && version != report.getVersion()) {
            throw stale();
        }
        ReportDetail detail = detail(user, report);
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
        reviews.completeOwnTask(SUBJECT_TYPE, id, user, ReviewAction.SUBMIT, report.getStatus().name(), null);
        return get(user, id);
    }

    /**
     * Finance requires rectification (整改) on its review task: the requirement and the budget follow-up are kept
     * on the report and the unit gets a follow-up task to report its 整改结果.
     */
    @Transactional
    public ReportDetail requireRectification(CurrentUser user, Long id, String requirement, BudgetFollowUp followUp) {
        MonitoringReport report = visible(user, id);
        if (!user.hasRole(Role.FINANCE_REVIEWER)) {
            throw new ForbiddenException("只有财政局审核人可以要求整改");
        }
        ReviewTask task = reviews.openTaskFor(user, SUBJECT_TYPE, id)
                .filter(t -> t.decisions().contains(org.jixiao.approval.ReviewDecision.RECTIFY))
                .orElseThrow(() -> new ConflictException("该报告当前不在您的财政局审核待办中，不能要求整改"));
        if (requirement == null || requirement.isBlank()) {
            throw ValidationException.of("requirement", "请填写整改要求和建议");
        }
        if (requirement.length() > ReportChecks.TEXT_LIMIT) {
            throw ValidationException.of("requirement", "整改要求不能超过 " + ReportChecks.TEXT_LIMIT + " 个字");
        }
        reports.updateRectificationRequest(report.getId(), requirement.strip(), followUp);
        reviews.requireRectification(task.id(), user, requirement);
        return get(user, id);
    }

    /** The unit reports its 整改结果 (STAFF of the unit, while RECTIFICATION); finance then confirms it. */
    @Transactional
    public ReportDetail reportRectification(CurrentUser user, Long id, Integer version, String result) {
        MonitoringReport report = visible(user, id);
        if (!user.hasRole(Role.STAFF) || !report.getUnitId().equals(user.orgId())) {
            throw new ForbiddenException("只有本单位经办人可以报送整改结果");
        }
        if (report.getStatus() != ReportStatus.RECTIFICATION) {
            throw new ConflictException("该报告当前不需要报送整改结果");
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (version == null) {
            violations.add(new FieldViolation("version", "请提交读取时的版本号（version）"));
        }
        if (result == null || result.isBlank()) {
            violations.add(new FieldViolation("result", "请填写整改结果和结论"));
        } else if (result.length() > ReportChecks.TEXT_LIMIT) {
            violations.add(new FieldViolation("result", "整改结果不能超过 " + ReportChecks.TEXT_LIMIT + " 个字"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException("整改结果填写有误", violations);
        }
        if (reports.updateRectificationResult(id, result.strip(), version, user.username(), now()) == 0) {
            throw new ConflictException("整改结果已报送，请勿重复操作（或报告刚被他人修改，请刷新后查看）");
        }
        reviews.completeOwnTask(SUBJECT_TYPE, id, user, ReviewAction.RECTIFIED, report.getStatus().name(),
                result.strip());
        return get(user, id);
    }

    /**
     * 催办: finance (or the unit's department) urges a unit that has not handed its report in; recorded in the
     * report's history and shown to the unit.
     */
    @Transactional
    public ReportDetail urge(CurrentUser user, Long id, String message) {
        MonitoringReport report = visible(user, id);
        Role role = user.hasRole(Role.FINANCE_REVIEWER) ? Role.FINANCE_REVIEWER
                : user.hasRole(Role.DEPT_REVIEWER) ? Role.DEPT_REVIEWER : null;
        if (role == null) {
            throw new ForbiddenException("只有主管部门或财政局可以催办");
        }
        if (!WITH_UNIT.contains(report.getStatus()) && report.getStatus() != ReportStatus.RECTIFICATION) {
            throw new ConflictException("该报告已报送，无需催办");
        }
        if (message != null && message.length() > ReportChecks.TEXT_LIMIT) {
            throw ValidationException.of("message", "催办说明不能超过 " + ReportChecks.TEXT_LIMIT + " 个字");
        }
        reports.urge(id, now());
        reviews.note(SUBJECT_TYPE, id, report.getStatus().name(), ReviewAction.URGE, user, role,
                message == null || message.isBlank() ? "请尽快报送监控报告" : message.strip());
        return get(user, id);
    }

    @Transactional(readOnly = true)
    public List<ReviewEvent> history(CurrentUser user, Long id) {
        visible(user, id);
        return reviews.history(SUBJECT_TYPE, id);
    }

    // ---- called by the processes (same transaction as the engine)

    /** Keeps the report's status equal to its process position. */
    @Transactional
    public void moveTo(Long id, ReportStatus status) {
        if (reports.updateStatus(id, status, now()) == 0) {
            // APPROVED is final: a leftover task must not reopen the report; the engine's work rolls back
            throw new ConflictException("监控报告已审核通过，不能再变更；该任务已失效");
        }
        if (status == ReportStatus.APPROVED) {
            // the last approved report closes its round; the same transaction sees this report approved
            rounds.closeIfAllApproved(reports.findById(id).getRoundId());
        }
        if (status == ReportStatus.RECTIFICATION) {
            MonitoringReport report = reports.findById(id);
            if (report.getRectificationRequest() == null) {
                // required through the generic task API: the requirement is the opinion just recorded
                reviews.history(SUBJECT_TYPE, id).stream()
                        .filter(e -> e.getAction() == ReviewAction.RECTIFY).reduce((a, b) -> b)
                        .ifPresent(e -> reports.updateRectificationRequest(id, e.getOpinion(), null));
            }
        }
    }

    /** The round's reminder: every report still with its unit is reminded of the due date. Returns how many. */
    @Transactional
    public int remindUnsubmitted(Long roundId) {
        MonitoringRound round = rounds.findById(roundId);
        List<Long> ids = reports.findIdsByStatus(roundId, WITH_UNIT);
        for (List<Long> chunk : chunks(ids)) {
            reports.markReminded(chunk, now());
        }
        auditTrail.recordSystemEvent(SUBJECT_TYPE, ids, ReportStatus.DRAFT.name(), ReviewAction.REMIND,
                "监控报告将于 " + round.getDueDate() + " 截止报送，请尽快填报");
        return ids.size();
    }

    /** After the due date: every report still with its unit is marked overdue. Returns how many. */
    @Transactional
    public int markOverdue(Long roundId) {
        MonitoringRound round = rounds.findById(roundId);
        List<Long> ids = reports.findIdsByStatus(roundId, WITH_UNIT);
        for (List<Long> chunk : chunks(ids)) {
            reports.markOverdue(chunk);
        }
        auditTrail.recordSystemEvent(SUBJECT_TYPE, ids, ReportStatus.DRAFT.name(), ReviewAction.OVERDUE,
                "已超过报送截止日期 " + round.getDueDate());
        return ids.size();
    }

    /** Reports by id with target and unit names, for inboxes; unknown ids are left out. */
    /**
     * An approved adjustment replaced the target: the reports its unit still holds (DRAFT, RETURNED) move to the
     * new version, keeping what was typed for every indicator the new version still has (same 一级/二级/三级) and
     * dropping the rest, with the lights recomputed against the new values. Reports already handed in stay on
     * the version they were signed for. Each move is recorded in the report's history (RETARGET).
     */
    @Transactional
    public int followAdjustment(Long supersededId, Long approvedId) {
        List<MonitoringReport> open = reports.findByTargetAndStatus(supersededId, WITH_UNIT);
        if (open.isEmpty()) {
            return 0;
        }
        PerformanceTarget before = targets.loadForSystem(supersededId);
        PerformanceTarget after = targets.loadForSystem(approvedId);
        Map<Long, Long> successor = successorIndicators(before, after);
        for (MonitoringReport report : open) {
            List<ReportIndicator> kept = new ArrayList<>();
            int dropped = 0;
            for (ReportIndicator row : reports.findIndicators(report.getId())) {
                Long next = successor.get(row.getIndicatorId());
                if (next == null) {
                    dropped++;
                    continue;
                }
                row.setIndicatorId(next);
                kept.add(row);
            }
            MonitoringRound round = rounds.findById(report.getRoundId());
            ReportLighting.Result lights = ReportLighting.of(after, round.getCutoffMonth(), thresholdsOf(round),
                    report.getExecutedFunds(), byIndicator(kept));
            for (ReportIndicator row : kept) {
                Reading reading = lights.indicators().get(row.getIndicatorId());
                row.setLight(reading.light() == null ? null : reading.light().name());
                row.setRatio(reading.ratio());
            }
            report.setTargetId(approvedId);
            report.setBudgetLight(lights.budget().light() == null ? null : lights.budget().light().name());
            report.setBudgetRatio(lights.budget().ratio());
            report.setLight(lights.overall() == null ? null : lights.overall().name());
            if (reports.retarget(report) == 0) {
                throw stale();
            }
            reports.deleteIndicators(report.getId());
            if (!kept.isEmpty()) {
                reports.insertIndicators(kept);
            }
            auditTrail.recordSystemEvent(SUBJECT_TYPE, List.of(report.getId()), report.getStatus().name(),
                    ReviewAction.RETARGET, "绩效目标调整已批复，报告改按调整后的目标填报"
                            + (dropped == 0 ? "" : "；" + dropped + " 项指标在调整后的目标中已不存在，其填报内容已移除"));
        }
        return open.size();
    }

    /** Old indicator id → the new version's indicator with the same 一级/二级/三级 (duplicates pair in order). */
    private static Map<Long, Long> successorIndicators(PerformanceTarget before, PerformanceTarget after) {
        Map<String, java.util.Deque<Long>> byKey = new HashMap<>();
        for (Indicator indicator : after.getIndicators()) {
            byKey.computeIfAbsent(TargetDiff.indicatorKey(indicator), k -> new java.util.ArrayDeque<>())
                    .add(indicator.getId());
        }
        Map<Long, Long> successor = new HashMap<>();
        for (Indicator indicator : before.getIndicators()) {
            java.util.Deque<Long> candidates = byKey.get(TargetDiff.indicatorKey(indicator));
            if (candidates != null && !candidates.isEmpty()) {
                successor.put(indicator.getId(), candidates.poll());
            }
        }
        return successor;
    }

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

    /** Claims the report for a reviewer's decision at {@code status} (before the engine is called). */
    @Transactional
    public boolean claim(Long id, ReportStatus status) {
        return reports.claim(id, status, null) == 1;
    }

    @Transactional(readOnly = true)
    public boolean visibleTo(CurrentUser user, Long id) {
        MonitoringReport report = id == null ? null : reports.findById(id);
        return report != null && inScope(user, report);
    }

    /** The round a report belongs to, e.g. for the timers (null when unknown). */
    public MonitoringRound round(Long roundId) {
        return rounds.findById(roundId);
    }

    // ---- internals

    private ReportDetail detail(CurrentUser user, MonitoringReport report) {
        MonitoringRound round = rounds.findById(report.getRoundId());
        PerformanceTarget target = targets.get(user, report.getTargetId());
        LightThresholds limits = thresholdsOf(round);
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
        boolean editable = report.getStatus().editable() && user.hasRole(Role.STAFF)
                && report.getUnitId().equals(user.orgId());
        return new ReportDetail(report, round, target, lights.budget(),
                BudgetLight.executionRate(target.totalFunds(), report.getExecutedFunds()), lines, limits, editable,
                reviews.openTaskFor(user, SUBJECT_TYPE, report.getId()));
    }

    private LightThresholds thresholdsOf(MonitoringRound round) {
        return thresholds.thresholdsFor(round.getFinanceOrgId(), round.getFiscalYear());
    }

    private MonitoringReport visible(CurrentUser user, Long id) {
        MonitoringReport report = id == null ? null : reports.findById(id);
        if (report == null || !inScope(user, report)) {
            throw new NotFoundException("监控报告 " + id + " 不存在");
        }
        return report;
    }

    private boolean inScope(CurrentUser user, MonitoringReport report) {
        return directory.scopeOf(user).includes(report.getUnitId());
    }

    private MonitoringReport editableBy(CurrentUser user, Long id) {
        MonitoringReport report = visible(user, id);
        if (!user.hasRole(Role.STAFF) || !report.getUnitId().equals(user.orgId())) {
            throw new ForbiddenException("只有本单位经办人可以填报监控报告");
        }
        if (!report.getStatus().editable()) {
            throw new ConflictException("监控报告已提交审核（" + report.getStatus().name() + "），不能修改");
        }
        return report;
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

    private static Map<Long, ReportIndicator> byIndicator(List<ReportIndicator> rows) {
        return rows.stream().filter(r -> r.getIndicatorId() != null)
                .collect(Collectors.toMap(ReportIndicator::getIndicatorId, Function.identity(), (a, b) -> a));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 500) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + 500)));
        }
        return chunks;
    }

    private static ConflictException stale() {
        return new ConflictException("监控报告已被修改（可能是他人同时保存或审核状态已变化），请刷新后再改");
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

}
