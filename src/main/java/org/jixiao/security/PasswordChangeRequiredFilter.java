package org.jixiao.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Issue 11 §1: until a user replaces an admin-issued password, the API answers every call except reading
 * {@code /api/me} and {@code POST /api/me/password} with 403 problem JSON, {@code "code": "PASSWORD_CHANGE_REQUIRED"}.
 * Runs after authentication; the API is stateless, so the flag is read fresh on every request.
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {
    static final String CODE = "PASSWORD_CHANGE_REQUIRED";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof JixiaoUserDetails details
                && details.passwordChangeRequired() && !allowed(request)) {
            response.setStatus(403);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"type\":\"https://jixiao.org/problems/password-change-required\","
                    + "\"title\":\"需要修改密码\",\"status\":403,\"code\":\"" + CODE + "\","
                    + "\"detail\":\"首次登录或密码被重置后须先修改密码：POST /api/me/password {currentPassword, newPassword}\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean allowed(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return ("GET".equals(request.getMethod()) && "/api/me".equals(path))
                || ("POST".equals(request.getMethod()) && "/api/me/password".equals(path));
    }
}
