package org.jixiao.monitoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jixiao.approval.ReviewTask;
import org.jixiao.monitoring.internal.MonitoringReport;
import org.jixiao.monitoring.internal.MonitoringRound;
import org.jixiao.monitoring.internal.ReportIndicator;
import org.jixiao.monitoring.lights.LightThresholds;
import org.jixiao.monitoring.lights.Reading;
import org.jixiao.targets.Indicator;
import org.jixiao.targets.PerformanceTarget;

/**
 * A report as its screen and the API show it: the stored figures and lights, the round, the target with one line
 * per indicator, and what the caller may do now ({@code editable}, the caller's open task if any).
 */
public record ReportDetail(MonitoringReport report, MonitoringRound round, PerformanceTarget target,
                           Reading budget, BigDecimal executionRate, List<Line> lines, LightThresholds thresholds,
                           boolean editable, Optional<ReviewTask> openTask) {

    /** An indicator of the target with the unit's row for it (an empty row until filled) and its reading. */
    public record Line(Indicator indicator, ReportIndicator row, Reading reading) {
    }
}
