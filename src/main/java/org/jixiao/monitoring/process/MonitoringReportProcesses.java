package org.jixiao.monitoring.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.approval.ReviewService;
import org.jixiao.approval.process.ChainSteps;
import org.jixiao.monitoring.MonitoringReport;
import org.jixiao.monitoring.MonitoringReportService;
import org.jixiao.monitoring.ReportWorkflow;
import org.springframework.stereotype.Component;

/** Starts report processes (through the review chain); a round's deadline process is the shared RoundDeadlines. */
@Component
class MonitoringReportProcesses implements ReportWorkflow {

    private final ReviewService reviews;

    MonitoringReportProcesses(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void startReports(List<MonitoringReport> reports, Long financeBureauId, int fiscalYear) {
        Map<Long, Map<String, Object>> starts = new LinkedHashMap<>();
        for (MonitoringReport report : reports) {
            Map<String, Object> ids = new LinkedHashMap<>();
            ids.put("unitId", report.getUnitId());
            ids.put("departmentId", report.getDepartmentId());
            ids.put("financeBureauId", financeBureauId);
            ids.put(ChainSteps.FISCAL_YEAR, fiscalYear);
            starts.put(report.getId(), ids);
        }
        reviews.begin(MonitoringReportService.SUBJECT_TYPE, starts);
    }
}
