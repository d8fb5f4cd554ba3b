package org.jixiao.monitoring;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A report the unit still has to act on (fill in, correct after a return, or report its 整改结果), with its round
 * and the signals the workbench shows: 已逾期, 催办 count, and the reminder (即将截止) once sent.
 */
public record PendingReport(Long id, Long roundId, int fiscalYear, int cutoffMonth, LocalDate dueDate,
                            String targetName, ReportStatus status, boolean overdue, int urgeCount,
                            Instant remindedAt) {
}
