package org.jixiao.security.lockout;

import java.time.Instant;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Wraps the password check of every sign-in (form login, HTTP Basic on the API and on the Camunda webapps):
 * a locked account or address is refused before the password is looked at, and every wrong password or unknown
 * username counts. Unknown usernames are counted and locked exactly like real ones, and the wrapped provider
 * runs a dummy BCrypt for them, so neither the answer nor its timing tells whether an account exists.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {
    private final AuthenticationProvider passwords;
    private final SignInGuard guard;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, SignInGuard guard) {
        this.passwords = passwords;
        this.guard = guard;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName();
        String address = addressOf(attempt);
        Instant lockedUntil = guard.lockedUntil(username, address);
        if (lockedUntil != null) {
            throw new SignInLockedException(lockedUntil);
        }
        Authentication result;
        try {
            result = passwords.authenticate(attempt);
        } catch (BadCredentialsException wrong) {
            guard.recordFailure(username, address);
            throw wrong;
        }
        if (result != null && guard.hasFailures(username)) {
            guard.recordSuccess(username);
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }

    /** Both Basic and form login attach the request's remote address (behind a proxy: see docs/security.md). */
    static String addressOf(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "unknown";
    }
}
