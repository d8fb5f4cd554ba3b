package org.jixiao.org;

/** What a user may do, always together with the org node the user belongs to. */
public enum Role {
    /** 项目经办人: drafts targets and fills in reports for a unit. */
    STAFF(OrgKind.UNIT),
    /** 单位负责人: signs off a unit's submissions. */
    UNIT_LEADER(OrgKind.UNIT),
    /** 主管部门审核: reviews the submissions of the department's units. */
    DEPT_REVIEWER(OrgKind.DEPARTMENT),
    /** 财政局审核: reviews everything under the finance bureau. */
    FINANCE_REVIEWER(OrgKind.FINANCE),
    /** System administrator; also the only role admitted to the engine's REST API and webapps. */
    ADMIN(OrgKind.FINANCE);

    private final OrgKind heldAt;

    Role(OrgKind heldAt) {
        this.heldAt = heldAt;
    }

    /** The kind of org node a holder of this role belongs to. */
    public OrgKind heldAt() {
        return heldAt;
    }
}
