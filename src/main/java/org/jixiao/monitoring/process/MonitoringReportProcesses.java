package org.jixiao.monitoring.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.approval.ReviewService;
import org.jixiao.approval.process.ReviewEngine;
import org.jixiao.monitoring.MonitoringReport;
import org.jixiao.monitoring.MonitoringReportService;
import org.jixiao.monitoring.ReportWorkflow;
import org.springframework.stereotype.Component;

/** Starts report processes (through the review chain) and the round's deadline process. */
@Component
class MonitoringReportProcesses implements ReportWorkflow {
    static final String ROUND_PROCESS_KEY = "MonitoringRoundProcess";

    private final ReviewService reviews;
    private final ReviewEngine engine;

    MonitoringReportProcesses(ReviewService reviews, ReviewEngine engine) {
        this.reviews = reviews;
        this.engine = engine;
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
        engine.startPlain(ROUND_PROCESS_KEY, roundId);
    }
}
