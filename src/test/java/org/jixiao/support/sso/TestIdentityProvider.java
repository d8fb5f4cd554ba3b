package org.jixiao.support.sso;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID Connect provider for the tests (Spring Authorization Server: discovery, JWKS, authorization code
 * flow, ID tokens signed with a fresh RSA key, its own password login page). It is a Spring application, so it runs
 * in a JVM of its own ({@link ChildJvm}); only the auto-configuration it needs is imported, so the application's
 * database, engine and UI on the shared test classpath stay out of it.
 *
 * <p>Properties: {@code idp.issuer} (e.g. http://127.0.0.1:9000), {@code idp.redirect-uri} (the app's
 * {@code …/login/oauth2/code/oidc}), {@code idp.client-id}, {@code idp.client-secret}, {@code idp.users}
 * ("name:password,name:password"). The ID token's {@code sub} is an opaque id and {@code preferred_username} the
 * sign-in name, as at a real provincial IdP, so the app must map by the claim, not by {@code sub}.
 */
// Deliberately not a @Configuration: the application's component scan of org.jixiao (in the suite's context and in
// the app's child JVM) must not pick it up. SpringApplication takes it as its source all the same.
@ImportAutoConfiguration({ServletWebServerFactoryAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
        SecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class})
@EnableWebSecurity
public class TestIdentityProvider {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(TestIdentityProvider.class);
        app.setDefaultProperties(java.util.Map.of("spring.config.name", "test-idp", "spring.main.banner-mode", "off"));
        app.run(args);
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
        http.securityMatcher(server.getEndpointsMatcher())
                .with(server, s -> s.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain passwordLogin(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .formLogin(Customizer.withDefaults())
                .build();
    }

    @Bean
    UserDetailsService idpUsers(Environment env) {
        List<UserDetails> users = new ArrayList<>();
        for (String entry : env.getRequiredProperty("idp.users").split(",")) {
            String[] nameAndPassword = entry.split(":", 2);
            users.add(User.withUsername(nameAndPassword[0]).password("{noop}" + nameAndPassword[1]).roles("USER")
                    .build());
        }
        return new InMemoryUserDetailsManager(users);
    }

    @Bean
    RegisteredClientRepository clients(Environment env) {
        RegisteredClient jixiao = RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(env.getRequiredProperty("idp.client-id"))
                .clientSecret("{noop}" + env.getRequiredProperty("idp.client-secret"))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(env.getRequiredProperty("idp.redirect-uri"))
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                .build();
        return new InMemoryRegisteredClientRepository(jixiao);
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> usernameClaim() {
        return context -> {
            if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                String name = context.getPrincipal().getName();
                context.getClaims().subject(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString())
                        .claim("preferred_username", name);
            }
        };
    }

    @Bean
    JWKSource<SecurityContext> keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var pair = generator.generateKeyPair();
        RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(UUID.randomUUID().toString()).build();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    /** The userinfo endpoint checks the access token with it. */
    @Bean
    JwtDecoder accessTokens(JWKSource<SecurityContext> keys) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
    }

    @Bean
    AuthorizationServerSettings settings(Environment env) {
        return AuthorizationServerSettings.builder().issuer(env.getRequiredProperty("idp.issuer")).build();
    }
}
