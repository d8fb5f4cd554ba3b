package org.jixiao.security;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Cockpit, Tasklist and Admin trust our login instead of keeping their own users: Spring Security
 * admits only ADMIN to {@code /camunda/**}, and this filter (running after it) hands the signed-in
 * principal to the webapps, so no second password exists anywhere. Who the principal is and which groups they
 * are in, the webapps read from the engine's identity service, which is ours (security/camunda,
 * RosterIdentityProvider): the same people and groups as Jixiao, ADMIN in {@code camunda-admin}.
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
     * The stock authentication (user, groups and apps read through the engine), with the apps kept for members of
     * {@code camunda-admin}. Engine authorizations are off, under which the stock code would open every app to
     * anyone; Spring Security's ADMIN check comes first anyway, so this is the second lock, not the first.
     */
    static class TrustedPrincipalFilter extends ContainerBasedAuthenticationFilter {
        @Override
        protected UserAuthentication createAuthentication(ProcessEngine engine, String username,
                                                          List<String> groups, List<String> tenants) {
            UserAuthentication authentication = super.createAuthentication(engine, username, groups, tenants);
            if (authentication == null) {
                // deactivated since signing in: known to nobody, may open nothing
                authentication = new UserAuthentication(username, engine.getName());
                authentication.setGroupIds(List.of());
                authentication.setTenantIds(List.of());
            }
            if (!authentication.getGroupIds().contains(Groups.CAMUNDA_ADMIN)) {
                authentication.setAuthorizedApps(Set.of());
            }
            return authentication;
        }
    }
}
