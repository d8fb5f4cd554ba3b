package org.jixiao.targets.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;
import org.jixiao.targets.IndicatorKind;
import org.jixiao.targets.IndicatorKindRuleSettings;
import org.jixiao.targets.IndicatorKindRules;

/** One rule of {@link KindRulesView}: unit, a part of the name, how the name ends, and the kind they give. */
class KindRuleRow extends HorizontalLayout {
    final TextField unit = new TextField();
    final TextField nameContains = new TextField();
    final TextField nameEndsWith = new TextField();
    final Select<IndicatorKind> kind = new Select<>();

    KindRuleRow(IndicatorKindRules.Rule rule, Consumer<KindRuleRow> remove, Runnable changed) {
        addClassName("kind-rule-row");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWidthFull();
        unit.setLabel(getTranslation("kindRules.unit"));
        unit.setPlaceholder(getTranslation("kindRules.any"));
        unit.setMaxLength(IndicatorKindRuleSettings.UNIT_LENGTH);
        unit.setWidth("8em");
        nameContains.setLabel(getTranslation("kindRules.nameContains"));
        nameContains.setPlaceholder(getTranslation("kindRules.any"));
        nameContains.setMaxLength(IndicatorKindRuleSettings.NAME_LENGTH);
        nameEndsWith.setLabel(getTranslation("kindRules.nameEndsWith"));
        nameEndsWith.setPlaceholder(getTranslation("kindRules.any"));
        nameEndsWith.setMaxLength(IndicatorKindRuleSettings.NAME_LENGTH);
        kind.setLabel(getTranslation("kindRules.kind"));
        kind.setItems(IndicatorKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : k.label());
        kind.setRequiredIndicatorVisible(true);
        kind.setWidth("9em");
        unit.addClassName("kind-rule-unit");
        nameContains.addClassName("kind-rule-contains");
        nameEndsWith.addClassName("kind-rule-ends");
        kind.addClassName("kind-rule-kind");
        if (rule != null) {
            unit.setValue(rule.unit() == null ? "" : rule.unit());
            nameContains.setValue(rule.nameContains() == null ? "" : rule.nameContains());
            nameEndsWith.setValue(rule.nameEndsWith() == null ? "" : rule.nameEndsWith());
            kind.setValue(rule.kind());
        }
        unit.addValueChangeListener(e -> changed.run());
        nameContains.addValueChangeListener(e -> changed.run());
        nameEndsWith.addValueChangeListener(e -> changed.run());
        kind.addValueChangeListener(e -> changed.run());
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> remove.accept(this));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel(getTranslation("kindRules.remove"));
        delete.setTooltipText(getTranslation("kindRules.remove"));
        delete.addClassName("kind-rule-remove");
        add(unit, nameContains, nameEndsWith, kind, delete);
    }

    IndicatorKindRuleSettings.RuleInput input() {
        return new IndicatorKindRuleSettings.RuleInput(unit.getValue(), nameContains.getValue(), nameEndsWith.getValue(),
                kind.getValue());
    }

    /** The row's fields by the API's field names after {@code rules[i].}. */
    Map<String, HasValidation> fields() {
        return Map.of("unit", unit, "nameContains", nameContains, "nameEndsWith", nameEndsWith, "kind", kind);
    }

    void clearErrors() {
        fields().values().forEach(f -> f.setInvalid(false));
    }
}
