package org.jixiao.security.tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jixiao.common.FieldViolation;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.NotFoundException;
import org.jixiao.common.ValidationException;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Personal access tokens (issue 11 §3): a machine client sends {@code Authorization: Bearer jxp_…} and pays one
 * SHA-256 and one indexed read instead of a BCrypt check per call. A token is 256 random bits, so a fast hash is
 * enough to store it (no dictionary to guess from). It acts as its owner with the owner's roles and scope as they
 * are at the time of each request, never more; a token cannot make or revoke tokens (see the controller).
 */
@Service
public class PersonalTokenService {
    public static final String PREFIX = "jxp_";
    public static final int NAME_LENGTH = 100;
    public static final int MAX_DAYS = 365;
    /** Enough for every client of one person; an endless supply would only help a stolen session. */
    public static final int MAX_LIVE_TOKENS = 20;
    /** How stale "last used" may get before a request writes it again. */
    static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PersonalTokenMapper mapper;
    private final OrgDirectory directory;
    private final TokenCache cache;
    private final TransactionTemplate transaction;

    PersonalTokenService(PersonalTokenMapper mapper, OrgDirectory directory, TokenCache cache,
                         PlatformTransactionManager transactions) {
        this.mapper = mapper;
        this.directory = directory;
        this.cache = cache;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The new token's id and its secret, which is not kept anywhere and cannot be shown again. */
    public record Created(Long id, String token, PersonalToken details) {
    }

    @Transactional
    public Created create(CurrentUser owner, String name, Integer expiresInDays) {
        String trimmed = name == null ? "" : name.strip();
        List<FieldViolation> violations = new ArrayList<>();
        if (trimmed.isEmpty()) {
            violations.add(new FieldViolation("name", "请填写令牌名称（例如使用它的系统）"));
        } else if (trimmed.length() > NAME_LENGTH || trimmed.chars().anyMatch(Character::isISOControl)) {
            violations.add(new FieldViolation("name", "令牌名称不能超过 " + NAME_LENGTH + " 个字符，且不能含控制字符"));
        }
        if (expiresInDays == null || expiresInDays < 1 || expiresInDays > MAX_DAYS) {
            violations.add(new FieldViolation("expiresInDays", "有效期须为 1 到 " + MAX_DAYS + " 天"));
        }
        Instant now = now();
        if (violations.isEmpty() && mapper.countLive(owner.id(), now) >= MAX_LIVE_TOKENS) {
            violations.add(new FieldViolation("name", "每人最多 " + MAX_LIVE_TOKENS + " 个有效令牌，请先撤销不用的令牌"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations.get(0).message(), violations);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        PersonalTokenMapper.NewToken row = new PersonalTokenMapper.NewToken();
        row.userId = owner.id();
        row.name = trimmed;
        row.hash = sha256(token);
        row.prefix = token.substring(0, PREFIX.length() + 6);
        row.createdAt = now;
        row.expiresAt = now.plus(Duration.ofDays(expiresInDays));
        mapper.insert(row);
        return new Created(row.id, token,
                new PersonalToken(row.id, row.name, row.prefix, row.createdAt, row.expiresAt, null));
    }

    @Transactional(readOnly = true)
    public List<PersonalToken> list(CurrentUser owner) {
        return mapper.listOf(owner.id());
    }

    @Transactional
    public void revoke(CurrentUser owner, Long id) {
        if (mapper.revoke(id, owner.id(), now()) == 0) {
            // someone else's token reads like a missing one: ids reveal nothing about other users' tokens
            throw new NotFoundException("没有编号为 " + id + " 的令牌");
        }
        cache.forgetToken(id);
    }

    /** Refuses token management to a request that itself came with a token (a leaked token cannot renew itself). */
    public static void requireSignedInWithPassword(boolean withToken) {
        if (withToken) {
            throw new ForbiddenException("令牌不能用来创建或撤销令牌，请用密码登录后操作");
        }
    }

    /**
     * The owner of a live token, or empty; records the use at most once a {@link #TOUCH_INTERVAL}. A token seen in
     * the last few seconds is answered from {@link TokenCache} without reading the database and without a
     * transaction: on deadline day every request passed here first, and a transaction takes a pooled connection
     * even when nothing is read (issue 12 §3: most of the requests' waiting for a connection was at this check).
     * The touch of a cached token is one UPDATE on its own; a token not in the cache is read in one transaction.
     */
    public Optional<Authenticated> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
            return Optional.empty();
        }
        Instant now = now();
        String hash = sha256(presented);
        TokenCache.Entry cached = cache.find(hash, now);
        if (cached != null) {
            if (stale(cached.lastUsedAt(), now)) {
                mapper.touch(cached.owner().tokenId(), now, now.minus(TOUCH_INTERVAL));
                cache.put(hash, cached.owner(), now, cached.validUntil(), now);
            }
            return Optional.of(cached.owner());
        }
        return transaction.execute(status -> read(hash, now));
    }

    private Optional<Authenticated> read(String hash, Instant now) {
        TokenOwner owner = mapper.findLive(hash, now);
        if (owner == null) {
            return Optional.empty();
        }
        Optional<CurrentUser> user = directory.currentUser(owner.username());
        if (user.isEmpty()) {
            return Optional.empty();
        }
        Instant lastUsed = owner.lastUsedAt();
        if (stale(lastUsed, now)) {
            mapper.touch(owner.tokenId(), now, now.minus(TOUCH_INTERVAL));
            lastUsed = now;
        }
        Authenticated authenticated = new Authenticated(owner.tokenId(), user.get());
        cache.put(hash, authenticated, lastUsed, owner.expiresAt(), now);
        return Optional.of(authenticated);
    }

    private static boolean stale(Instant lastUsedAt, Instant now) {
        return lastUsedAt == null || lastUsedAt.isBefore(now.minus(TOUCH_INTERVAL));
    }

    public record Authenticated(Long tokenId, CurrentUser user) {
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }
}
