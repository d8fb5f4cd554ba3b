package org.jixiao.common;

import java.util.List;

/** Input that breaks business rules, every violation at once: 422 in the API, per-field in the UI. */
public class ValidationException extends RuntimeException {
    private final List<FieldViolation> violations;

    public ValidationException(String message, List<FieldViolation> violations) {
        super(message);
        this.violations = List.copyOf(violations);
    }

    public static ValidationException of(String field, String message) {
        return new ValidationException(message, List.of(new FieldViolation(field, message)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
