package org.jixiao.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jixiao.security.lockout.SignInLockedException;
import org.jixiao.security.sso.NotProvisionedException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401/403 for the API as problem JSON, so clients get the same error shape everywhere. */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {
    private static final DateTimeFormatter LOCK_END = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        // signin (issue 11 §3): a locked account or address is 429 with Retry-After, not another 401 challenge
        if (e instanceof SignInLockedException locked) {
            long seconds = Math.max(1, Duration.between(Instant.now(), locked.until()).toSeconds());
            response.setHeader("Retry-After", Long.toString(seconds));
            write(response, 429, "sign-in-locked", "账户已锁定", "登录失败次数过多，账户已锁定至 "
                    + LOCK_END.format(locked.until()) + "，请稍后再试", ",\"code\":\"SIGN_IN_LOCKED\",\"lockedUntil\":\""
                    + locked.until() + "\"");
            return;
        }
        if (e instanceof NotProvisionedException) {
            write(response, 403, "not-provisioned", "尚未开通", "您已通过统一身份认证，但尚未开通本系统账号，请联系系统管理员",
                    ",\"code\":\"NOT_PROVISIONED\"");
            return;
        }
        // signin (issue 11 §3): the API takes a personal access token too; a refused token says why in both places
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"jixiao\", error=\"invalid_token\"");
            write(response, 401, "unauthorized", "未登录", "令牌无效、已过期或已撤销");
            return;
        }
        if (e instanceof InternalAuthenticationServiceException) {
            // the user could not be looked up (database unavailable, e.g. restarting): not the client's fault,
            // and a retry will do; a 401 would make it drop its credentials (issue 9 §6 c)
            response.setHeader("Retry-After", "2");
            write(response, 503, "unavailable", "服务暂不可用", "暂时无法验证用户，请稍后重试");
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"jixiao\", charset=\"UTF-8\"");
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/engine-rest")) {
            response.addHeader("WWW-Authenticate", "Bearer realm=\"jixiao\""); // tokens are for our API only
        }
        write(response, 401, "unauthorized", "未登录", "请先登录（HTTP Basic 认证或 Bearer 令牌）");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, 403, "forbidden", "无权操作", "当前用户没有访问此资源的权限", "");
    }

    private static void write(HttpServletResponse response, int status, String type, String title, String detail)
            throws IOException {
        write(response, status, type, title, detail, "");
    }

    private static void write(HttpServletResponse response, int status, String type, String title, String detail,
                              String extraMembers) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"https://jixiao.org/problems/" + type + "\",\"title\":\"" + title
                + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"" + extraMembers + "}");
    }
}
