package org.jixiao.security.sso;

import java.util.Map;
import org.jixiao.org.CurrentUser;
import org.jixiao.security.JixiaoUserDetails;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Our user, signed in through the IdP: the services see a {@link JixiaoUserDetails} with our roles and org like
 * any other sign-in; Spring's OIDC support sees the IdP's tokens. No local password and no forced password change:
 * the IdP's credential is the one in use (docs/security.md).
 */
final class IdpSignedInUser extends JixiaoUserDetails implements OidcUser {
    private final OidcUser person;

    IdpSignedInUser(CurrentUser user, OidcUser person) {
        super(user, null, false);
        this.person = person;
    }

    @Override
    public Map<String, Object> getClaims() {
        return person.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return person.getUserInfo();
    }

    @Override
    public OidcIdToken getIdToken() {
        return person.getIdToken();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return person.getAttributes();
    }

    @Override
    public String getName() {
        return getUsername();
    }
}
