package org.jixiao.monitoring;

import java.util.List;

/**
 * The processes behind rounds and reports, implemented in {@code monitoring.process} so this package stays free
 * of the engine. Both are called inside the transaction that creates the round or the reports, so a report never
 * exists without its process, nor a round without its deadline timers.
 */
public interface ReportWorkflow {

    /** Starts the review process of each new report (first step: the unit fills it in). */
    void startReports(List<MonitoringReport> reports, Long financeBureauId);

    /** Starts the round's deadline process (reminder before the due date, overdue marking after it). */
    void startRoundSchedule(Long roundId);
}
