package org.jixiao.targets.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import org.jixiao.targets.Indicator;
import org.jixiao.targets.IndicatorKind;
import org.jixiao.targets.IndicatorKindRules;
import org.jixiao.targets.IndicatorValue;
import org.jixiao.targets.IndicatorValueParser;

/**
 * 累计型 / 状态型 of one indicator (docs/rules.md §2). Proposes the region's default for the unit and name as they are
 * typed, and keeps following it until the drafter picks a kind that differs from the default; shown only where
 * the value is a number (a qualitative target has no progress to pro-rate).
 */
class KindSelect extends Select<IndicatorKind> {
    private final Indicator indicator;
    private final IndicatorKindRules rules;
    private IndicatorKind proposed;

    KindSelect(Indicator indicator, IndicatorKindRules rules, Runnable onChange) {
        this.indicator = indicator;
        this.rules = rules;
        setItems(IndicatorKind.values());
        setItemLabelGenerator(k -> k == null ? "" : getTranslation("indicators.kind." + k.name()));
        setAriaLabel(getTranslation("indicators.kind"));
        // a native title, not a Vaadin tooltip: one web component fewer on each of up to 40 rows (issue 12 §3)
        getElement().setAttribute("title", getTranslation("indicators.kind.help"));
        addThemeVariants(SelectVariant.LUMO_SMALL);
        setWidthFull();
        IndicatorValue parsed = IndicatorValueParser.parse(indicator.getValueText());
        proposed = rules.kindOf(parsed.unit(), indicator.getName());
        if (indicator.getProgressKind() == null) {
            indicator.setProgressKind(proposed);
        }
        setValue(indicator.getProgressKind());
        setVisible(parsed.comparator() != null);
        addValueChangeListener(e -> {
            if (e.isFromClient()) {
                indicator.setProgressKind(e.getValue());
                onChange.run();
            }
        });
    }

    /**
     * The value text or name changed: a kind still at the old proposal follows the new one (≥12次 → ≥95% turns
     * 累计型 into 状态型), a kind the drafter chose stays.
     */
    void follow() {
        IndicatorValue parsed = IndicatorValueParser.parse(indicator.getValueText());
        IndicatorKind next = rules.kindOf(parsed.unit(), indicator.getName());
        if (indicator.getProgressKind() == proposed && next != proposed) {
            indicator.setProgressKind(next);
            setValue(next);
        }
        proposed = next;
        setVisible(parsed.comparator() != null);
    }
}
