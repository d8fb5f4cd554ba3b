package org.jixiao.monitoring;

import java.util.List;

/**
 * Published once per committed chunk of new reports (never before the commit): the seam where the
 * per-report process ({@code monitoring-report.bpmn}) is to be started. A listener that fails does not
 * undo the reports; starting processes must therefore itself be idempotent per report id.
 */
public record MonitoringReportsCreated(Long roundId, List<Long> reportIds) {
}
