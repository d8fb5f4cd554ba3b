package org.jixiao.notify;

/**
 * What a notice tells its recipient (issue 13 §4). ASSIGNED: a review task waits for you; RETURNED: your submission
 * came back (退回 or 要求整改); APPROVED: your submission passed its whole chain; REJECTED: it was rejected for good;
 * URGED: a reviewer urges you (催办); REMINDED / OVERDUE: a deadline is near / past; CC: someone copied a task to
 * you (抄送); DELEGATED_BACK: the colleague you delegated to has handed the task back; ESCALATED: a step below
 * yours is past its deadline (督办, issue 13 §3).
 */
public enum NotificationKind { ASSIGNED, RETURNED, APPROVED, REJECTED, URGED, REMINDED, OVERDUE, CC, DELEGATED_BACK,
    ESCALATED }
