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
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.common.ConflictException;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.ValidationException;
import org.jixiao.monitoring.LightThresholdService;
import org.jixiao.monitoring.internal.LightThresholdSetting;
import org.jixiao.monitoring.lights.BudgetMode;
import org.jixiao.monitoring.lights.LightThresholds;
import org.jixiao.org.CurrentUser;
import org.jixiao.security.CurrentUserProvider;
import org.jixiao.ui.SettingsForms;
import org.jixiao.ui.UiFormats;

/**
 * 预警阈值设置: the ADMIN of a finance bureau sets where the warning lights change, per fiscal year. The service
 * validates (422 per field, shown under the field) and refuses a stale version (409, shown as a notice that keeps
 * the edits on the page).
 */
@Route("settings/light-thresholds")
@RolesAllowed("ADMIN")
class LightThresholdsView extends VerticalLayout implements HasDynamicTitle {
    private final LightThresholdService service;
    private final CurrentUser user;

    private final IntegerField year = SettingsForms.yearField(getTranslation("thresholds.year"), "threshold-year", this::load);
    private final Paragraph state = SettingsForms.stateLine("threshold-state");
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
    private final SettingsForms.ConflictNotice conflict = new SettingsForms.ConflictNotice("threshold");

    public LightThresholdsView(LightThresholdService service, CurrentUserProvider currentUser) {
        this.service = service;
        this.user = currentUser.require();
        setWidthFull();
        setMaxWidth("900px");
        addClassName("light-thresholds");


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
        FormLayout budget = SettingsForms.form(budgetRedBelow, budgetGreenFrom);
        budget.add(budgetMode, 2);
        FormLayout indicators = SettingsForms.form(indicatorRedBelow, indicatorGreenFrom);
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
        conflict.close();
        clearErrors();
        LightThresholdSetting setting;
        try {
            setting = service.setting(user, year.getValue());
        } catch (ValidationException | ForbiddenException refused) {
            SettingsForms.notify(refused.getMessage(), NotificationVariant.LUMO_ERROR, "threshold-error");
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
            conflict.close();
            version = saved.getVersion();
            showState(saved);
            SettingsForms.notify(getTranslation("thresholds.saved", String.valueOf(saved.getFiscalYear()),
                    saved.getVersion()),
                    NotificationVariant.LUMO_SUCCESS, "threshold-saved");
        } catch (ValidationException invalid) {
            showErrors(invalid);
        } catch (ConflictException stale) {
            showConflict(stale);
        } catch (ForbiddenException refused) {
            SettingsForms.notify(refused.getMessage(), NotificationVariant.LUMO_ERROR, "threshold-error");
        }
    }

    /** Each violation under its field; one without a field of its own (e.g. version) goes into the notice. */
    private void showErrors(ValidationException invalid) {
        String unplaced = SettingsForms.placeErrors(invalid, fields::get);
        SettingsForms.notify(getTranslation("thresholds.invalid", invalid.getMessage(), invalid.violations().size())
                + unplaced, NotificationVariant.LUMO_ERROR, "threshold-invalid");
    }

    private void clearErrors() {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    private void showConflict(ConflictException stale) {
        conflict.show(getTranslation("thresholds.conflict", stale.getMessage()), getTranslation("thresholds.reload"),
                this::load);
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

    private H3 heading(String key) {
        return SettingsForms.heading(getTranslation(key));
    }

    private static Div legendBox(Div legend) {
        return SettingsForms.legendBox(legend);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("thresholds.title");
    }
}
