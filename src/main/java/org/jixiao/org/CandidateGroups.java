package org.jixiao.org;

import java.util.List;

/**
 * Engine candidate groups derive from role + org node ("UNIT_LEADER:12"), so a task is offered to
 * exactly the people holding that role at that node, and no group membership is stored twice.
 */
public final class CandidateGroups {

    private static final String SEPARATOR = ":";

    private CandidateGroups() {
    }

    public static String of(Role role, Long orgId) {
        return role.name() + SEPARATOR + orgId;
    }

    /**
     * A finance role held at a desk (科室) acts for the bureau above it, so its group names the bureau; a step of a
     * configured chain that goes to that desk (issue 13 §1) names the desk, so such a user is in that group too.
     */
    public static List<String> of(CurrentUser user) {
        List<String> groups = new java.util.ArrayList<>(user.roles().stream()
                .map(role -> of(role, actingOrg(role, user))).toList());
        if (user.orgKind() == OrgKind.DESK) {
            user.roles().stream().filter(role -> role.heldAt() == OrgKind.FINANCE && role != Role.ADMIN)
                    .forEach(role -> groups.add(of(role, user.orgId())));
        }
        return List.copyOf(groups);
    }

    private static Long actingOrg(Role role, CurrentUser user) {
        return role.heldAt() == OrgKind.FINANCE && user.financeBureauId() != null ? user.financeBureauId() : user.orgId();
    }

    /** The role part of a candidate group, or null when the group is not one of ours. */
    public static Role roleOf(String group) {
        int at = group == null ? -1 : group.indexOf(SEPARATOR);
        if (at <= 0) {
            return null;
        }
        try {
            return Role.valueOf(group.substring(0, at));
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }
}
