package org.jixiao.common;

import java.util.Map;

/**
 * The request clashes with the current state (stale version, wrong status, already exists): 409.
 * {@code properties} are added to the problem JSON (e.g. {@code roundId} of the round that already exists).
 */
public class ConflictException extends RuntimeException {
    private final Map<String, Object> properties;

    public ConflictException(String message) {
        this(message, Map.of());
    }

    public ConflictException(String message, Map<String, Object> properties) {
        super(message);
        this.properties = Map.copyOf(properties);
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
