package org.jixiao.monitoring;

/** Published once a round has a report for every approved target in scope and is OPEN. */
public record MonitoringRoundOpened(Long roundId, int total) {
}
