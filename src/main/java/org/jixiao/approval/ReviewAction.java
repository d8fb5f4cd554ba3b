package org.jixiao.approval;

/**
 * 送审 / 审核通过 / 退回 / 撤回, and for reports 要求整改 / 报送整改结果 / 催办 / 到期提醒 / 逾期,
 * and for self-evaluations 复核 (RESCORE); 否决 (REJECT: a 差 on the 88号 review sheet, or a reviewer of a configured
 * chain refusing for good); RETARGET when a report moves to its target's approved adjustment. REMIND, OVERDUE and
 * RETARGET are recorded by the system, URGE by a reviewer without a task; CC (抄送) by a task's holder who copies it to
 * colleagues. TRANSFER (转办), DELEGATE (委派) and RESOLVE (交回) hand a task over without deciding it (V46).
 * RETURN_TO_STEP (退回到指定环节: counterpart names the step), SIGN_BEFORE and SIGN_AFTER (加签 before or after the
 * step: counterpart names the signer) reroute a configurable chain for one case (V49).
 */
public enum ReviewAction { SUBMIT, APPROVE, RETURN, WITHDRAW, RECTIFY, RECTIFIED, URGE, REMIND, OVERDUE, RESCORE, RETARGET, CC,
    TRANSFER, DELEGATE, RESOLVE, REJECT, RETURN_TO_STEP, SIGN_BEFORE, SIGN_AFTER }
