package org.jixiao.approval;

/**
 * The only process variable a reviewer sets; gateways route on it. RECTIFY exists only where a process offers it;
 * REJECT (否决, a final end) only in the configurable review loop: a 差 on the 88号 review sheet, or a reviewer's refusal.
 */
public enum ReviewDecision {
    APPROVE, RETURN, RECTIFY, REJECT;

    public static final String VARIABLE = "decision";
}
