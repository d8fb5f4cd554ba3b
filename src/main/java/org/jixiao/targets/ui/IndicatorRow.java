package org.jixiao.targets.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jixiao.targets.Indicator;
import org.jixiao.targets.IndicatorKindRules;

/**
 * The inputs of one indicator in {@link IndicatorEditor}, created once and reused whenever the grid renders the row;
 * description, 绩效标准 and 评分标准 sit in its details box. Ids {@code indicator-<i>-…} follow the position.
 */
class IndicatorRow {
    final Indicator indicator;
    final ComboBox<String> level2 = new ComboBox<>();
    final TextField name = new TextField();
    final TextField value = new TextField();
    final ValueReading reading = new ValueReading();
    final KindSelect kind;
    final VerticalLayout valueCell;
    final BigDecimalField weight = new BigDecimalField();
    final TextField basis = new TextField();
    final Button details = new Button(VaadinIcon.ELLIPSIS_DOTS_H.create());
    final Button remove = new Button(VaadinIcon.TRASH.create());
    final HorizontalLayout actions = new HorizontalLayout(details, remove);
    final TextArea description = new TextArea();
    final Select<String> standard = new Select<>();
    final TextArea scoringRule = new TextArea();
    final FormLayout detailsBox = new FormLayout();

    private final Consumer<Runnable> changed;

    /**
     * {@code changed} applies an edit to the indicator and tells the form; {@code toggleDetails} and {@code remove}
     * are the editor's, which owns the grids.
     */
    IndicatorRow(Indicator indicator, IndicatorKindRules kindRules, Runnable onChange, Consumer<Runnable> changed,
                 Consumer<Indicator> toggleDetails, Consumer<Indicator> remove) {
        this.indicator = indicator;
        this.changed = changed;
        kind = new KindSelect(indicator, kindRules, onChange);
        valueCell = new VerticalLayout(value, reading, kind);
        List<String> level2s = new ArrayList<>(IndicatorCategories.level2Of(indicator.getLevel1()));
        if (indicator.getLevel2() != null && !level2s.contains(indicator.getLevel2())) {
            level2s.add(indicator.getLevel2());
        }
        level2.setItems(level2s);
        level2.setAllowCustomValue(true);
        level2.addCustomValueSetListener(e -> {
            level2.setItems(IndicatorEditor.merge(level2s, e.getDetail()));
            level2.setValue(e.getDetail());
        });
        level2.setValue(indicator.getLevel2());
        level2.setWidthFull();
        level2.setAriaLabel(t("indicators.level2"));
        level2.addValueChangeListener(e -> changed.accept(() -> indicator.setLevel2(e.getValue())));

        text(name, indicator.getName(), "indicators.name", v -> {
            indicator.setName(v);
            kind.follow();
        });
        name.setPlaceholder(t("indicators.namePlaceholder"));
        text(value, indicator.getValueText(), "indicators.value", v -> {
            indicator.setValueText(v);
            reading.show(v);
            kind.follow();
        });
        value.setPlaceholder(t("indicators.valuePlaceholder"));
        reading.show(indicator.getValueText());
        valueCell.setPadding(false);
        valueCell.setSpacing(false);

        weight.setValue(indicator.getWeight());
        weight.setWidthFull();
        weight.setAriaLabel(t("indicators.weight"));
        weight.setValueChangeMode(ValueChangeMode.LAZY);
        weight.addValueChangeListener(e -> changed.accept(() -> indicator.setWeight(e.getValue())));

        text(basis, indicator.getBasis(), "indicators.basis", v -> indicator.setBasis(v));
        basis.setPlaceholder(t("indicators.basisPlaceholder"));

        description.setLabel(t("indicators.description"));
        description.setValue(Objects.requireNonNullElse(indicator.getDescription(), ""));
        description.setValueChangeMode(ValueChangeMode.LAZY);
        description.addValueChangeListener(e -> changed.accept(() -> indicator.setDescription(e.getValue())));
        List<String> standards = new ArrayList<>(IndicatorCategories.STANDARDS);
        if (indicator.getStandard() != null && !standards.contains(indicator.getStandard())) {
            standards.add(indicator.getStandard());
        }
        standard.setLabel(t("indicators.standard"));
        standard.setItems(standards);
        standard.setEmptySelectionAllowed(true);
        standard.setEmptySelectionCaption(t("indicators.standardNone"));
        standard.setValue(indicator.getStandard());
        standard.addValueChangeListener(e -> changed.accept(() -> indicator.setStandard(e.getValue())));
        scoringRule.setLabel(t("indicators.scoringRule"));
        scoringRule.setPlaceholder(t("indicators.scoringRulePlaceholder"));
        scoringRule.setValue(Objects.requireNonNullElse(indicator.getScoringRule(), ""));
        scoringRule.setValueChangeMode(ValueChangeMode.LAZY);
        scoringRule.addValueChangeListener(e -> changed.accept(() -> indicator.setScoringRule(e.getValue())));
        detailsBox.add(description, standard, scoringRule);
        detailsBox.setColspan(description, 2);
        detailsBox.setColspan(scoringRule, 3);
        detailsBox.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 3));
        detailsBox.getStyle().set("padding", "0 var(--lumo-space-m) var(--lumo-space-s)");

        details.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        details.setTooltipText(t("indicators.details"));
        details.setAriaLabel(t("indicators.details"));
        details.addClickListener(e -> toggleDetails.accept(indicator));
        this.remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        this.remove.setTooltipText(t("indicators.remove"));
        this.remove.setAriaLabel(t("indicators.remove"));
        this.remove.addClickListener(e -> remove.accept(indicator));
        actions.setSpacing(false);
    }

    void assignIds(int i) {
        String p = "indicator-" + i + "-";
        level2.setId(p + "level2");
        name.setId(p + "name");
        value.setId(p + "value");
        kind.setId(p + "kind");
        reading.setId(p + "reading");
        weight.setId(p + "weight");
        basis.setId(p + "basis");
        details.setId(p + "details");
        remove.setId(p + "remove");
        description.setId(p + "description");
        standard.setId(p + "standard");
        scoringRule.setId(p + "scoring");
    }

    HasValidation field(String property) {
        return switch (property == null ? "" : property) {
            case "level2" -> level2;
            case "valueText", "value", "comparator", "unit" -> value;
            case "weight" -> weight;
            case "basis" -> basis;
            case "description" -> description;
            case "scoringRule" -> scoringRule;
            case "standard" -> null;
            default -> name;
        };
    }

    private void text(TextField field, String initial, String labelKey, Consumer<String> setter) {
        field.setValue(Objects.requireNonNullElse(initial, ""));
        field.setWidthFull();
        field.setAriaLabel(t(labelKey));
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(e -> changed.accept(() -> setter.accept(e.getValue())));
    }

    /** The UI's text for a key (this is no component itself: its fields are). */
    private String t(String key) {
        return name.getTranslation(key);
    }
}
