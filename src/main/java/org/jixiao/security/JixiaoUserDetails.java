package org.jixiao.security;

import java.util.Collection;
import java.util.List;
import org.jixiao.org.CurrentUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** Spring Security's view of a user; carries the {@link CurrentUser} the services need. */
public class JixiaoUserDetails implements UserDetails {
    private final CurrentUser user;
    private final String passwordHash;
    /** Admin-issued password not yet replaced: only the password change is open (PasswordChangeRequiredFilter). */
    private final boolean passwordChangeRequired;

    public JixiaoUserDetails(CurrentUser user, String passwordHash) {
        this(user, passwordHash, false);
    }

    public JixiaoUserDetails(CurrentUser user, String passwordHash, boolean passwordChangeRequired) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.passwordChangeRequired = passwordChangeRequired;
    }

    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    public CurrentUser user() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = user.roles().stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }
}
