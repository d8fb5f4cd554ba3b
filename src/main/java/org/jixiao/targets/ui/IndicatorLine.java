package org.jixiao.targets.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.function.Consumer;
import org.jixiao.targets.Indicator;
import org.jixiao.targets.IndicatorKindRules;
import org.jixiao.targets.IndicatorValue;
import org.jixiao.targets.IndicatorValueParser;
import org.jixiao.ui.UiFormats;

/**
 * A stored indicator of a long target shown as one line of text in {@link IndicatorRow}'s columns, until it is
 * clicked (or entered with the keyboard) and becomes its fields. Seven Vaadin fields on each of 40 lines were most of
 * the editor's opening time (issue 12 §3); plain text costs the browser almost nothing. Cut-off text shows in full
 * in its title.
 */
class IndicatorLine extends Div {

    /** {@code edit} receives the property of the clicked cell ("name", "valueText", …) or null for the line. */
    IndicatorLine(Indicator indicator, IndicatorKindRules kindRules, Consumer<String> edit) {
        IndicatorValue parsed = IndicatorValueParser.parse(indicator.getValueText());
        if (indicator.getProgressKind() == null) {
            // as KindSelect would on opening: the region's default is what gets saved
            indicator.setProgressKind(kindRules.kindOf(parsed.unit(), indicator.getName()));
        }
        ValueReading reading = new ValueReading();
        reading.show(indicator.getValueText());
        String kind = parsed.comparator() == null || indicator.getProgressKind() == null ? ""
                : getTranslation("indicators.kind." + indicator.getProgressKind().name());
        add(cell(indicator.getLevel2(), "level2", edit), cell(indicator.getName(), "name", edit),
                cell(indicator.getValueText(), "valueText", edit), reading, cell(kind, "kind", edit),
                cell(weight(indicator.getWeight()), "weight", edit), cell(indicator.getBasis(), "basis", edit),
                new Span("✎"));
        addClassName("indicator-line");
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "button");
        getElement().setAttribute("title", getTranslation("indicators.lineEdit"));
        addClickListener(e -> edit.accept(null));
        getElement().addEventListener("keydown", e -> edit.accept(null)).setFilter("event.key === 'Enter'");
        getStyle().set("display", "grid").set("grid-template-columns", IndicatorRow.COLUMNS)
                .set("column-gap", "var(--lumo-space-s)").set("align-items", "center").set("cursor", "pointer")
                .set("min-height", "var(--lumo-size-m)").set("padding", "2px var(--lumo-space-xs)")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
    }

    private Span cell(String text, String property, Consumer<String> edit) {
        Span cell = new Span(text == null ? "" : text);
        cell.getElement().setAttribute("title", text == null ? "" : text);
        cell.getElement().setAttribute("data-property", property);
        cell.getStyle().set("overflow", "hidden").set("text-overflow", "ellipsis").set("white-space", "nowrap");
        // the cell's own click opens the line at that field; the line's listener must not open it a second time
        cell.getElement().addEventListener("click", e -> edit.accept(property)).stopPropagation();
        return cell;
    }

    private static String weight(BigDecimal weight) {
        return weight == null ? "" : UiFormats.decimal(weight);
    }
}
