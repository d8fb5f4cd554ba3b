package org.jixiao.security;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Cockpit, Tasklist and Admin trust our login instead of keeping their own users: Spring Security
 * admits only ADMIN to {@code /camunda/**}, and this filter (running after it) hands the signed-in
 * principal to the webapps, so no second password exists anywhere.
 */
@Configuration
class CamundaWebappSingleSignOn {
    private static final String CONTAINER_PROVIDER =
            "org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider";

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaContainerAuthentication() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new TrustedPrincipalFilter());
        registration.setInitParameters(Map.of("authentication-provider", CONTAINER_PROVIDER));
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(101);
        return registration;
    }

    /**
     * Our users live in our tables, not in the engine's identity service, so the stock lookup would find
     * nobody. Spring Security has already checked the ADMIN role before this filter runs.
     */
    static class TrustedPrincipalFilter extends ContainerBasedAuthenticationFilter {
        @Override
        protected UserAuthentication createAuthentication(ProcessEngine engine, String username,
                                                          List<String> groups, List<String> tenants) {
            UserAuthentication authentication = new UserAuthentication(username, engine.getName());
            authentication.setGroupIds(groups == null ? List.of() : groups);
            authentication.setTenantIds(tenants == null ? List.of() : tenants);
            authentication.setAuthorizedApps(Set.of("welcome", "cockpit", "tasklist", "admin"));
            // The webapps' cache refresh re-reads the engine's identity service, which holds none of our
            // users, and would drop the session; Spring Security re-checks the role on every request anyway.
            authentication.setCacheValidationTime(new Date(Long.MAX_VALUE));
            return authentication;
        }
    }
}
