package org.jixiao.monitoring.process;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jixiao.approval.ReviewDecision;
import org.jixiao.approval.ReviewSubjects;
import org.jixiao.approval.SubjectSummary;
import org.jixiao.monitoring.MonitoringReportService;
import org.jixiao.monitoring.ReportStatus;
import org.jixiao.org.CurrentUser;
import org.springframework.stereotype.Component;

/** Tells the review chain about monitoring reports. */
@Component
class MonitoringReportSubjects implements ReviewSubjects {
    static final String PROCESS_KEY = "MonitoringReportProcess";
    /** The unit's own work: completed through the report form after its checks, never by "approve". */
    static final Set<String> FORM_TASKS = Set.of("Task_FillReport", "Task_ReportRectification");
    static final String FINANCE_REVIEW_TASK = "Task_ReviewByFinanceBureau";

    private final MonitoringReportService reports;

    MonitoringReportSubjects(MonitoringReportService reports) {
        this.reports = reports;
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
            return EnumSet.allOf(ReviewDecision.class);
        }
        return EnumSet.of(ReviewDecision.APPROVE, ReviewDecision.RETURN);
    }

    @Override
    public Map<Long, SubjectSummary> describe(Collection<Long> ids) {
        Map<Long, SubjectSummary> result = new LinkedHashMap<>();
        reports.summaries(ids).forEach((id, s) -> result.put(id,
                new SubjectSummary(id, "监控报告：" + s.targetName(), s.status().name(), s.unitName())));
        return result;
    }

    @Override
    public boolean claim(Long id, String status) {
        return reports.claim(id, ReportStatus.valueOf(status));
    }

    @Override
    public boolean visibleTo(CurrentUser user, Long id) {
        return reports.visibleTo(user, id);
    }
}
