package org.jixiao.security.sso;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OAuth2LoginConfigurer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sign-in through the provincial identity provider (OIDC, authorization code flow; issue 11 §3), off unless
 * {@code jixiao.sso.oidc.enabled}. The login page then offers 通过统一身份认证登录, which leads to
 * {@link #AUTHORIZATION_PATH}; the IdP's user becomes our user of the same username (claim
 * {@code jixiao.sso.oidc.username-claim}, default {@code preferred_username}) with our roles and org; an IdP user
 * without an active Jixiao account lands on the 尚未开通 page. Settings: docs/security.md, "Single sign-on: OIDC".
 */
@Component
@ConditionalOnProperty(name = "jixiao.sso.oidc.enabled", havingValue = "true")
public class OidcSignIn {
    /** Where the login page's button leads: Spring Security redirects from here to the IdP. */
    public static final String AUTHORIZATION_PATH = "/oauth2/authorization/" + DiscoveredRegistration.ID;
    /** The login page's query parameter after a failed IdP sign-in. */
    public static final String SSO_ERROR = "sso-error";
    private static final Logger LOG = LoggerFactory.getLogger(OidcSignIn.class);

    private final DiscoveredRegistration registration;
    private final OidcAccounts accounts;

    public OidcSignIn(Environment env, UserDetailsService users) {
        this.registration = new DiscoveredRegistration(env.getRequiredProperty("jixiao.sso.oidc.issuer-uri"),
                env.getRequiredProperty("jixiao.sso.oidc.client-id"),
                env.getRequiredProperty("jixiao.sso.oidc.client-secret"),
                List.of(env.getProperty("jixiao.sso.oidc.scopes", "openid,profile").split("\\s*,\\s*")),
                env.getProperty("jixiao.sso.oidc.username-claim", "preferred_username"));
        this.accounts = new OidcAccounts(users, env.getProperty("jixiao.sso.oidc.username-claim", "preferred_username"));
    }

    /**
     * The UI chain's OIDC login. Failures go to the same handler as form login, so an unprovisioned or deactivated
     * user sees 尚未开通 and anything else the login page's error.
     */
    public Customizer<OAuth2LoginConfigurer<HttpSecurity>> login(AuthenticationFailureHandler failures) {
        AuthenticationFailureHandler handler = oidcFailures(failures);
        return login -> login.loginPage("/login")
                .clientRegistrationRepository(registration)
                .userInfoEndpoint(info -> info.oidcUserService(accounts))
                .failureHandler(handler)
                // The IdP unreachable (discovery fails) on the way out: the login page says so, instead of a 500.
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                        filter.setAuthenticationFailureHandler(handler);
                        return filter;
                    }
                });
    }

    /**
     * 尚未开通 as for LDAP; anything else (IdP unreachable, a bad or replayed answer, no username claim) → the login
     * page with 统一身份认证失败 ({@code ?sso-error}), never the password error; the cause goes to the log.
     */
    private static AuthenticationFailureHandler oidcFailures(AuthenticationFailureHandler failures) {
        return (request, response, e) -> {
            if (e instanceof NotProvisionedException) {
                failures.onAuthenticationFailure(request, response, e);
                return;
            }
            LOG.warn("OIDC sign-in failed: {}", e.getMessage(), e.getCause());
            response.sendRedirect(request.getContextPath() + "/login?" + SSO_ERROR);
        };
    }
}
