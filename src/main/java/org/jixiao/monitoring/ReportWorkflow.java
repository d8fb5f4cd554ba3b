package org.jixiao.monitoring;

import java.util.List;

/**
 * The processes behind reports, implemented in {@code monitoring.process} so this package stays free of the
 * engine. Called inside the transaction that creates the reports, so a report never exists without its process.
 * (A round's deadline process is started by the shared round lifecycle, {@code rounds.process.RoundDeadlines}.)
 */
public interface ReportWorkflow {

    /**
     * Starts the review process of each new report (first step: the unit fills it in); the fiscal year picks the
     * review chain captured at each hand-in.
     */
    void startReports(List<MonitoringReport> reports, Long financeBureauId, int fiscalYear);
}
