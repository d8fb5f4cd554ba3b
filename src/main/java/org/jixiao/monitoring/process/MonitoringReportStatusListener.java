package org.jixiao.monitoring.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.jixiao.monitoring.ReportReviews;
import org.jixiao.monitoring.ReportStatus;
import org.springframework.stereotype.Component;

/** Keeps the report's status in step with its process (same transaction as the engine). */
@Component("monitoringReportStatusListener")
public class MonitoringReportStatusListener {
    private final ReportReviews reports;

    MonitoringReportStatusListener(ReportReviews reports) {
        this.reports = reports;
    }

    public void enter(DelegateExecution execution, String status) {
        reports.moveTo(Long.valueOf(execution.getProcessBusinessKey()), ReportStatus.valueOf(status));
    }
}
