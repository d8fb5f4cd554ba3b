package org.jixiao.org;

import java.util.Set;

/**
 * The signed-in person as every service sees it: who, where in the org tree, which roles.
 * Services take it as a parameter so that scope checks never depend on a thread-local.
 *
 * @param financeBureauId the finance bureau at the top of this user's branch (owner of region rules)
 */
public record CurrentUser(Long id, String username, String displayName, Long orgId, OrgKind orgKind,
                          String orgName, Set<Role> roles, Long financeBureauId) {

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
