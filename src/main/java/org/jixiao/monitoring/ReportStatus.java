package org.jixiao.monitoring;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a monitoring report (监控报告) stands: being filled (DRAFT), at each review step, required to rectify
 * (整改, the unit reports its 整改结果) and finance checking that result, returned with an opinion, or approved.
 */
public enum ReportStatus {
    DRAFT("待填报"), UNIT_REVIEW("单位负责人确认中"), DEPT_REVIEW("主管部门审核中"), FINANCE_REVIEW("财政局审核中"),
    RECTIFICATION("整改中"), RECTIFICATION_CHECK("整改结果确认中"), RETURNED("被退回"), APPROVED("审核通过");

    private final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    /** The Chinese label of official documents (exports); screens use the i18n bundles. */
    public String label() {
        return label;
    }

    /** The unit has handed the report in and it has not been sent back (counts as 已提交). */
    public static final Set<ReportStatus> SUBMITTED =
            EnumSet.of(UNIT_REVIEW, DEPT_REVIEW, FINANCE_REVIEW, RECTIFICATION, RECTIFICATION_CHECK, APPROVED);

    /** The unit may edit the report's figures (not while it is reviewed or after approval). */
    public static final Set<ReportStatus> EDITABLE = EnumSet.of(DRAFT, RETURNED);

    public boolean editable() {
        return EDITABLE.contains(this);
    }
}
