package org.jixiao.security.lockout;

/** What a failed sign-in is counted against. */
public enum LockKind {
    /** The username as typed, whether or not such a user exists (so locks reveal nothing about accounts). */
    ACCOUNT,
    /** The client address the attempt came from. */
    ADDRESS
}
