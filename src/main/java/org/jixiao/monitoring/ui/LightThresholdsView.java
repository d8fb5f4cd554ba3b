package org.jixiao.monitoring.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.common.ConflictException;
import org.jixiao.common.FieldViolation;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.ValidationException;
import org.jixiao.monitoring.LightThresholdService;
import org.jixiao.monitoring.LightThresholdSetting;
import org.jixiao.monitoring.lights.BudgetMode;
import org.jixiao.monitoring.lights.LightThresholds;
import org.jixiao.org.CurrentUser;
import org.jixiao.security.CurrentUserProvider;
import org.jixiao.ui.UiFormats;

/**
 * 预警阈值设置: the ADMIN of a finance bureau sets where the warning lights change, per fiscal year. The service
 * validates (422 per field, shown under the field) and refuses a stale version (409, shown as a notice that keeps
 * the edits on the page).
 */
@Route("settings/light-thresholds")
@RolesAllowed("ADMIN")
public class LightThresholdsView extends VerticalLayout implements HasDynamicTitle {
    private final LightThresholdService service;
    private final CurrentUser user;

    private final IntegerField year = new IntegerField();
    private final Paragraph state = new Paragraph();
    private final BigDecimalField budgetRedBelow = percent("thresholds.budgetRedBelow", "threshold-budget-red");
    private final BigDecimalField budgetGreenFrom = percent("thresholds.budgetGreenFrom", "threshold-budget-green");
    private final RadioButtonGroup<BudgetMode> budgetMode = new RadioButtonGroup<>();
    private final BigDecimalField indicatorRedBelow = percent("thresholds.indicatorRedBelow", "threshold-indicator-red");
    private final BigDecimalField indicatorGreenFrom = percent("thresholds.indicatorGreenFrom", "threshold-indicator-green");
    private final BigDecimalField indicatorBlueFrom = percent("thresholds.indicatorBlueFrom", "threshold-indicator-blue");
    private final Checkbox blueEnabled = new Checkbox();
    private final Div budgetLegend = new Div();
    private final Div indicatorLegend = new Div();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    /** The version read; the next save is an update of exactly this version. */
    private int version;
    private Notification conflict;

