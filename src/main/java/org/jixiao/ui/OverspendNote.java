package org.jixiao.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.util.function.Supplier;
import org.jixiao.common.OverspendChecks;

/**
 * The 说明 of an 执行数 above its 预算数 (issue 12 §5 sense check) on a form: a required field that shows only while
 * the figures on the screen are overspent, and a dialog before saving such figures that says what is unusual and
 * asks for the 说明 (or to go back and correct the figure). Shared by the monitoring report and the
 * self-evaluation; the server checks the same ({@link OverspendChecks}).
 */
public class OverspendNote extends TextArea {
    private final Supplier<BigDecimal> budget;
    private final Supplier<BigDecimal> executed;
    private final String executedLabel;
    private final String budgetLabel;
    /** The 执行数 the user last confirmed with a note: the same figure is not asked about again. */
    private BigDecimal confirmed;

    /**
     * @param id            element id; the dialog is {@code id + "-dialog"}, its field {@code id + "-dialog-text"}
     * @param executedLabel e.g. 执行数, as the messages name it
     */
    public OverspendNote(String id, Supplier<BigDecimal> budget, Supplier<BigDecimal> executed,
                         String executedLabel, String budgetLabel) {
        this.budget = budget;
        this.executed = executed;
        this.executedLabel = executedLabel;
        this.budgetLabel = budgetLabel;
        setId(id);
        setLabel(getTranslation("overspend.note"));
        setHelperText(getTranslation("overspend.helper"));
        setRequiredIndicatorVisible(true);
        setMaxLength(OverspendChecks.NOTE_LIMIT);
        setWidthFull();
        setValueChangeMode(ValueChangeMode.LAZY);
        setManualValidation(true);
        setVisible(false);
    }

    /** Shows the field while the figures are overspent, or while it holds a note (kept, so it can be removed). */
    public void follow() {
        setVisible(overspent() || !getValue().isBlank());
    }

    /** Shows a stored note; a stored note counts as confirmed for the stored figure. */
    public void show(String note, BigDecimal storedExecuted) {
        setValue(note == null ? "" : note);
        confirmed = note == null ? null : storedExecuted;
        follow();
    }

    private boolean overspent() {
        return OverspendChecks.overspent(budget.get(), executed.get());
    }

    /**
     * Runs {@code save} at once unless the figures are overspent and this figure has not been confirmed with a
     * note; then asks first, and runs it once a note is given.
     */
    public void confirmThen(Runnable save) {
        BigDecimal figure = executed.get();
        boolean askedBefore = confirmed != null && figure != null && confirmed.compareTo(figure) == 0
                && !getValue().isBlank();
        if (!overspent() || askedBefore) {
            save.run();
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setId(getId().orElse("overspend") + "-dialog");
        dialog.setHeaderTitle(getTranslation("overspend.title"));
        dialog.setWidth("560px");
        Paragraph what = new Paragraph(getTranslation("overspend.text",
                OverspendChecks.describe(executedLabel, budgetLabel, budget.get(), figure)));
        TextArea text = new TextArea(getTranslation("overspend.note"));
        text.setId(dialog.getId().orElseThrow() + "-text");
        text.setRequiredIndicatorVisible(true);
        text.setMaxLength(OverspendChecks.NOTE_LIMIT);
        text.setWidthFull();
        text.setValue(getValue());
        text.setValueChangeMode(ValueChangeMode.EAGER);
        Button confirm = new Button(getTranslation("overspend.confirm"), e -> {
            setValue(text.getValue().strip());
            setInvalid(false);
            confirmed = figure;
            follow();
            dialog.close();
            save.run();
        });
        confirm.setId(dialog.getId().orElseThrow() + "-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(!text.getValue().isBlank());
        text.addValueChangeListener(e -> confirm.setEnabled(!e.getValue().isBlank()));
        Button back = new Button(getTranslation("overspend.back"), e -> dialog.close());
        back.setId(dialog.getId().orElseThrow() + "-back");
        dialog.add(what, text);
        dialog.getFooter().add(back, confirm);
        dialog.open();
        text.focus();
    }
}
