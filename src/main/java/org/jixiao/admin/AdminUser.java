package org.jixiao.admin;

import java.util.List;
import org.jixiao.org.Role;

/** A user as the admin screens and API show it: never the password hash. */
public record AdminUser(Long id, String username, String displayName, Long orgId, String orgName, List<Role> roles,
                        boolean active, boolean mustChangePassword, int version) {
}
