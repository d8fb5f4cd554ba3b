package org.jixiao.targets.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jixiao.targets.Indicator;
import org.jixiao.targets.IndicatorKindRules;

/**
 * One indicator in {@link IndicatorEditor}: a single line of 二级, 三级, value text, what the parser read from it,
 * its 累计型/状态型 kind, weight and basis; description, 绩效标准, 评分标准 and 删除 in {@link IndicatorDetails} under
 * the line, made on demand. A plain CSS grid row rather than a Vaadin Grid with component renderers: the editor of a
 * 40-indicator target then costs one round trip and no per-cell renderers (issue 12 §3). On a long target a stored
 * indicator starts as an {@link IndicatorLine} of text and gets its fields when clicked. Ids {@code indicator-<i>-…}
 * follow the position ({@code -line} while it is one).
 */
class IndicatorRow extends Div {
    /** The columns of a row and of its group's header line (1280×800 leaves about 990 px). */
    static final String COLUMNS = "150px minmax(0,1.6fr) 120px 112px 92px 76px minmax(0,1fr) 32px";

    final Indicator indicator;
    // the fields: made when the row opens (at once, unless it starts as a line of text)
    private ComboBox<String> level2;
    private TextField name;
    private TextField value;
    private ValueReading reading;
    private KindSelect kind;
    private BigDecimalField weight;
    private TextField basis;
    private Button details;

    private final IndicatorKindRules kindRules;
    private final Runnable onChange;
    private final Consumer<Runnable> changed;
    private final Consumer<Indicator> remove;
    private IndicatorLine line;
    private IndicatorDetails more;
    private String idPrefix;

    /**
     * {@code changed} applies an edit to the indicator and tells the form; {@code remove} is the editor's. A
     * {@code compact} row starts as an {@link IndicatorLine} and makes its fields when first clicked.
     */
    IndicatorRow(Indicator indicator, IndicatorKindRules kindRules, Runnable onChange, Consumer<Runnable> changed,
                 Consumer<Indicator> remove, boolean compact) {
        this.indicator = indicator;
        this.kindRules = kindRules;
        this.onChange = onChange;
        this.changed = changed;
        this.remove = remove;
        addClassName("indicator-row");
        if (compact) {
            line = new IndicatorLine(indicator, kindRules, this::open);
            add(line);
        } else {
            build();
        }
    }

    /** Opens a line of text into its fields, focusing the one of the clicked cell. */
    void open(String property) {
        if (line == null) {
            return;
        }
        remove(line);
        line = null;
        build();
        if (idPrefix != null) {
            assignIds(idPrefix);
        }
        focus(property);
    }

    /** Puts the cursor in the field of the property (opening the row if it is a line). */
    void focus(String property) {
        if (field(property) instanceof com.vaadin.flow.component.Focusable<?> focusable) {
            focusable.focus();
        }
    }

    private void build() {
        level2 = new ComboBox<>();
        name = new TextField();
        value = new TextField();
        reading = new ValueReading();
        weight = new BigDecimalField();
        basis = new TextField();
        details = new Button(VaadinIcon.ELLIPSIS_DOTS_H.create());
        kind = new KindSelect(indicator, kindRules, onChange);
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

        weight.setValue(indicator.getWeight());
        weight.setWidthFull();
        weight.setAriaLabel(t("indicators.weight"));
        weight.setValueChangeMode(ValueChangeMode.LAZY);
        weight.addValueChangeListener(e -> changed.accept(() -> indicator.setWeight(e.getValue())));

        text(basis, indicator.getBasis(), "indicators.basis", v -> indicator.setBasis(v));
        basis.setPlaceholder(t("indicators.basisPlaceholder"));

        // a native title, not a Vaadin tooltip, and 删除 inside the details: every web component of a line is paid
        // 40 times on a 40-indicator target (issue 12 §3)
        details.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        details.getElement().setAttribute("title", t("indicators.details"));
        details.setAriaLabel(t("indicators.details"));
        details.addClickListener(e -> toggleDetails());

        add(level2, name, value, reading, kind, weight, basis, details);
        getStyle().set("display", "grid").set("grid-template-columns", COLUMNS)
                .set("column-gap", "var(--lumo-space-s)").set("align-items", "center")
                .set("padding", "2px 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
    }

    void assignIds(int i) {
        assignIds("indicator-" + i + "-");
    }

    private void assignIds(String prefix) {
        idPrefix = prefix;
        setId(idPrefix + "row");
        if (line != null) {
            line.setId(idPrefix + "line");
            return;
        }
        level2.setId(idPrefix + "level2");
        name.setId(idPrefix + "name");
        value.setId(idPrefix + "value");
        kind.setId(idPrefix + "kind");
        reading.setId(idPrefix + "reading");
        weight.setId(idPrefix + "weight");
        basis.setId(idPrefix + "basis");
        details.setId(idPrefix + "details");
        if (more != null) {
            more.assignIds(idPrefix);
        }
    }

    /** Shows or hides the line's details, making them the first time. */
    void toggleDetails() {
        setDetailsVisible(more == null || !more.isVisible());
    }

    void setDetailsVisible(boolean visible) {
        if (visible) {
            open(null);
        }
        if (visible && more == null) {
            more = new IndicatorDetails(indicator, changed, () -> remove.accept(indicator));
            if (idPrefix != null) {
                more.assignIds(idPrefix);
            }
            add(more);
        }
        if (more != null) {
            more.setVisible(visible);
        }
    }

    boolean isDetailsVisible() {
        return more != null && more.isVisible();
    }

    /** The input of a property; one inside the details opens them. */
    HasValidation field(String property) {
        open(null);
        return switch (property == null ? "" : property) {
            case "level2" -> level2;
            case "valueText", "value", "comparator", "unit" -> value;
            case "weight" -> weight;
            case "basis" -> basis;
            case "description" -> opened().description;
            case "scoringRule" -> opened().scoringRule;
            case "standard" -> null;
            default -> name;
        };
    }

    /** The inputs made so far (the details only once opened), for clearing marks. */
    List<HasValidation> fields() {
        if (line != null) {
            return List.of();
        }
        List<HasValidation> all = new ArrayList<>(List.<HasValidation>of(level2, name, value, weight, basis));
        if (more != null) {
            all.add(more.description);
            all.add(more.scoringRule);
        }
        return all;
    }

    private IndicatorDetails opened() {
        setDetailsVisible(true);
        return more;
    }

    private void text(TextField field, String initial, String labelKey, Consumer<String> setter) {
        field.setValue(Objects.requireNonNullElse(initial, ""));
        field.setWidthFull();
        field.setAriaLabel(t(labelKey));
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(e -> changed.accept(() -> setter.accept(e.getValue())));
    }

    private String t(String key) {
        return getTranslation(key);
    }
}
