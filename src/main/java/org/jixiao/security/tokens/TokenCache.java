package org.jixiao.security.tokens;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jixiao.org.AccountsChanged;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A token's owner as read a moment ago, keyed by the token's SHA-256, so that a client calling many times a second
 * pays the token read and the user/roles/org reads once per {@code jixiao.tokens.cache-seconds} (default 5; 0 turns
 * it off). On this node a revocation, and any change to people or the org made through the application
 * ({@link AccountsChanged}), empties it at once. Another node of a cluster keeps what it read for at most that many
 * seconds (docs/cluster.md).
 */
@Component
class TokenCache {
    /** A client flooding with random tokens must not grow the map without bound; misses are never stored. */
    private static final int MAX_ENTRIES = 10_000;
    private final Duration lifetime;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    TokenCache(@Value("${jixiao.tokens.cache-seconds:5}") int seconds) {
        this.lifetime = Duration.ofSeconds(Math.max(0, seconds));
    }

    record Entry(PersonalTokenService.Authenticated owner, Instant lastUsedAt, Instant validUntil) {
    }

    Entry find(String hash, Instant now) {
        Entry entry = entries.get(hash);
        if (entry == null) {
            return null;
        }
        if (!now.isBefore(entry.validUntil())) {
            entries.remove(hash, entry);
            return null;
        }
        return entry;
    }

    /** Kept no longer than the cache's lifetime and never past the token's own expiry. */
    void put(String hash, PersonalTokenService.Authenticated owner, Instant lastUsedAt, Instant tokenExpiresAt,
             Instant now) {
        if (lifetime.isZero()) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        Instant until = now.plus(lifetime);
        entries.put(hash, new Entry(owner, lastUsedAt, until.isBefore(tokenExpiresAt) ? until : tokenExpiresAt));
    }

    void forgetToken(Long tokenId) {
        entries.values().removeIf(e -> e.owner().tokenId().equals(tokenId));
        afterCommit(() -> entries.values().removeIf(e -> e.owner().tokenId().equals(tokenId)));
    }

    /**
     * Dropped when the change is made and again once it is committed: a request running in between may have read
     * the old rows and stored them.
     */
    @EventListener
    void accountsChanged(AccountsChanged change) {
        Runnable forget = change.username() == null ? entries::clear
                : () -> entries.values().removeIf(e -> e.owner().user().username().equals(change.username()));
        forget.run();
        afterCommit(forget);
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        }
    }
}
