package org.jixiao.security.sso;

import org.jixiao.security.JixiaoUserDetails;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The IdP vouched for a person (ID token checked: signature from the JWKS, issuer, audience, expiry); this finds our
 * account of the same username. Unknown or deactivated → {@link NotProvisionedException} (尚未开通). Roles and org
 * come from our tables only, never from the IdP's claims.
 */
final class OidcAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {
    private final OidcUserService idp = new OidcUserService();
    private final UserDetailsService users;
    private final String usernameClaim;

    OidcAccounts(UserDetailsService users, String usernameClaim) {
        this.users = users;
        this.usernameClaim = usernameClaim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser person = idp.loadUser(request);
        Object claim = person.getClaims().get(usernameClaim);
        if (!(claim instanceof String username) || username.isBlank()) {
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_user_info",
                    "统一身份认证未提供用户名（" + usernameClaim + "）", null));
        }
        UserDetails account;
        try {
            account = users.loadUserByUsername(username);
        } catch (UsernameNotFoundException notHere) {
            throw new NotProvisionedException(username);
        }
        return new IdpSignedInUser(((JixiaoUserDetails) account).user(), person);
    }
}
