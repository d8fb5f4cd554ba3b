package org.jixiao.common;

/** Unknown id, or an id outside the caller's scope: both answer 404 so existence is not leaked. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
