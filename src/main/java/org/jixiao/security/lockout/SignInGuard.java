package org.jixiao.security.lockout;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.NotFoundException;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per account and per client address and locks them (issue 11 §3). Everything is in the
 * database, so two nodes behind one load balancer count together: a failure is a row, the window is a range
 * query, and a lock is one row per subject whose primary key makes two nodes locking at once meet on one row.
 */
@Service
public class SignInGuard {
    /** Longer subjects (a username cannot be this long) are cut; they still count, just under a shorter key. */
    private static final int SUBJECT_LENGTH = 100;
    private final SignInLockMapper mapper;
    private final SignInPolicy policy;

    SignInGuard(SignInLockMapper mapper, SignInPolicy policy) {
        this.mapper = mapper;
        this.policy = policy;
    }

    /** Before checking a password: when the account or the address is locked, until when; else null. */
    @Transactional(readOnly = true)
    public Instant lockedUntil(String username, String address) {
        return mapper.lockedUntil(subject(username), subject(address), now());
    }

    /**
     * After a wrong password or an unknown username: count it, and lock what reached its limit.
     * Runs in its own transaction so the count survives the failed authentication around it.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String username, String address) {
        Instant now = now();
        Instant since = now.minus(policy.window());
        mapper.pruneFailures(since);
        mapper.pruneLocks(now);
        count(LockKind.ACCOUNT, subject(username), now, since);
        count(LockKind.ADDRESS, subject(address), now, since);
    }

    /** A good password ends the account's run of failures (the address keeps its count). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(String username) {
        mapper.deleteFailures(LockKind.ACCOUNT, subject(username));
    }

    /** Reading the failures only when there are some keeps a successful sign-in free of writes. */
    @Transactional(readOnly = true)
    public boolean hasFailures(String username) {
        return mapper.accountFailures(subject(username)) > 0;
    }

    @Transactional(readOnly = true)
    public List<SignInLock> activeLocks(CurrentUser admin) {
        requireAdmin(admin);
        return mapper.activeLocks(now());
    }

    /** An admin ends a lock early; its failures go too, so the next wrong password does not re-lock at once. */
    @Transactional
    public void clear(CurrentUser admin, LockKind kind, String subject) {
        requireAdmin(admin);
        int locks = mapper.deleteLock(kind, subject(subject));
        mapper.deleteFailures(kind, subject(subject));
        if (locks == 0) {
            throw new NotFoundException("没有针对 " + subject + " 的锁定");
        }
    }

    private void count(LockKind kind, String subject, Instant now, Instant since) {
        mapper.insertFailure(kind, subject, now);
        int failures = mapper.failuresSince(kind, subject, since);
        if (failures < policy.maxFailures(kind)) {
            return;
        }
        Instant until = now.plus(policy.lockDuration());
        if (mapper.updateLock(kind, subject, now, until, failures) == 0) {
            try {
                mapper.insertLock(kind, subject, now, until, failures);
            } catch (DuplicateKeyException anotherNodeLockedFirst) {
                mapper.updateLock(kind, subject, now, until, failures);
            }
        }
        // The lock now speaks for these failures; after it ends the count starts from zero.
        mapper.deleteFailures(kind, subject);
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.hasRole(Role.ADMIN)) {
            throw new ForbiddenException("只有系统管理员可以查看和解除登录锁定");
        }
    }

    private static String subject(String value) {
        String s = value == null ? "" : value;
        return s.length() <= SUBJECT_LENGTH ? s : s.substring(0, SUBJECT_LENGTH);
    }

    private static Instant now() {
        // The columns hold whole seconds on MariaDB (sendFractionalSeconds=false); compare like with like.
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }
}
