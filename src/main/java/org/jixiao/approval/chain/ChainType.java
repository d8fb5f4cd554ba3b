package org.jixiao.approval.chain;

import java.util.List;
import org.jixiao.org.Role;

/**
 * The kinds of subject a bureau configures a chain for. All four run the configurable review loop: the monitoring
 * report and self-evaluation processes keep their own steps (整改, 复核) around it.
 */
public enum ChainType {
    TARGET_PROJECT(true), TARGET_DEPARTMENT(true), MONITORING_REPORT(false), SELF_EVALUATION(false);

    private final boolean gradable;

    ChainType(boolean gradable) {
        this.gradable = gradable;
    }

    /** Every type's chain may be edited (kept in the API, which reported the fixed chains before). */
    public boolean configurable() {
        return true;
    }

    /**
     * Whether a step may carry the 88号 review sheet: only a target's. Its 完整性/相关性/适当性/可行性 judge how a target
     * is designed, not a report of its execution or a self-evaluation's scores (finance's 复核 re-scores those), and
     * its 差 rejects for good, which a report a unit owes every round cannot be.
     */
    public boolean gradable() {
        return gradable;
    }

    /** Today's chain, used where a bureau saved none for the year: it reproduces the fixed BPMN exactly. */
    public List<ChainStep> defaults() {
        String finance = this == SELF_EVALUATION ? "财政局审核（复核）" : "财政局审核";
        String unit = this == MONITORING_REPORT || this == SELF_EVALUATION ? "单位负责人确认" : "单位负责人审核";
        return List.of(
                new ChainStep("unit", unit, Role.UNIT_LEADER, ChainLevel.UNIT, null, false, null, true, false),
                new ChainStep("department", "主管部门审核", Role.DEPT_REVIEWER, ChainLevel.DEPARTMENT, null, false, null,
                        true, false),
                new ChainStep("finance", finance, Role.FINANCE_REVIEWER, ChainLevel.FINANCE, null, false, null, true,
                        false));
    }

    /** The chain type of a target of the given kind ({@code PROJECT} / {@code DEPARTMENT}). */
    public static ChainType ofTargetKind(String kind) {
        return "DEPARTMENT".equals(kind) ? TARGET_DEPARTMENT : TARGET_PROJECT;
    }
}
