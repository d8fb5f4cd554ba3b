package org.jixiao.monitoring;

/**
 * Where a monitoring round stands: reports being created (OPENING), open for filling and review (OPEN), closed
 * once every report is approved (CLOSED).
 */
public enum MonitoringRoundStatus {
    OPENING, OPEN, CLOSED
}
