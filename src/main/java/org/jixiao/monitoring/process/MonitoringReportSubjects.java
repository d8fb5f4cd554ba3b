package org.jixiao.monitoring.process;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jixiao.approval.ReviewDecision;
import org.jixiao.approval.InboxSource;
import org.jixiao.approval.ReviewSubjects;
import org.jixiao.approval.SubjectSummary;
import org.jixiao.monitoring.MonitoringReportService;
import org.jixiao.monitoring.ReportReviews;
import org.jixiao.monitoring.ReportStatus;
import org.jixiao.org.CurrentUser;
import org.springframework.stereotype.Component;

/** Tells the review chain about monitoring reports. */
@Component
class MonitoringReportSubjects implements ReviewSubjects {
    static final String PROCESS_KEY = "MonitoringReportProcess";
    /** The unit's own work: completed through the report form after its checks, never by "approve". */
    static final Set<String> FORM_TASKS = Set.of("Task_FillReport", "Task_ReportRectification");
    /** The review loop's one task: a step of the chain captured at hand-in (processes/monitoring-report.bpmn). */
    static final String REVIEW_TASK = "Task_Review";
    /** Finance's task of the fixed-chain version (exporterVersion 1.0): reports started on it finish on it. */
    static final String FINANCE_REVIEW_TASK = "Task_ReviewByFinanceBureau";
    static final String CHECK_RECTIFICATION_TASK = "Task_CheckRectification";
    private static final Set<ReviewDecision> FINANCE_DECISIONS = EnumSet.of(ReviewDecision.APPROVE,
            ReviewDecision.RETURN, ReviewDecision.RECTIFY);

    private final MonitoringReportService reports;
    private final ReportReviews reviews;

    MonitoringReportSubjects(MonitoringReportService reports, ReportReviews reviews) {
        this.reports = reports;
        this.reviews = reviews;
    }

    @Override
    public String subjectType() {
        return MonitoringReportService.SUBJECT_TYPE;
    }

    @Override
    public String processKey() {
        return PROCESS_KEY;
    }

    @Override
    public String reviewLocation(String taskId, Long subjectId) {
        return "monitoring/reports/" + subjectId;
    }

    @Override
    public Set<ReviewDecision> decisionsAt(String taskDefinitionKey) {
        if (FORM_TASKS.contains(taskDefinitionKey)) {
            return EnumSet.noneOf(ReviewDecision.class);
        }
        if (FINANCE_REVIEW_TASK.equals(taskDefinitionKey)) {
            return FINANCE_DECISIONS;
        }
        return EnumSet.of(ReviewDecision.APPROVE, ReviewDecision.RETURN);
    }

    /**
     * A step of the review loop offers 要求整改 where finance reviews it (the 财政局 or one of its 科室: the report then
     * shows FINANCE_REVIEW); a unit or department step offers 同意/退回 only. A report is never rejected for good: the
     * unit owes one each round, so the loop has no 否决.
     */
    @Override
    public Set<ReviewDecision> decisionsAt(String taskDefinitionKey, String subjectStatus) {
        if (REVIEW_TASK.equals(taskDefinitionKey)) {
            return ReportStatus.FINANCE_REVIEW.name().equals(subjectStatus) ? FINANCE_DECISIONS
                    : EnumSet.of(ReviewDecision.APPROVE, ReviewDecision.RETURN);
        }
        return decisionsAt(taskDefinitionKey);
    }

    /**
     * At finance's review a red report needs a decision of its own on 整改 (docs/rules.md §2), and a rectification
     * result must be read before it is confirmed: neither goes through a batch.
     */
    @Override
    public String batchRefusal(String taskDefinitionKey, Long subjectId) {
        return batchRefusals(taskDefinitionKey, java.util.List.of(subjectId)).get(subjectId);
    }

    /** The red reports of a batch in one read. */
    @Override
    public Map<Long, String> batchRefusals(String taskDefinitionKey, Collection<Long> subjectIds) {
        Map<Long, String> refused = new LinkedHashMap<>();
        if (CHECK_RECTIFICATION_TASK.equals(taskDefinitionKey)) {
            subjectIds.forEach(id -> refused.put(id, "整改结果须逐项核对确认，不能批量审核"));
        } else if (FINANCE_REVIEW_TASK.equals(taskDefinitionKey) || REVIEW_TASK.equals(taskDefinitionKey)) {
            reports.summaries(subjectIds).forEach((id, summary) -> {
                // at any finance step of the chain (the status says so), as at the fixed chain's finance task
                if (summary.status() == ReportStatus.FINANCE_REVIEW && "RED".equals(summary.light())) {
                    refused.put(id, "该报告亮红灯，须逐项决定是否要求整改，不能批量审核通过");
                }
            });
        }
        return refused;
    }

    @Override
    public Map<Long, SubjectSummary> describe(Collection<Long> ids) {
        Map<Long, SubjectSummary> result = new LinkedHashMap<>();
        reports.summaries(ids).forEach((id, s) -> result.put(id,
                new SubjectSummary(id, MonitoringReportService.SUBJECT_PREFIX + s.targetName(), s.status().name(), s.unitName())));
        return result;
    }

    @Override
    public void moveTo(Long id, String status) {
        reviews.moveTo(id, ReportStatus.valueOf(status));
    }

    @Override
    public boolean claim(Long id, String status) {
        return reviews.claim(id, ReportStatus.valueOf(status));
    }

    /** A report is due with its round; its amount is the target's 预算数 (财政资金 + 其他资金). */
    @Override
    public InboxSource inboxSource() {
        return new InboxSource("t.fiscal_year, s.round_id, r.cutoff_month, t.name, t.project_code,"
                + " COALESCE(t.fiscal_funds, 0) + COALESCE(t.other_funds, 0), r.due_date",
                "monitoring_report s JOIN performance_target t ON t.id = s.target_id"
                        + " JOIN monitoring_round r ON r.id = s.round_id WHERE s.id = #{subjectId}",
                "monitoring_report", "status", "light", MonitoringReportService.SUBJECT_PREFIX);
    }

    @Override
    public boolean visibleTo(CurrentUser user, Long id) {
        return reports.visibleTo(user, id);
    }

    @Override
    public java.util.Set<Long> visibleAmong(CurrentUser user, Collection<Long> ids) {
        return reports.visibleAmong(user, ids);
    }
}
