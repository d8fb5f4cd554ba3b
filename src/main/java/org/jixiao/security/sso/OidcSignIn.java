package org.jixiao.security.sso;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OAuth2LoginConfigurer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
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
        return login -> login.loginPage("/login")
                .clientRegistrationRepository(registration)
                .userInfoEndpoint(info -> info.oidcUserService(accounts))
                .failureHandler(failures);
    }
}
