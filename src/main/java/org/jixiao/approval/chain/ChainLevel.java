package org.jixiao.approval.chain;

import org.jixiao.org.OrgKind;
import org.jixiao.org.Role;

/**
 * Where a step's reviewer sits, relative to the subject's unit: the unit itself, its department, the finance bureau,
 * or a finance desk (科室) of the bureau, named or the one in charge of the subject's department. The level also
 * decides the status a subject shows while the step is open, so today's UNIT_REVIEW / DEPT_REVIEW / FINANCE_REVIEW
 * keep their meaning whatever the chain.
 */
public enum ChainLevel {
    UNIT(Role.UNIT_LEADER, "UNIT_REVIEW"),
    DEPARTMENT(Role.DEPT_REVIEWER, "DEPT_REVIEW"),
    FINANCE(Role.FINANCE_REVIEWER, "FINANCE_REVIEW"),
    DESK(Role.FINANCE_REVIEWER, "FINANCE_REVIEW");

    private final Role role;
    private final String status;

    ChainLevel(Role role, String status) {
        this.role = role;
        this.status = status;
    }

    /** The one role that reviews at this level (the roles are held at org nodes of one kind each). */
    public Role role() {
        return role;
    }

    /** The subject's status while a step of this level is open. */
    public String status() {
        return status;
    }

    /** The order a case climbs in: a chain never goes back down from finance to the unit. */
    int rank() {
        return this == DESK ? FINANCE.ordinal() : ordinal();
    }

    static OrgKind kind(ChainLevel level) {
        return switch (level) {
            case UNIT -> OrgKind.UNIT;
            case DEPARTMENT -> OrgKind.DEPARTMENT;
            case FINANCE -> OrgKind.FINANCE;
            case DESK -> OrgKind.DESK;
        };
    }
}
