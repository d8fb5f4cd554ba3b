package org.jixiao.targets.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.common.ConflictException;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.ValidationException;
import org.jixiao.org.CurrentUser;
import org.jixiao.security.CurrentUserProvider;
import org.jixiao.targets.IndicatorKind;
import org.jixiao.targets.IndicatorKindRuleSettings;
import org.jixiao.targets.IndicatorKindRuleSettings.RuleSet;
import org.jixiao.targets.IndicatorKindRules;
import org.jixiao.ui.SettingsForms;
import org.jixiao.ui.UiFormats;

/**
 * 指标类型规则 (issue 12 §1): the finance bureau's rules that propose 累计型 or 状态型 for an indicator from its unit
 * and name, per fiscal year, tried top to bottom. The service checks role and bureau, validates per field (shown
 * under the field) and refuses a stale version (a notice that keeps the edits). A try-out line shows what the rules
 * on the page, as typed, would propose.
 */
@Route("settings/indicator-kinds")
@RolesAllowed({"FINANCE_REVIEWER", "ADMIN"})
class KindRulesView extends VerticalLayout implements HasDynamicTitle {
    private final IndicatorKindRuleSettings settings;
    private final CurrentUser user;
    private final IntegerField year = SettingsForms.yearField(getTranslation("kindRules.year"), "kind-rules-year", this::load);
    private final Paragraph state = SettingsForms.stateLine("kind-rules-state");
    private final VerticalLayout rows = new VerticalLayout();
    private final List<KindRuleRow> ruleRows = new ArrayList<>();
    private final Select<IndicatorKind> fallback = new Select<>();
    private final TextField tryUnit = new TextField();
    private final TextField tryName = new TextField();
    private final Div tryResult = new Div();
    private final SettingsForms.ConflictNotice conflict = new SettingsForms.ConflictNotice("kind-rules");
    private int version;

