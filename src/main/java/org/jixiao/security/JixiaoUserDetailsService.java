package org.jixiao.security;

import org.jixiao.org.AppUser;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgDirectory;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Users, BCrypt hashes and roles come from our own tables. */
@Service
class JixiaoUserDetailsService implements UserDetailsService {
    private final OrgDirectory directory;

    JixiaoUserDetailsService(OrgDirectory directory) {
        this.directory = directory;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AppUser account = directory.account(username).filter(AppUser::isEnabled)
                .orElseThrow(() -> new UsernameNotFoundException(username));
        CurrentUser user = directory.currentUser(username)
                .orElseThrow(() -> new UsernameNotFoundException(username));
        return new JixiaoUserDetails(user, account.getPasswordHash(), account.isMustChangePassword());
    }
}
