package org.jixiao.approval;

/** The only process variable a reviewer sets; gateways route on it. */
public enum ReviewDecision {
    APPROVE, RETURN;

    public static final String VARIABLE = "decision";
}
