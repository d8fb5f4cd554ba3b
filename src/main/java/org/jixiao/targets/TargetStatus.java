package org.jixiao.targets;

/**
 * Mirrors where the approval process stands (未送审, 待审核 at each step, 被退回, 已批复). SUPERSEDED is an
 * approved version replaced by an approved adjustment (目标调整): kept, read-only, no longer in force. REJECTED
 * (已否决) is final: a reviewer of a configured chain refused it, or graded it 差 on the 88号 review sheet. It gets no
 * budget and is never resubmitted or edited; the unit may copy it into a new draft.
 */
public enum TargetStatus {
    DRAFT, UNIT_REVIEW, DEPT_REVIEW, FINANCE_REVIEW, RETURNED, APPROVED, SUPERSEDED, REJECTED;

    /** Only drafts and returned targets may be edited by their unit. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    public boolean inReview() {
        return this == UNIT_REVIEW || this == DEPT_REVIEW || this == FINANCE_REVIEW;
    }

    /** Never left (TargetMapper.xml's status update refuses to), so a target here keeps its content for good. */
    public boolean terminal() {
        return this == APPROVED || this == SUPERSEDED || this == REJECTED;
    }
}
