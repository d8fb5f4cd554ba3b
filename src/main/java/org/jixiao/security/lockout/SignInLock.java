package org.jixiao.security.lockout;

import java.time.Instant;

/** A subject that may not sign in before {@code lockedUntil}. */
public record SignInLock(LockKind kind, String subject, Instant lockedAt, Instant lockedUntil, int failures) {
}
