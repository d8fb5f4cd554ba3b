package org.jixiao.evaluation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;

/**
 * Where an error about a group of inputs as a whole (e.g. no 一级 configured, sum ≠ total) is shown: below the group,
 * hidden while there is none, so it is mapped like any field.
 */
class ErrorLine extends Span implements HasValidation {
    private String message;

    ErrorLine(String id) {
        setId(id);
        setVisible(false);
        getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        message = errorMessage;
        setText(errorMessage == null ? "" : errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return message;
    }

    @Override
    public void setInvalid(boolean invalid) {
        setVisible(invalid);
        if (invalid) {
            getElement().setAttribute("invalid", "");
        } else {
            getElement().removeAttribute("invalid");
        }
    }

    @Override
    public boolean isInvalid() {
        return isVisible();
    }
}