    public LightThresholdsView(LightThresholdService service, CurrentUserProvider currentUser) {
        this.service = service;
        this.user = currentUser.require();
        setWidthFull();
        setMaxWidth("900px");
        addClassName("light-thresholds");

        year.setLabel(getTranslation("thresholds.year"));
        year.setId("threshold-year");
        year.setStepButtonsVisible(true);
        year.setMin(2000);
        year.setMax(2100);
        year.setValue(Year.now().getValue());
        year.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() >= 2000 && e.getValue() <= 2100) {
                load();
            }
        });
        state.setId("threshold-state");
        state.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");

        budgetMode.setLabel(getTranslation("thresholds.budgetMode"));
        budgetMode.setId("threshold-budget-mode");
        budgetMode.setItems(BudgetMode.values());
        budgetMode.setItemLabelGenerator(m -> getTranslation("thresholds.mode." + m.name()));
        budgetMode.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        blueEnabled.setLabel(getTranslation("thresholds.blueEnabled"));
        blueEnabled.setId("threshold-blue-enabled");
        blueEnabled.addValueChangeListener(e -> {
            indicatorBlueFrom.setEnabled(e.getValue());
            if (!e.getValue()) {
                indicatorBlueFrom.setInvalid(false);
            }
            legend();
        });
        List.of(budgetRedBelow, budgetGreenFrom, indicatorRedBelow, indicatorGreenFrom, indicatorBlueFrom)
                .forEach(f -> f.addValueChangeListener(e -> legend()));
        fields.put("fiscalYear", year);
        fields.put("budgetRedBelow", budgetRedBelow);
        fields.put("budgetGreenFrom", budgetGreenFrom);
        fields.put("budgetMode", budgetMode);
        fields.put("indicatorRedBelow", indicatorRedBelow);
        fields.put("indicatorGreenFrom", indicatorGreenFrom);
        fields.put("indicatorBlueFrom", indicatorBlueFrom);

        Button save = new Button(getTranslation("thresholds.save"), VaadinIcon.DISC.create(), e -> save());
        save.setId("threshold-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        budgetLegend.setId("threshold-legend-budget");
        indicatorLegend.setId("threshold-legend-indicator");
        FormLayout budget = form(budgetRedBelow, budgetGreenFrom);
        budget.add(budgetMode, 2);
        FormLayout indicators = form(indicatorRedBelow, indicatorGreenFrom);
        indicators.add(blueEnabled, 2);
        indicators.add(indicatorBlueFrom);
        Paragraph explain = new Paragraph(getTranslation("thresholds.explain"));
        explain.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");

        add(year, state, heading("thresholds.budget"), budget, legendBox(budgetLegend),
                heading("thresholds.indicator"), indicators, legendBox(indicatorLegend), explain, save);
        load();
    }

    /** Reads the year's setting (or the defaults) into the fields; edits on the page are replaced. */
    private void load() {
        closeConflict();
        clearErrors();
        LightThresholdSetting setting;
        try {
            setting = service.setting(user, year.getValue());
        } catch (ValidationException | ForbiddenException refused) {
            notify(refused.getMessage(), NotificationVariant.LUMO_ERROR, "threshold-error");
            return;
        }
        LightThresholds t = setting.thresholds();
        budgetRedBelow.setValue(t.budgetRedBelow());
        budgetGreenFrom.setValue(t.budgetGreenFrom());
        budgetMode.setValue(t.budgetMode());
        indicatorRedBelow.setValue(t.indicatorRedBelow());
        indicatorGreenFrom.setValue(t.indicatorGreenFrom());
        // with blue off the stored line is a placeholder; show it so switching blue on starts from a sensible value
        indicatorBlueFrom.setValue(setting.getIndicatorBlueFrom());
        blueEnabled.setValue(setting.isBlueEnabled());
        indicatorBlueFrom.setEnabled(setting.isBlueEnabled());
        version = setting.getVersion();
        showState(setting);
        legend();
    }

    private void showState(LightThresholdSetting setting) {
        String yearText = String.valueOf(setting.getFiscalYear());
        state.setText(setting.isConfigured()
                ? getTranslation("thresholds.configured", yearText, setting.getUpdatedBy() == null ? "" : setting.getUpdatedBy(),
                UiFormats.time(setting.getUpdatedAt()), setting.getVersion())
                : getTranslation("thresholds.defaults", yearText));
    }

    private void save() {
        clearErrors();
        LightThresholds thresholds = new LightThresholds(budgetRedBelow.getValue(), budgetGreenFrom.getValue(),
                indicatorRedBelow.getValue(), indicatorGreenFrom.getValue(),
                Boolean.TRUE.equals(blueEnabled.getValue()) ? indicatorBlueFrom.getValue() : null, budgetMode.getValue());
        try {
            LightThresholdSetting saved = service.save(user, year.getValue(), thresholds, version);
            closeConflict();
            version = saved.getVersion();
            showState(saved);
            notify(getTranslation("thresholds.saved", String.valueOf(saved.getFiscalYear()), saved.getVersion()),
                    NotificationVariant.LUMO_SUCCESS, "threshold-saved");
        } catch (ValidationException invalid) {
            showErrors(invalid);
        } catch (ConflictException stale) {
            showConflict(stale);
        } catch (ForbiddenException refused) {
            notify(refused.getMessage(), NotificationVariant.LUMO_ERROR, "threshold-error");
        }
    }

    /** Each violation under its field; one without a field of its own (e.g. version) goes into the notice. */
    private void showErrors(ValidationException invalid) {
        Map<HasValidation, String> messages = new LinkedHashMap<>();
        StringBuilder unplaced = new StringBuilder();
        for (FieldViolation v : invalid.violations()) {
            HasValidation field = fields.get(v.field());
            if (field == null) {
                unplaced.append(' ').append(v.message());
            } else {
                messages.merge(field, v.message(), (a, b) -> a + "；" + b);
            }
        }
        messages.forEach((field, message) -> {
            field.setErrorMessage(message);
            field.setInvalid(true);
        });
        notify(getTranslation("thresholds.invalid", invalid.getMessage(), invalid.violations().size()) + unplaced,
                NotificationVariant.LUMO_ERROR, "threshold-invalid");
    }

    private void clearErrors() {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    /** Someone saved first: say so and keep every edit here; reading again is the user's choice. */
    private void showConflict(ConflictException stale) {
        closeConflict();
        conflict = new Notification();
        conflict.setId("threshold-conflict");
        conflict.addThemeVariants(NotificationVariant.LUMO_ERROR);
        conflict.setDuration(0);
        conflict.setPosition(Notification.Position.TOP_CENTER);
        Div text = new Div(getTranslation("thresholds.conflict", stale.getMessage()));
        text.setId("threshold-conflict-message");
        text.setWidth("26em");
        Button reload = new Button(getTranslation("thresholds.reload"), e -> load());
        reload.setId("threshold-conflict-reload");
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> closeConflict());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        HorizontalLayout content = new HorizontalLayout(text, reload, close);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        conflict.add(content);
        conflict.open();
    }

    private void closeConflict() {
        if (conflict != null) {
            conflict.close();
            conflict = null;
        }
    }

    /** red &lt; x% ≤ yellow &lt; y% ≤ green &lt; z% ≤ blue, from what is typed now. */
    private void legend() {
        budgetLegend.setText(getTranslation("thresholds.legendBudget", pct(budgetRedBelow), pct(budgetGreenFrom)));
        indicatorLegend.setText(Boolean.TRUE.equals(blueEnabled.getValue())
                ? getTranslation("thresholds.legendIndicator", pct(indicatorRedBelow), pct(indicatorGreenFrom),
                pct(indicatorBlueFrom))
                : getTranslation("thresholds.legendIndicatorNoBlue", pct(indicatorRedBelow), pct(indicatorGreenFrom)));
    }

    private static String pct(BigDecimalField field) {
        BigDecimal value = field.getValue();
        return value == null ? "?" : UiFormats.plain(value);
    }

    private BigDecimalField percent(String labelKey, String id) {
        BigDecimalField field = new BigDecimalField(getTranslation(labelKey));
        field.setId(id);
        field.setSuffixComponent(new Div("%"));
        return field;
    }

    private static FormLayout form(BigDecimalField... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        return form;
    }

    private H3 heading(String key) {
        H3 h = new H3(getTranslation(key));
        h.getStyle().set("margin-bottom", "0");
        return h;
    }

    private static Div legendBox(Div legend) {
        legend.getStyle().set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)").set("font-size", "var(--lumo-font-size-s)");
        return legend;
    }

    private static void notify(String message, NotificationVariant variant, String id) {
        Notification notification = Notification.show(message, 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
        notification.setId(id);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("thresholds.title");
    }
}
