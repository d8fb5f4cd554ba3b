package org.jixiao.monitoring;

import java.util.List;
import org.jixiao.monitoring.internal.MonitoringReport;

/**
 * The processes behind reports, implemented in {@code monitoring.process} so this package stays free of the
 * engine. Called inside the transaction that creates the reports, so a report never exists without its process.
 * (A round's deadline process is started by the shared round lifecycle, {@code rounds.process.RoundDeadlines}.)
 */
public interface ReportWorkflow {

    /** Starts the review process of each new report (first step: the unit fills it in). */
    void startReports(List<MonitoringReport> reports, Long financeBureauId);
}
