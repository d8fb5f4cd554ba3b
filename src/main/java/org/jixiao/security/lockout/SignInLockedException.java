package org.jixiao.security.lockout;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** Refused without looking at the password: the account or the client address is locked until {@link #until()}. */
public class SignInLockedException extends LockedException {
    private final transient Instant until;

    public SignInLockedException(Instant until) {
        super("账户已锁定");
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}
