package org.jixiao.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Issue 11 §1: until a user replaces an admin-issued password, the API answers every call except reading
 * {@code /api/me} and {@code POST /api/me/password} with 403 problem JSON, {@code "code": "PASSWORD_CHANGE_REQUIRED"}.
 * Runs after authentication; the API is stateless, so the flag is read fresh on every request.
 * camid (issue 11 §4): the engine's REST API and the Camunda webapps are closed the same way (nothing there is
 * allowed); the webapps' pages send the browser to 修改密码 instead.
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {
    static final String CODE = "PASSWORD_CHANGE_REQUIRED";
    /** For session-based chains: the session's principal keeps its sign-in flag, so "required" is asked again. */
    private final Predicate<String> stillRequired;

    PasswordChangeRequiredFilter() {
        this(username -> true);
    }

    PasswordChangeRequiredFilter(Predicate<String> stillRequired) {
        this.stillRequired = stillRequired;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof JixiaoUserDetails details
                && details.passwordChangeRequired() && !allowed(request)
                && stillRequired.test(details.getUsername())) {
            if (isWebappPage(request)) {
                response.sendRedirect(request.getContextPath() + "/me/password");
                return;
            }
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

    private static boolean isWebappPage(HttpServletRequest request) {
        return "GET".equals(request.getMethod())
                && request.getRequestURI().startsWith(request.getContextPath() + "/camunda/app/");
    }

    private static boolean allowed(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return ("GET".equals(request.getMethod()) && "/api/me".equals(path))
                || ("POST".equals(request.getMethod()) && "/api/me/password".equals(path));
    }
}
