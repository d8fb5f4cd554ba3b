package org.jixiao.common.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The last word on every {@code /api/**} answer (issue 9 §6 c). Two rules:
 * <ul>
 * <li>No failure leaves an API request through the servlet container's error dispatch: whatever escapes the
 * filters and the handler (a database lost while authenticating, a commit that failed, an engine error) is answered
 * here as problem JSON: 503 with {@code Retry-After} when the database connection failed, 500 otherwise. The
 * container would forward to {@code /error}, which answers another shape, and for no {@code /api} client.</li>
 * <li>A state-changing request's answer is held back until the whole chain has returned, so no status or byte of
 * it reaches the client before every transaction inside committed; a failure after the handler began to write
 * throws the written part away. Its answers are small (uploads answer a few fields); reads are streamed as
 * before.</li>
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class ApiFailureBoundary extends OncePerRequestFilter {
    private static final Logger log = LoggerFactory.getLogger(ApiFailureBoundary.class);
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper held = READS.contains(request.getMethod()) ? null
                : new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, held == null ? response : held);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (response.isCommitted()) {
                // a read already streaming: the connection is cut rather than an error appended to a 200
                throw failure;
            }
            answer(request, response, failure);
            return;
        }
        if (held != null) {
            held.copyBodyToResponse();
        }
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response, Exception failure)
            throws IOException {
        String where = request.getMethod() + " " + request.getRequestURI();
        if (DatabaseOutage.isCause(failure)) {
            log.warn("{}: database unavailable, answered 503 ({})", where, rootMessage(failure));
            response.setHeader("Retry-After", "2");
            Problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "服务暂不可用",
                    "数据库暂不可用，本次请求未完成，请稍后重试（带 Idempotency-Key 的请求用同一个键重试）",
                    request.getRequestURI());
        } else {
            log.error("{}: failed, answered 500", where, failure);
            Problems.write(response, HttpStatus.INTERNAL_SERVER_ERROR, "internal", "服务器内部错误",
                    "请求未能完成，请稍后重试；如仍失败请联系系统管理员", request.getRequestURI());
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
