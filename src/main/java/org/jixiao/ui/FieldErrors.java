package org.jixiao.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jixiao.common.FieldViolation;
import org.jixiao.common.ValidationException;

/**
 * Puts a 422's violations under the fields they name, the same way on every form: several messages on one field are
 * joined, and what has no field of its own (a version, a rule across fields) goes into the notice.
 */
public final class FieldErrors {
    private FieldErrors() {
    }

    /** Marks each named field; returns the messages no field took, in order. */
    public static List<String> place(ValidationException invalid, Function<String, HasValidation> fieldOf) {
        Map<HasValidation, String> messages = new LinkedHashMap<>();
        List<String> unplaced = new ArrayList<>();
        for (FieldViolation v : invalid.violations()) {
            HasValidation field = v.field() == null ? null : fieldOf.apply(v.field());
            if (field == null) {
                unplaced.add(v.message());
            } else {
                messages.merge(field, v.message(), (a, b) -> a + "；" + b);
            }
        }
        messages.forEach((field, message) -> {
            field.setErrorMessage(message);
            field.setInvalid(true);
        });
        return unplaced;
    }

    /** The notice for a form: the exception's summary, then what no field took. */
    public static String summary(ValidationException invalid, List<String> unplaced) {
        return invalid.getMessage() + (unplaced.isEmpty() ? "" : "：" + String.join("；", unplaced));
    }

    /** For a single-field form: the first violation's message, else the summary. */
    public static String first(ValidationException invalid) {
        return invalid.violations().isEmpty() ? invalid.getMessage() : invalid.violations().get(0).message();
    }

    /** Shows {@link #first} on the one field the action has. */
    public static void showOn(HasValidation field, ValidationException invalid) {
        field.setErrorMessage(first(invalid));
        field.setInvalid(true);
    }
}
