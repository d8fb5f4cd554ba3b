package org.jixiao.monitoring;

import java.time.Instant;

/** A report as lists show it: with its target's name and unit. */
public record ReportSummary(Long id, Long roundId, Long targetId, String targetName, String projectCode, Long unitId,
                            String unitName, ReportStatus status, String budgetLight, String light, boolean overdue,
                            int urgeCount, Instant submittedAt) {
}
