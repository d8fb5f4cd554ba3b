package org.jixiao.monitoring;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a monitoring report (监控报告) stands: being filled (DRAFT), at each review step, sent back for
 * rectification (整改), returned with an opinion, or approved.
 */
public enum ReportStatus {
    DRAFT, UNIT_REVIEW, DEPT_REVIEW, FINANCE_REVIEW, RECTIFICATION, RETURNED, APPROVED;

    /** The unit has handed the report in and it has not been sent back (counts as 已提交). */
    public static final Set<ReportStatus> SUBMITTED =
            EnumSet.of(UNIT_REVIEW, DEPT_REVIEW, FINANCE_REVIEW, RECTIFICATION, APPROVED);
}
