package org.jixiao.approval;

/**
 * 送审 / 审核通过 / 退回 / 撤回, and for reports 要求整改 / 报送整改结果 / 催办 / 到期提醒 / 逾期,
 * and for self-evaluations 复核 (RESCORE); RETARGET when a report moves to its target's approved adjustment.
 * REJECT (否决) ends a configurable chain for good. REMIND, OVERDUE and RETARGET are recorded by the system, URGE by a reviewer without a task.
 */
public enum ReviewAction { SUBMIT, APPROVE, RETURN, WITHDRAW, RECTIFY, RECTIFIED, URGE, REMIND, OVERDUE, RESCORE, RETARGET, REJECT }
