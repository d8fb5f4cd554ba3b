package org.jixiao.security.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgKind;
import org.jixiao.org.Role;
import org.jixiao.security.JixiaoUserDetails;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The mapping from the IdP's person to our account, without an IdP: an ID token as Spring Security hands it over
 * after checking it (no userinfo endpoint, so none is called). The real flow: FreshStartSingleSignOnE2ETest.
 */
class OidcAccountsTest {
    private static final CurrentUser WANGWU = new CurrentUser(7L, "wangwu", "王五", 3L, OrgKind.UNIT, "本级",
            Set.of(Role.STAFF, Role.UNIT_LEADER), 1L);
    /** Our accounts: wangwu (with an admin-issued password still to be changed), nobody else. */
    private static final UserDetailsService OURS = username -> {
        if (username.equals("wangwu")) {
            return new JixiaoUserDetails(WANGWU, "{bcrypt}x", true);
        }
        throw new UsernameNotFoundException(username);
    };

    @Test
    void theClaimNamesOurUserWithOurRolesAndNoPasswordChange() {
        OidcUser user = new OidcAccounts(OURS, "preferred_username")
                .loadUser(request(Map.of("sub", "0b9d-opaque", "preferred_username", "wangwu", "roles", "ADMIN")));
        assertThat(user).isInstanceOf(JixiaoUserDetails.class);
        JixiaoUserDetails details = (JixiaoUserDetails) user;
        assertThat(details.user()).isEqualTo(WANGWU);
        assertThat(details.passwordChangeRequired()).isFalse();
        assertThat(user.getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_STAFF", "ROLE_UNIT_LEADER");
        assertThat(user.getName()).isEqualTo("wangwu");
        assertThat(user.getSubject()).isEqualTo("0b9d-opaque");
    }

    @Test
    void anotherClaimCanBeConfigured() {
        OidcUser user = new OidcAccounts(OURS, "employee_id")
                .loadUser(request(Map.of("sub", "x", "preferred_username", "someone", "employee_id", "wangwu")));
        assertThat(user.getName()).isEqualTo("wangwu");
    }

    @Test
    void aPersonWithoutAnAccountIsNotProvisioned() {
        assertThatThrownBy(() -> new OidcAccounts(OURS, "preferred_username")
                .loadUser(request(Map.of("sub", "y", "preferred_username", "outsider"))))
                .isInstanceOf(NotProvisionedException.class).hasMessageContaining("outsider");
    }

    @Test
    void noUsernameClaimIsAnIdpErrorNotAMatchOnSub() {
        assertThatThrownBy(() -> new OidcAccounts(OURS, "preferred_username")
                .loadUser(request(Map.of("sub", "wangwu"))))
                .isInstanceOf(OAuth2AuthenticationException.class).hasMessageContaining("preferred_username");
    }

    private static OidcUserRequest request(Map<String, Object> claims) {
        ClientRegistration registration = ClientRegistration.withRegistrationId("oidc").clientId("jixiao")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}").scope("openid", "profile")
                .authorizationUri("https://idp.test/authorize").tokenUri("https://idp.test/token")
                .userNameAttributeName("sub").build();
        Instant now = Instant.now();
        OAuth2AccessToken access = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "t", now,
                now.plusSeconds(60));
        return new OidcUserRequest(registration, access, new OidcIdToken("id", now, now.plusSeconds(60), claims));
    }
}
