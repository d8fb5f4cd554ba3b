package org.jixiao.monitoring;

import static org.jixiao.monitoring.MonitoringReportService.SUBJECT_TYPE;
import static org.jixiao.monitoring.ReportAccess.now;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.approval.ReviewAction;
import org.jixiao.approval.ReviewDecision;
import org.jixiao.approval.ReviewService;
import org.jixiao.approval.ReviewTask;
import org.jixiao.common.ConflictException;
import org.jixiao.common.FieldViolation;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.ValidationException;
import org.jixiao.monitoring.internal.BudgetFollowUp;
import org.jixiao.monitoring.internal.MonitoringReport;
import org.jixiao.monitoring.internal.MonitoringReportMapper;
import org.jixiao.monitoring.internal.MonitoringRoundMapper;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review side of a report beyond 同意/退回 (which go through approval's generic task API): finance's 整改 and
 * the unit's 整改结果, 催办, and the status the process moves the report to (same transaction as the engine).
 */
@Service
public class ReportReviews {
    private final MonitoringReportMapper reports;
    private final MonitoringRoundMapper rounds;
    private final MonitoringReportService forms;
    private final ReviewService reviews;
    private final ReportAccess access;

    ReportReviews(MonitoringReportMapper reports, MonitoringRoundMapper rounds, MonitoringReportService forms,
                  ReviewService reviews, ReportAccess access) {
        this.reports = reports;
        this.rounds = rounds;
        this.forms = forms;
        this.reviews = reviews;
        this.access = access;
    }

    /**
     * Finance requires rectification (整改) on its review task: the requirement and the budget follow-up are kept
     * on the report and the unit gets a follow-up task to report its 整改结果.
     */
    @Transactional
    public ReportDetail requireRectification(CurrentUser user, Long id, String requirement, BudgetFollowUp followUp) {
        MonitoringReport report = access.visible(user, id);
        if (!user.hasRole(Role.FINANCE_REVIEWER)) {
            throw new ForbiddenException("只有财政局审核人可以要求整改");
        }
        ReviewTask task = reviews.openTaskFor(user, SUBJECT_TYPE, id)
                .filter(t -> t.decisions().contains(ReviewDecision.RECTIFY))
                .orElseThrow(() -> new ConflictException("该报告当前不在您的财政局审核待办中，不能要求整改"));
        if (requirement == null || requirement.isBlank()) {
            throw ValidationException.of("requirement", "请填写整改要求和建议");
        }
        if (requirement.length() > ReportChecks.TEXT_LIMIT) {
            throw ValidationException.of("requirement", "整改要求不能超过 " + ReportChecks.TEXT_LIMIT + " 个字");
        }
        reports.updateRectificationRequest(report.getId(), requirement.strip(), followUp);
        reviews.requireRectification(task.id(), user, requirement);
        return forms.get(user, id);
    }

    /** The unit reports its 整改结果 (STAFF of the unit, while RECTIFICATION); finance then confirms it. */
    @Transactional
    public ReportDetail reportRectification(CurrentUser user, Long id, Integer version, String result) {
        MonitoringReport report = access.visible(user, id);
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
        return forms.get(user, id);
    }

    /**
     * 催办: finance (or the unit's department) urges a unit that has not handed its report in; recorded in the
     * report's history and shown to the unit.
     */
    @Transactional
    public ReportDetail urge(CurrentUser user, Long id, String message) {
        MonitoringReport report = access.visible(user, id);
        Role role = user.hasRole(Role.FINANCE_REVIEWER) ? Role.FINANCE_REVIEWER
                : user.hasRole(Role.DEPT_REVIEWER) ? Role.DEPT_REVIEWER : null;
        if (role == null) {
            throw new ForbiddenException("只有主管部门或财政局可以催办");
        }
        if (!MonitoringReportService.WITH_UNIT.contains(report.getStatus())
                && report.getStatus() != ReportStatus.RECTIFICATION) {
            throw new ConflictException("该报告已报送，无需催办");
        }
        if (message != null && message.length() > ReportChecks.TEXT_LIMIT) {
            throw ValidationException.of("message", "催办说明不能超过 " + ReportChecks.TEXT_LIMIT + " 个字");
        }
        reports.urge(id, now());
        reviews.note(SUBJECT_TYPE, id, report.getStatus().name(), ReviewAction.URGE, user, role,
                message == null || message.isBlank() ? "请尽快报送监控报告" : message.strip());
        return forms.get(user, id);
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

    /** Claims the report for a reviewer's decision at {@code status} (before the engine is called). */
    @Transactional
    public boolean claim(Long id, ReportStatus status) {
        return reports.claim(id, status, null) == 1;
    }
}
