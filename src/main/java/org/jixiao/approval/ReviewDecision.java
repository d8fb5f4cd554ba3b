package org.jixiao.approval;

/**
 * The only process variable a reviewer sets; gateways route on it. RECTIFY exists only where a process offers it;
 * REJECT (差 on the 88号 review sheet) only through a graded approval, and ends the subject for good.
 */
public enum ReviewDecision {
    APPROVE, RETURN, RECTIFY, REJECT;

    public static final String VARIABLE = "decision";
}
