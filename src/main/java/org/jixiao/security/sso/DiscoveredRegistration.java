package org.jixiao.security.sso;

import java.util.List;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * The one client registration ({@value #ID}), read from the issuer's discovery document on first use rather than at
 * start-up: the application starts (and local passwords work) while the IdP is unreachable, and a failed discovery
 * is tried again at the next sign-in.
 */
final class DiscoveredRegistration implements ClientRegistrationRepository {
    static final String ID = "oidc";

    private final String issuer;
    private final String clientId;
    private final String clientSecret;
    private final List<String> scopes;
    private final String usernameClaim;
    private volatile ClientRegistration registration;

    DiscoveredRegistration(String issuer, String clientId, String clientSecret, List<String> scopes,
                           String usernameClaim) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.scopes = scopes;
        this.usernameClaim = usernameClaim;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known == null) {
            synchronized (this) {
                if (registration == null) {
                    registration = ClientRegistrations.fromIssuerLocation(issuer)
                            .registrationId(ID)
                            .clientId(clientId)
                            .clientSecret(clientSecret)
                            .scope(scopes)
                            .userNameAttributeName(usernameClaim)
                            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                            .build();
                }
                known = registration;
            }
        }
        return known;
    }
}
