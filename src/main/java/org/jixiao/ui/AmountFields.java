package org.jixiao.ui;

import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * Amounts in 万元 cannot be negative: a field says so as soon as the value is typed (not only when the server
 * refuses it on save), so the user corrects it while still looking at it. The server's check stays the authority.
 */
public final class AmountFields {
    private AmountFields() {
    }

    /**
     * Marks {@code field} invalid, with the translated {@code amount.negative} message naming {@code label}, while it
     * holds a negative value; the mark clears once the value is not negative. Manual validation, so a server-side
     * message set on the field after a failed save is not cleared by the field's own checks.
     */
    public static void refuseNegative(BigDecimalField field, String label) {
        field.setManualValidation(true);
        if (field.getValueChangeMode() == ValueChangeMode.ON_CHANGE) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setValueChangeTimeout(300);
        }
        field.addValueChangeListener(e -> {
            boolean negative = e.getValue() != null && e.getValue().signum() < 0;
            if (negative) {
                field.setErrorMessage(field.getTranslation("amount.negative", label));
                field.setInvalid(true);
            } else if (field.isInvalid()) {
                field.setInvalid(false);
            }
        });
    }
}
