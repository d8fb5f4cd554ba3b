package org.jixiao.security.lockout;

import java.io.IOException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.jixiao.security.sso.DirectoryThenLocal;
import org.jixiao.security.sso.LdapSignIn;
import org.jixiao.security.sso.NotProvisionedException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * The one {@link AuthenticationProvider} of the application: Spring Security builds its global authentication
 * manager from it (instead of a bare DaoAuthenticationProvider), so every chain's sign-in passes the lockout.
 */
@Configuration
public class LockoutConfig {
    /** The page a directory user without a Jixiao account lands on (尚未开通). */
    public static final String NOT_PROVISIONED_ROUTE = "not-provisioned";

    @Bean
    AuthenticationProvider throttledPasswordSignIn(UserDetailsService users, PasswordEncoder encoder,
                                                  SignInGuard guard, Environment env) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        AuthenticationProvider checks = passwords;
        // Sign-in through the central directory, off unless configured (docs/security.md, "Single sign-on").
        if (env.getProperty("jixiao.sso.ldap.enabled", Boolean.class, false)) {
            checks = new DirectoryThenLocal(new LdapSignIn(env.getRequiredProperty("jixiao.sso.ldap.url"),
                    env.getRequiredProperty("jixiao.sso.ldap.user-dn-pattern"), users), passwords);
        }
        return new ThrottledAuthenticationProvider(checks, guard);
    }

    /** Form login: a lock goes back to the login page with its end, which the page shows as 账户已锁定. */
    public static AuthenticationFailureHandler loginFailureHandler() {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException e) -> redirect(
                request, response, e instanceof SignInLockedException locked
                        ? "/login?locked=" + locked.until().getEpochSecond()
                        : e instanceof NotProvisionedException ? "/" + NOT_PROVISIONED_ROUTE : "/login?error");
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String path)
            throws IOException {
        response.sendRedirect(request.getContextPath() + path);
    }
}
