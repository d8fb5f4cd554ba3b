package org.jixiao.org;

/**
 * Published when people or the organisation change through the application (an admin action, an import, a user's
 * own password change), so that what was read from them for a few seconds (the personal token cache) is dropped.
 *
 * @param username the one account that changed, or null when anything may have (an org move touches many people)
 */
public record AccountsChanged(String username) {

    public static AccountsChanged everyone() {
        return new AccountsChanged(null);
    }
}
