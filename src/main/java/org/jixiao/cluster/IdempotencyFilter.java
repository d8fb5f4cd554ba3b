package org.jixiao.cluster;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jixiao.common.web.Problems;
import org.jixiao.common.web.RequestBodyLimit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on state-changing {@code /api/**} requests (POST, PUT, PATCH, DELETE; multipart uploads
 * excluded). The first request with a key runs and its answer is stored with the key (V19); the same key with the
 * same method, path and body gets that answer again ({@code Idempotent-Replayed: true}) without running twice;
 * the same key with anything else is 422 on the header. While the first is still running, a second gets 409 with
 * {@code Retry-After}. A 5xx answer is not stored, so the client's retry runs again; if the node dies mid-request,
 * a retry takes the key over once its lease ({@code jixiao.idempotency.lease}, 30 s) has passed, and the state
 * guards of the action (conditional updates, unique keys) answer a request that did commit with 409.
 * Keys are per user, so two users' keys never meet. Runs after Spring Security, which supplies the user.
 */
@Component
@Order(0)
class IdempotencyFilter extends OncePerRequestFilter {
    static final String HEADER = "Idempotency-Key";
    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);
    private static final Set<String> METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** Visible ASCII only, so a key can be logged and compared byte for byte; the column holds 128. */
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,128}");

    private final IdempotentRequests requests;

    IdempotencyFilter(IdempotentRequests requests) {
        this.requests = requests;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String type = request.getContentType();
        return request.getHeader(HEADER) == null || !path.startsWith("/api/") || !METHODS.contains(request.getMethod())
                || (type != null && type.toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        String instance = request.getRequestURI();
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response); // security has answered or will answer; nothing to remember
            return;
        }
        if (!KEY.matcher(key).matches()) {
            Problems.write(response, HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key", "Idempotency-Key 无效",
                    "Idempotency-Key 须为 1–128 个可见 ASCII 字符", instance);
            return;
        }
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (RequestBodyLimit.TooLarge e) {
            Problems.write(response, HttpStatus.PAYLOAD_TOO_LARGE, "too-large", "请求体过大", "请求体不能超过 1 MB",
                    instance);
            return;
        }
        String principal = auth.getName();
        String hash = hash(request, body);
        String owner = UUID.randomUUID().toString();
        try {
            if (!requests.claim(principal, key, hash, owner) && !takeOver(principal, key, hash, owner, response,
                    instance)) {
                return;
            }
        } catch (DataAccessException e) {
            log.warn("Idempotency-Key {}: database unavailable ({})", key, e.getMessage());
            unavailable(response, instance);
            return;
        }
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(new CachedBodyRequest(request, body), recorded);
        } catch (IOException | ServletException | RuntimeException | Error failure) {
            // The action failed (common/web/ApiFailureBoundary answers it): nothing to replay, and whatever it
            // wrote is not its answer. This filter once copied it to the client anyway (committing the failed
            // action's status, 200) and took a DataAccessException from the chain for a failure to store the
            // answer (issue 9 §6 c, docs/cluster.md).
            releaseQuietly(principal, key, owner);
            throw failure;
        }
        int status = recorded.getStatus();
        if (status >= 500 || !store(principal, key, owner, status, recorded)) {
            releaseQuietly(principal, key, owner);
        }
        recorded.copyBodyToResponse();
    }

    /**
     * Stores the completed answer; false when the database refused. The action has committed by now, so the
     * client still gets its answer; a retry then runs again and the action's own state guard answers it.
     */
    private boolean store(String principal, String key, String owner, int status,
                          ContentCachingResponseWrapper recorded) {
        try {
            requests.finish(principal, key, owner, status, recorded.getContentType(),
                    recorded.getContentAsByteArray());
            return true;
        } catch (DataAccessException e) {
            log.warn("Idempotency-Key {}: answer not stored ({})", key, e.getMessage());
            return false;
        }
    }

    /** The key exists: replay, refuse, or take over an abandoned attempt. True when this request should run. */
    private boolean takeOver(String principal, String key, String hash, String owner, HttpServletResponse response,
                             String instance) throws IOException {
        Optional<IdempotentRequests.Stored> found = requests.find(principal, key);
        if (found.isEmpty()) { // released between our insert and our read: claim again once
            if (requests.claim(principal, key, hash, owner)) {
                return true;
            }
            found = requests.find(principal, key);
            if (found.isEmpty()) {
                inProgress(response, instance);
                return false;
            }
        }
        IdempotentRequests.Stored stored = found.get();
        if (!stored.requestHash().equals(hash)) {
            Problems.write(response, HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key", "Idempotency-Key 已用于另一请求",
                    "同一 Idempotency-Key 只能用于同一请求（方法、路径和请求体相同）", instance);
            return false;
        }
        if (stored.state() == IdempotentRequests.State.DONE) {
            response.setStatus(stored.status());
            if (stored.contentType() != null) {
                response.setContentType(stored.contentType());
            }
            response.setHeader("Idempotent-Replayed", "true");
            byte[] body = stored.body() == null ? new byte[0] : stored.body();
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return false;
        }
        if (requests.takeOver(principal, key, hash, owner)) {
            log.info("Idempotency-Key {}: taking over an attempt whose lease ran out", key);
            return true;
        }
        inProgress(response, instance);
        return false;
    }

    private void releaseQuietly(String principal, String key, String owner) {
        try {
            requests.release(principal, key, owner);
        } catch (DataAccessException e) {
            log.warn("Idempotency-Key {}: not released, a retry takes it over after the lease ({})", key,
                    e.getMessage());
        }
    }

    private static void inProgress(HttpServletResponse response, String instance) throws IOException {
        response.setHeader("Retry-After", "1");
        Problems.write(response, HttpStatus.CONFLICT, "idempotency-in-progress", "请求正在处理",
                "同一 Idempotency-Key 的请求正在处理，请稍后重试", instance);
    }

    private static void unavailable(HttpServletResponse response, String instance) throws IOException {
        response.setHeader("Retry-After", "2");
        Problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "服务暂不可用",
                "数据库暂不可用，请稍后用同一 Idempotency-Key 重试", instance);
    }

    /** SHA-256 of method, path with query and body: what "the same request" means. */
    static String hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String query = request.getQueryString();
            String line = request.getMethod() + " " + request.getRequestURI() + (query == null ? "" : "?" + query) + "\n";
            digest.update(line.getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
