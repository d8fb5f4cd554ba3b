package org.jixiao.common.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Content-Security-Policy and Referrer-Policy on every response, set before anything else runs so that error
 * pages and problem JSON carry them too. Camunda's webapps set their own, stricter-for-them policy later and it
 * replaces ours (their filter sets the same header).
 *
 * <p>The UI policy is the tightest Vaadin Flow 24 works with (checked in headless Chromium, see
 * ContentSafetyE2ETest): scripts from our origin only, plus {@code 'unsafe-inline'} (the bootstrap page inlines
 * its start-up script) and {@code 'unsafe-eval'} (Flow runs server-sent JavaScript, e.g. executeJs and element
 * property bindings, through {@code new Function}); styles need {@code 'unsafe-inline'} because the Lumo theme and
 * the web components inject {@code <style>} elements at run time. No other origin is allowed anywhere, nothing may
 * frame the app, forms post only to us, and no plugin content runs. The API returns data only, so its policy
 * allows nothing at all.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SecurityHeaders extends OncePerRequestFilter {
    static final String UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; frame-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'self'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    /** Our URLs carry ids; another site learns nothing of them. */
    static final String REFERRER_POLICY = "same-origin";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith("/api/") || path.startsWith("/engine-rest") || path.startsWith("/v3/api-docs");
        response.setHeader("Content-Security-Policy", api ? API_POLICY : UI_POLICY);
        response.setHeader("Referrer-Policy", REFERRER_POLICY);
        chain.doFilter(request, response);
    }
}
