package org.jixiao.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401/403 for the API as problem JSON, so clients get the same error shape everywhere. */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof InternalAuthenticationServiceException) {
            // the user could not be looked up (database unavailable, e.g. restarting): not the client's fault,
            // and a retry will do; a 401 would make it drop its credentials (issue 9 §6 c)
            response.setHeader("Retry-After", "2");
            write(response, 503, "unavailable", "服务暂不可用", "暂时无法验证用户，请稍后重试");
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"jixiao\", charset=\"UTF-8\"");
        write(response, 401, "unauthorized", "未登录", "请先登录（HTTP Basic 认证）");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, 403, "forbidden", "无权操作", "当前用户没有访问此资源的权限");
    }

    private static void write(HttpServletResponse response, int status, String type, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"https://jixiao.org/problems/" + type + "\",\"title\":\"" + title
                + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
    }
}
