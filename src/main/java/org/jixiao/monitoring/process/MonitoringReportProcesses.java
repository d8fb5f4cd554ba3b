package org.jixiao.monitoring.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.jixiao.approval.ReviewService;
import org.jixiao.monitoring.MonitoringReport;
import org.jixiao.monitoring.MonitoringReportService;
import org.jixiao.monitoring.ReportWorkflow;
import org.springframework.stereotype.Component;

/** Starts report processes (through the review chain) and the round's deadline process. */
@Component
class MonitoringReportProcesses implements ReportWorkflow {
    static final String ROUND_PROCESS_KEY = "MonitoringRoundProcess";

    private final ReviewService reviews;
    private final RuntimeService runtimeService;

    MonitoringReportProcesses(ReviewService reviews, RuntimeService runtimeService) {
        this.reviews = reviews;
        this.runtimeService = runtimeService;
    }

    @Override
    public void startReports(List<MonitoringReport> reports, Long financeBureauId) {
        Map<Long, Map<String, Object>> starts = new LinkedHashMap<>();
        for (MonitoringReport report : reports) {
            Map<String, Object> ids = new LinkedHashMap<>();
            ids.put("unitId", report.getUnitId());
            ids.put("departmentId", report.getDepartmentId());
            ids.put("financeBureauId", financeBureauId);
            starts.put(report.getId(), ids);
        }
        reviews.begin(MonitoringReportService.SUBJECT_TYPE, starts);
    }

    @Override
    public void startRoundSchedule(Long roundId) {
        runtimeService.startProcessInstanceByKey(ROUND_PROCESS_KEY, String.valueOf(roundId));
    }
}
