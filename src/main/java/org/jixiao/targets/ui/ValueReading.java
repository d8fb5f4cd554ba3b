package org.jixiao.targets.ui;

import com.vaadin.flow.component.html.Span;
import org.jixiao.targets.IndicatorValue;
import org.jixiao.targets.IndicatorValueParser;
import org.jixiao.ui.UiFormats;

/** Shows what the parser read from an indicator's value text: "≥ 12 次", "定性", or red "无法识别：…". */
class ValueReading extends Span {

    ValueReading() {
        addClassName("value-reading");
        getStyle().set("font-size", "var(--lumo-font-size-xs)");
    }

    void show(String text) {
        removeClassNames("unrecognized", "recognized", "empty");
        if (text == null || text.isBlank()) {
            setText(getTranslation("reading.empty"));
            addClassName("empty");
            getStyle().set("color", "var(--lumo-tertiary-text-color)");
            return;
        }
        IndicatorValue value = IndicatorValueParser.parse(text);
        if (!value.recognized()) {
            setText(getTranslation("reading.unrecognized", value.problem() == null ? "" : value.problem()));
            addClassName("unrecognized");
            getStyle().set("color", "var(--lumo-error-text-color)");
        } else {
            setText(getTranslation("reading.prefix") + describe(value));
            addClassName("recognized");
            getStyle().set("color", "var(--lumo-success-text-color)");
        }
    }

    /** "≥ 12 次" or "定性"; for read-only tables too. */
    String describe(IndicatorValue value) {
        if (value.qualitative()) {
            return getTranslation("reading.qualitative");
        }
        StringBuilder text = new StringBuilder();
        if (value.comparator() != null) {
            text.append(value.comparator().symbol()).append(' ');
        }
        text.append(UiFormats.plain(value.value()));
        if (value.unit() != null && !value.unit().isBlank()) {
            text.append(' ').append(value.unit());
        }
        return text.toString();
    }
}
