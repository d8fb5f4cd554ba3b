package org.jixiao.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.Year;
import java.util.function.Function;
import org.jixiao.common.ValidationException;

/**
 * The pieces the ADMIN settings screens (warning-light thresholds, scoring rules) share, so they look and behave
 * alike: section headings, two-column forms, the live legend box, notices, and the stale-version notice.
 */
public final class SettingsForms {
    private SettingsForms() {
    }

    /** The fiscal year being edited, this year at first; {@code load} runs whenever a plausible year is entered. */
    public static IntegerField yearField(String label, String id, Runnable load) {
        IntegerField year = new IntegerField();
        year.setLabel(label);
        year.setId(id);
        year.setStepButtonsVisible(true);
        year.setMin(2000);
        year.setMax(2100);
        year.setValue(Year.now().getValue());
        year.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() >= 2000 && e.getValue() <= 2100) {
                load.run();
            }
        });
        return year;
    }

    /** The quiet line under the year: saved by whom and when, or that the defaults apply. */
    public static Paragraph stateLine(String id) {
        Paragraph state = new Paragraph();
        state.setId(id);
        state.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        return state;
    }

    /**
     * Puts each violation under the component {@code fieldOf} names for its field (several on one field are joined);
     * returns the messages that have no component of their own (e.g. version), for the notice.
     */
    public static String placeErrors(ValidationException invalid, Function<String, HasValidation> fieldOf) {
        StringBuilder unplaced = new StringBuilder();
        FieldErrors.place(invalid, fieldOf).forEach(message -> unplaced.append(' ').append(message));
        return unplaced.toString();
    }

    public static H3 heading(String text) {
        H3 h = new H3(text);
        h.getStyle().set("margin-bottom", "0");
        return h;
    }

    public static FormLayout form(BigDecimalField... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        return form;
    }

    /** Styles a live legend (bands as typed) as a quiet box. */
    public static Div legendBox(Div legend) {
        legend.getStyle().set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)").set("font-size", "var(--lumo-font-size-s)");
        return legend;
    }

    public static void notify(String message, NotificationVariant variant, String id) {
        Notification notification = Notification.show(message, 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
        notification.setId(id);
    }

    /**
     * Someone saved first: a notice that stays until closed and keeps every edit on the page; reading again (and
     * so dropping the edits) is the user's choice. Ids: {@code <prefix>-conflict}, {@code -conflict-message},
     * {@code -conflict-reload}.
     */
    public static final class ConflictNotice {
        private final String idPrefix;
        private Notification open;

        public ConflictNotice(String idPrefix) {
            this.idPrefix = idPrefix;
        }

        public void show(String message, String reloadLabel, Runnable reload) {
            close();
            open = new Notification();
            open.setId(idPrefix + "-conflict");
            open.addThemeVariants(NotificationVariant.LUMO_ERROR);
            open.setDuration(0);
            open.setPosition(Notification.Position.TOP_CENTER);
            Div text = new Div(message);
            text.setId(idPrefix + "-conflict-message");
            text.setWidth("26em");
            Button again = new Button(reloadLabel, e -> reload.run());
            again.setId(idPrefix + "-conflict-reload");
            Button dismiss = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> close());
            dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            HorizontalLayout content = new HorizontalLayout(text, again, dismiss);
            content.setAlignItems(FlexComponent.Alignment.CENTER);
            open.add(content);
            open.open();
        }

        public void close() {
            if (open != null) {
                open.close();
                open = null;
            }
        }
    }
}
