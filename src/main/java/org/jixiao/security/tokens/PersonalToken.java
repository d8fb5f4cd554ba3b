package org.jixiao.security.tokens;

import java.time.Instant;

/** A token as its owner sees it in the list: never the token itself, which exists only once, at creation. */
public record PersonalToken(Long id, String name, String prefix, Instant createdAt, Instant expiresAt,
                            Instant lastUsedAt) {

    public boolean expired(Instant now) {
        return !expiresAt.isAfter(now);
    }
}
