package org.jixiao.monitoring;

/**
 * One line of a round's progress: a department (for finance) or a unit (for a department or unit),
 * with its report counts and the distribution of overall lights.
 *
 * @param level {@code DEPARTMENT} or {@code UNIT}
 */
public record ProgressRow(Long orgId, String orgName, String level, int reports, int submitted, int approved,
                          int overdue, MonitoringRoundSummary.Lights lights) {
}
