package org.jixiao.common;

/** One validation error: the field path (e.g. {@code indicators[3].weight}) and a Chinese message. */
public record FieldViolation(String field, String message) {
}
