package org.jixiao.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import org.jixiao.security.lockout.LockoutConfig;
import org.jixiao.security.sso.OidcSignIn;
import org.jixiao.security.tokens.PersonalTokenFilter;
import org.jixiao.security.tokens.PersonalTokenService;
import org.jixiao.security.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Four chains: the engine's REST API and the Camunda webapps (ADMIN only), our REST API
 * (HTTP Basic, stateless) and the Vaadin UI (form login). Camunda's Jersey servlet is matched with
 * {@code PathPatternRequestMatcher}; plain string matchers never match it.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
public class SecurityConfig {

    /**
     * BCrypt at cost 10 (Spring's default) unless {@code jixiao.security.bcrypt-strength} says otherwise. The test
     * suite sets 4: its API calls use HTTP Basic, and at cost 10 the BCrypt checks alone took over half of the
     * suite's CPU. A hash keeps the cost it was made with, so lowering the setting never weakens stored passwords.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${jixiao.security.bcrypt-strength:10}") int strength) {
        if (strength < 4 || strength > 31) {
            throw new IllegalStateException("jixiao.security.bcrypt-strength must be 4..31, not " + strength);
        }
        return new BCryptPasswordEncoder(strength);
    }

    @Bean
    @Order(1)
    SecurityFilterChain engineRestChain(HttpSecurity http) throws Exception {
        ProblemAuthenticationEntryPoint problems = new ProblemAuthenticationEntryPoint();
        // camid (issue 11 §4): an admin-issued password opens nothing of the engine either
        http.addFilterAfter(new PasswordChangeRequiredFilter(), AuthorizationFilter.class);
        return http.securityMatcher(withDefaults().matcher("/engine-rest/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole("ADMIN"))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebappChain(HttpSecurity http, PasswordChanges passwords,
                                           org.springframework.context.MessageSource messages) throws Exception {
        // camid (issue 11 §4): nor of the webapps; the session keeps the sign-in flag, so it is asked again
        http.addFilterAfter(new PasswordChangeRequiredFilter(passwords::changeRequired), AuthorizationFilter.class);
        return http.securityMatcher(new OrRequestMatcher(withDefaults().matcher("/camunda/**"),
                        withDefaults().matcher("/camunda-welcome/**")))
                .authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .anyRequest().hasRole("ADMIN"))
                .exceptionHandling(ex -> ex.accessDeniedHandler(new WebappAccessDenied(messages)))
                // Camunda's webapps carry their own CSRF protection.
                .csrf(csrf -> csrf.disable())
                .formLogin(form -> form.loginPage("/login"))
                .httpBasic(basic -> { })
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain apiChain(HttpSecurity http, PersonalTokenService tokens) throws Exception {
        ProblemAuthenticationEntryPoint problems = new ProblemAuthenticationEntryPoint();
        // signin (issue 11 §3): personal access tokens (Authorization: Bearer jxp_…) before HTTP Basic
        http.addFilterBefore(new PersonalTokenFilter(tokens, problems), BasicAuthenticationFilter.class);
        return http.securityMatcher(new OrRequestMatcher(withDefaults().matcher("/api/**"),
                        withDefaults().matcher("/v3/api-docs/**"), withDefaults().matcher("/v3/api-docs")))
                .authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // admin (issue 11 §1): an admin-issued password must be replaced before anything else
                .addFilterAfter(new PasswordChangeRequiredFilter(), AuthorizationFilter.class)
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain uiChain(HttpSecurity http, RequestUtil vaadinRequests, ObjectProvider<OidcSignIn> oidc)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers(withDefaults().matcher("/themes/**"), withDefaults().matcher("/icons/**"),
                        withDefaults().matcher("/images/**")).permitAll());
        // Login CSRF: Vaadin's configurer exempts the login page's POST from CSRF, so a foreign page could sign a
        // browser in as someone else. Our own CSRF setup exempts only Vaadin's internal requests (they carry
        // Vaadin's own token); the login form posts Spring's token, which Vaadin puts in the page's _csrf meta tags.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false));
        // signin (issue 11 §3): a locked account goes back to the login page with the lock's end (账户已锁定).
        // After Vaadin's configurer, so its login page is set first (else Spring's generated page takes over).
        http.formLogin(form -> form.failureHandler(LockoutConfig.loginFailureHandler()));
        // sso (issue 11 §3): sign-in through the IdP when jixiao.sso.oidc.enabled; the same failure pages.
        OidcSignIn sso = oidc.getIfAvailable();
        if (sso != null) {
            http.oauth2Login(sso.login(LockoutConfig.loginFailureHandler()));
        }
        return http.build();
    }
}
