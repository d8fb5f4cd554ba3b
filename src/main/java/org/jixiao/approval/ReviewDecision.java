package org.jixiao.approval;

/** The only process variable a reviewer sets; gateways route on it. RECTIFY exists only where a process offers it. */
public enum ReviewDecision {
    APPROVE, RETURN, RECTIFY;

    public static final String VARIABLE = "decision";
}
