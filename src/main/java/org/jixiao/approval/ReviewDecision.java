package org.jixiao.approval;

/**
 * The only process variable a reviewer sets; gateways route on it. RECTIFY exists only where a process offers it;
 * REJECT (否决, a final end) only in the configurable review loop: a 差 on the 88号 review sheet, or a reviewer's refusal;
 * there too RETURN_TO_STEP and ADD_SIGNER, the reviewer's tools that reroute the loop.
 */
public enum ReviewDecision {
    APPROVE, RETURN, RECTIFY, REJECT,
    /** 退回到指定环节 (issue 13 §3): back to a passed step of the configurable loop; with it, {@code returnTo}. */
    RETURN_TO_STEP,
    /** 加签 before the step: the loop opens the added signer's review first; with it, {@code addedSignerId}. */
    ADD_SIGNER;

    public static final String VARIABLE = "decision";
}
