package org.jixiao.monitoring;

import java.time.LocalDate;
import java.util.List;

/**
 * A round with its progress, counted from the report rows: created, submitted (handed in and not sent
 * back), approved, overdue, and the distribution of target lights.
 */
public record MonitoringRoundSummary(Long id, int fiscalYear, int cutoffMonth, LocalDate dueDate, boolean allDepartments,
                           List<Long> departmentIds,
                           MonitoringRoundStatus status, int total, int created, int submitted, int approved, int overdue,
                           Lights lights) {

    public record Lights(int red, int yellow, int green, int blue) {
    }
}
