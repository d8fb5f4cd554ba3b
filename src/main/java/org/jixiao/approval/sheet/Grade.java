package org.jixiao.approval.sheet;

import org.jixiao.approval.ReviewDecision;

/**
 * 审核结果 / a criterion's grade under 财预〔2015〕88号: 优 proceeds; 良 proceeds with a 完善意见 the unit sees;
 * 中 is returned to be revised and resubmitted; 差 may not enter budgeting (rejected, final).
 */
public enum Grade {
    EXCELLENT("优"), GOOD("良"), FAIR("中"), POOR("差");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** What the overall result decides in the review process. */
    public ReviewDecision decision() {
        return switch (this) {
            case EXCELLENT, GOOD -> ReviewDecision.APPROVE;
            case FAIR -> ReviewDecision.RETURN;
            case POOR -> ReviewDecision.REJECT;
        };
    }

    /** A criterion graded 中 or 差 names what is wrong: its comment is required. */
    public boolean needsComment() {
        return this == FAIR || this == POOR;
    }
}
