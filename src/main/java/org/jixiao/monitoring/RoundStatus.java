package org.jixiao.monitoring;

/** Where a monitoring round stands: reports being created (OPENING), open for filling (OPEN), closed. */
public enum RoundStatus {
    OPENING, OPEN, CLOSED
}
