package org.jixiao.common.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Security's strict firewall, applied before anything parses the path. Spring Security parses the request
 * path for its path matchers in front of its own firewall, and {@code //engine-rest/engine} (which Tomcat maps to
 * the engine servlet) made that parse throw: 500 instead of a refusal. Here every non-normalised path ({@code //},
 * {@code /./}, {@code ;x=y}, encoded dots and slashes, control characters) is a 400 problem JSON before any
 * servlet, filter chain or path rule sees it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class PathFirewall extends OncePerRequestFilter {
    private final StrictHttpFirewall firewall = new StrictHttpFirewall();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String uri = request.getRequestURI();
        try {
            if (uri != null && uri.contains("//")) {
                throw new RequestRejectedException("The request URI contains an empty path segment");
            }
            firewall.getFirewalledRequest(request);
        } catch (RequestRejectedException rejected) {
            Problems.write(response, HttpStatus.BAD_REQUEST, "bad-request", "请求格式错误", "请求路径不合规范，已拒绝", uri);
            return;
        }
        chain.doFilter(request, response);
    }
}
