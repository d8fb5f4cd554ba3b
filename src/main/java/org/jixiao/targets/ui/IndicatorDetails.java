package org.jixiao.targets.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jixiao.targets.Indicator;

/**
 * Description, 绩效标准 and 评分标准 of one indicator, and its 删除, under its row in {@link IndicatorEditor}. Made only when the
 * row is opened (or a violation points into it): a 40-indicator target opens with none of them, which is most of
 * what made its editor slow (issue 12 §3, §5).
 */
class IndicatorDetails extends FormLayout {
    final TextArea description = new TextArea();
    final Select<String> standard = new Select<>();
    final TextArea scoringRule = new TextArea();
    final Button remove = new Button(VaadinIcon.TRASH.create());

    IndicatorDetails(Indicator indicator, Consumer<Runnable> changed, Runnable onRemove) {
        description.setLabel(getTranslation("indicators.description"));
        description.setValue(Objects.requireNonNullElse(indicator.getDescription(), ""));
        description.setValueChangeMode(ValueChangeMode.LAZY);
        description.addValueChangeListener(e -> changed.accept(() -> indicator.setDescription(e.getValue())));
        List<String> standards = new ArrayList<>(IndicatorCategories.STANDARDS);
        if (indicator.getStandard() != null && !standards.contains(indicator.getStandard())) {
            standards.add(indicator.getStandard());
        }
        standard.setLabel(getTranslation("indicators.standard"));
        standard.setItems(standards);
        standard.setEmptySelectionAllowed(true);
        standard.setEmptySelectionCaption(getTranslation("indicators.standardNone"));
        standard.setValue(indicator.getStandard());
        standard.addValueChangeListener(e -> changed.accept(() -> indicator.setStandard(e.getValue())));
        scoringRule.setLabel(getTranslation("indicators.scoringRule"));
        scoringRule.setPlaceholder(getTranslation("indicators.scoringRulePlaceholder"));
        scoringRule.setValue(Objects.requireNonNullElse(indicator.getScoringRule(), ""));
        scoringRule.setValueChangeMode(ValueChangeMode.LAZY);
        scoringRule.addValueChangeListener(e -> changed.accept(() -> indicator.setScoringRule(e.getValue())));
        remove.setText(getTranslation("indicators.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClickListener(e -> onRemove.run());
        add(description, standard, scoringRule, remove);
        setColspan(description, 2);
        setColspan(scoringRule, 3);
        setResponsiveSteps(new ResponsiveStep("0", 3));
        getStyle().set("grid-column", "1 / -1").set("padding", "0 var(--lumo-space-m) var(--lumo-space-s)");
    }

    void assignIds(String prefix) {
        description.setId(prefix + "description");
        standard.setId(prefix + "standard");
        scoringRule.setId(prefix + "scoring");
        remove.setId(prefix + "remove");
    }
}
