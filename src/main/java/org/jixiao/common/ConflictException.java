package org.jixiao.common;

/** The request clashes with the current state (stale version, wrong status): 409. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