    public KindRulesView(IndicatorKindRuleSettings settings, CurrentUserProvider currentUser) {
        this.settings = settings;
        this.user = currentUser.require();
        setWidthFull();
        setMaxWidth("960px");
        addClassName("kind-rules");
        Paragraph explain = new Paragraph(getTranslation("kindRules.explain"));
        explain.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        rows.setId("kind-rules-rows");
        rows.setPadding(false);
        rows.setSpacing(false);
        fallback.setId("kind-rules-fallback");
        fallback.setLabel(getTranslation("kindRules.fallback"));
        fallback.setItems(IndicatorKind.values());
        fallback.setItemLabelGenerator(k -> k == null ? "" : k.label());
        fallback.setRequiredIndicatorVisible(true);
        fallback.addValueChangeListener(e -> tryOut());
        Button add = new Button(getTranslation("kindRules.add"), VaadinIcon.PLUS.create(), e -> {
            addRow(null);
            tryOut();
        });
        add.setId("kind-rules-add");
        Button defaults = new Button(getTranslation("kindRules.defaults"), VaadinIcon.ROTATE_LEFT.create(),
                e -> show(IndicatorKindRules.defaults()));
        defaults.setId("kind-rules-defaults");
        defaults.setTooltipText(getTranslation("kindRules.defaultsHelp"));
        Button save = new Button(getTranslation("kindRules.save"), VaadinIcon.DISC.create(), e -> save());
        save.setId("kind-rules-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        tryUnit.setLabel(getTranslation("kindRules.tryUnit"));
        tryUnit.setId("kind-rules-try-unit");
        tryUnit.setWidth("8em");
        tryName.setLabel(getTranslation("kindRules.tryName"));
        tryName.setId("kind-rules-try-name");
        tryResult.setId("kind-rules-try-result");
        tryUnit.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        tryName.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        tryUnit.addValueChangeListener(e -> tryOut());
        tryName.addValueChangeListener(e -> tryOut());
        HorizontalLayout tryLine = new HorizontalLayout(tryUnit, tryName, tryResult);
        tryLine.setAlignItems(Alignment.BASELINE);
        add(year, state, explain, rows,
                new HorizontalLayout(add, defaults), fallback, SettingsForms.legendBox(new Div(tryLine)), save);
        // a double click saves once: the button is off until the answer is shown
        save.addClickListener(e -> save.setEnabled(true));
        load();
    }

    private void load() {
        conflict.close();
        RuleSet set;
        try {
            set = settings.view(user, year.getValue());
        } catch (ValidationException | ForbiddenException refused) {
            SettingsForms.notify(refused.getMessage(), NotificationVariant.LUMO_ERROR, "kind-rules-error");
            return;
        }
        version = set.version();
        show(new IndicatorKindRules(set.rules(), set.fallback()));
        state.setText(set.custom()
                ? getTranslation("kindRules.custom", String.valueOf(set.fiscalYear()), set.updatedBy(),
                UiFormats.time(set.updatedAt()), set.version())
                : getTranslation("kindRules.central", String.valueOf(set.fiscalYear())));
    }

    private void show(IndicatorKindRules rules) {
        rows.removeAll();
        ruleRows.clear();
        rules.rules().forEach(this::addRow);
        fallback.setValue(rules.fallback());
        fallback.setInvalid(false);
        tryOut();
    }

    private void addRow(IndicatorKindRules.Rule rule) {
        KindRuleRow row = new KindRuleRow(rule, r -> {
            rows.remove(r);
            ruleRows.remove(r);
            tryOut();
        }, this::tryOut);
        ruleRows.add(row);
        rows.add(row);
    }

    private void save() {
        ruleRows.forEach(KindRuleRow::clearErrors);
        fallback.setInvalid(false);
        try {
            RuleSet saved = settings.save(user, year.getValue(), version,
                    ruleRows.stream().map(KindRuleRow::input).toList(), fallback.getValue());
            SettingsForms.notify(getTranslation("kindRules.saved", String.valueOf(saved.fiscalYear()), saved.version()),
                    NotificationVariant.LUMO_SUCCESS, "kind-rules-saved");
            load();
        } catch (ValidationException invalid) {
            String unplaced = SettingsForms.placeErrors(invalid, this::field);
            SettingsForms.notify(getTranslation("kindRules.invalid", invalid.violations().size()) + unplaced,
                    NotificationVariant.LUMO_ERROR, "kind-rules-invalid");
        } catch (ConflictException stale) {
            conflict.show(getTranslation("kindRules.conflict", stale.getMessage()), getTranslation("kindRules.reload"),
                    this::load);
        } catch (ForbiddenException refused) {
            SettingsForms.notify(refused.getMessage(), NotificationVariant.LUMO_ERROR, "kind-rules-error");
        }
    }

    /** {@code rules[3].unit} → the unit field of the fourth row; {@code fallback}, {@code fiscalYear}. */
    private HasValidation field(String name) {
        if ("fallback".equals(name)) {
            return fallback;
        }
        if ("fiscalYear".equals(name)) {
            return year;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("rules\\[(\\d+)]\\.(\\w+)").matcher(name);
        if (m.matches() && Integer.parseInt(m.group(1)) < ruleRows.size()) {
            return ruleRows.get(Integer.parseInt(m.group(1))).fields().get(m.group(2));
        }
        return null;
    }

    /** What the rules as typed propose for the try-out unit and name; incomplete rows are left out. */
    private void tryOut() {
        List<IndicatorKindRules.Rule> typed = new ArrayList<>();
        for (KindRuleRow row : ruleRows) {
            IndicatorKindRuleSettings.RuleInput r = row.input();
            boolean any = !r.unit().isBlank() || !r.nameContains().isBlank() || !r.nameEndsWith().isBlank();
            if (any && r.kind() != null) {
                typed.add(new IndicatorKindRules.Rule(r.unit(), r.nameContains(), r.nameEndsWith(), r.kind()));
            }
        }
        if (fallback.getValue() == null || (tryUnit.isEmpty() && tryName.isEmpty())) {
            tryResult.setText(getTranslation("kindRules.tryHint"));
            return;
        }
        IndicatorKind kind = new IndicatorKindRules(typed, fallback.getValue()).kindOf(tryUnit.getValue(), tryName.getValue());
        tryResult.setText(getTranslation("kindRules.tryResult", kind.label()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.kindRules");
    }
}
