package org.jixiao.security.tokens;

import org.jixiao.security.JixiaoUserDetails;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request signed in with a personal access token: the owner's details and authorities, and which token. */
public class PersonalTokenAuthentication extends AbstractAuthenticationToken {
    private final JixiaoUserDetails owner;
    private final Long tokenId;

    PersonalTokenAuthentication(JixiaoUserDetails owner, Long tokenId) {
        super(owner.getAuthorities());
        this.owner = owner;
        this.tokenId = tokenId;
        setAuthenticated(true);
    }

    public Long tokenId() {
        return tokenId;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return owner;
    }
}
