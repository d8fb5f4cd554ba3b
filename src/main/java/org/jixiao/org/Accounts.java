package org.jixiao.org;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jixiao.org.internal.UserMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts as other modules read and change them (issue 10 §4: the org module shows an API, not its mappers): the
 * admin's screens and first-start admin, the demo's people, a user's own password change. The checks (who may, which
 * name is free, how strong a password is) stay with the caller; the writes join the caller's transaction, which
 * also holds the caller's checks and audit entry, so they refuse to run without one.
 */
@Service
public class Accounts {
    private final UserMapper users;

    Accounts(UserMapper users) {
        this.users = users;
    }

    /**
     * The account row alone, roles not read, enabled or not. Not transactional of its own:
     * {@code GET /api/me} asks it on every call, outside any transaction.
     */
    public Optional<AppUser> row(String username) {
        return Optional.ofNullable(username == null ? null : users.findByUsername(username));
    }

    /** The user's roles, sorted by name. */
    public List<Role> roles(Long userId) {
        return users.findRoles(userId);
    }

    /** Inserts the account (version 0) and its roles; the account's id is set afterwards. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void create(AppUser account, Collection<Role> roles) {
        users.insert(account);
        grant(account.getId(), roles);
    }

    /** Adds roles to an existing account; the admin's edit removes the old ones first. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void grant(Long userId, Collection<Role> roles) {
        roles.forEach(role -> users.insertRole(userId, role));
    }

    /**
     * Replaces the password hash and bumps the version. {@code mustChange}: the owner's own change clears the forced
     * change, an admin's reset sets it. False when no such account.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean setPassword(Long id, String hash, boolean mustChange) {
        return users.updatePassword(id, hash, mustChange) > 0;
    }
}
