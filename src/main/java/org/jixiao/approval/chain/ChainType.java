package org.jixiao.approval.chain;

import java.util.List;
import org.jixiao.org.Role;

/**
 * The kinds of subject a bureau configures a chain for. Only the target chains run through the configurable review
 * loop yet; the monitoring report and self-evaluation processes still have their fixed steps (整改, 复核 around
 * them), so their chains are shown but not editable.
 */
public enum ChainType {
    TARGET_PROJECT(true), TARGET_DEPARTMENT(true), MONITORING_REPORT(false), SELF_EVALUATION(false);

    private final boolean configurable;

    ChainType(boolean configurable) {
        this.configurable = configurable;
    }

    public boolean configurable() {
        return configurable;
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
