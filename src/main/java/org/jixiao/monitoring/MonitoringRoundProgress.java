package org.jixiao.monitoring;

import java.time.LocalDate;

/** An open round as a reviewer's workbench line: reports in the reviewer's scope, handed in, and overdue. */
public record MonitoringRoundProgress(Long roundId, int fiscalYear, int cutoffMonth, LocalDate dueDate, int total,
                            int submitted, int overdue) {
}
