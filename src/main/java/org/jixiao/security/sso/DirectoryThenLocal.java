package org.jixiao.security.sso;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

/**
 * The directory first; the local password is the fallback (domain.md §4) — for accounts the directory does not
 * hold (the first admin) and while the directory is unreachable. A directory user without a Jixiao account
 * ({@link NotProvisionedException}) is not retried locally.
 */
public class DirectoryThenLocal implements AuthenticationProvider {
    private final AuthenticationProvider directory;
    private final AuthenticationProvider local;

    public DirectoryThenLocal(AuthenticationProvider directory, AuthenticationProvider local) {
        this.directory = directory;
        this.local = local;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        try {
            return directory.authenticate(attempt);
        } catch (BadCredentialsException | AuthenticationServiceException notByTheDirectory) {
            return local.authenticate(attempt);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return local.supports(authentication);
    }
}
