package org.jixiao.admin;

import java.util.List;

/** What an admin (or an import row) says a user should be; roles as typed, checked by {@link UserChecks}. */
public record UserDraft(String username, String displayName, Long orgId, List<String> roles, String password) {
}
