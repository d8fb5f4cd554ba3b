package org.jixiao.security.tokens;

import java.time.Instant;

/** What a presented token resolves to: the token row and its owner's username, if the owner may sign in. */
record TokenOwner(Long tokenId, String username, Instant lastUsedAt, Instant expiresAt) {
}
