package org.jixiao.targets.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jixiao.targets.Indicator;
import org.jixiao.targets.IndicatorKindRules;
import org.jixiao.targets.Level1Names;
import org.jixiao.ui.UiFormats;

/**
 * 绩效指标, grouped by 一级 (one grid per group), each row a 二级 + 三级 indicator with its value text
 * (and what the parser read from it, live, with its 累计型/状态型 kind), weight and basis; description, 绩效标准 and 评分标准 in the
 * row's details. Edits go straight into the target's indicator list.
 */
class IndicatorEditor extends VerticalLayout {

    /** The inputs of one indicator, created once and reused whenever the grid renders the row. */
    private final class Row {
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

        Row(Indicator indicator) {
            this.indicator = indicator;
            kind = new KindSelect(indicator, kindRules, onChange);
            valueCell = new VerticalLayout(value, reading, kind);
            List<String> level2s = new ArrayList<>(IndicatorCategories.level2Of(indicator.getLevel1()));
            if (indicator.getLevel2() != null && !level2s.contains(indicator.getLevel2())) {
                level2s.add(indicator.getLevel2());
            }
            level2.setItems(level2s);
            level2.setAllowCustomValue(true);
            level2.addCustomValueSetListener(e -> {
                level2.setItems(merge(level2s, e.getDetail()));
                level2.setValue(e.getDetail());
            });
            level2.setValue(indicator.getLevel2());
            level2.setWidthFull();
            level2.setAriaLabel(getTranslation("indicators.level2"));
            level2.addValueChangeListener(e -> changed(() -> indicator.setLevel2(e.getValue())));

            text(name, indicator.getName(), "indicators.name", v -> {
                indicator.setName(v);
                kind.follow();
            });
            name.setPlaceholder(getTranslation("indicators.namePlaceholder"));
            text(value, indicator.getValueText(), "indicators.value", v -> {
                indicator.setValueText(v);
                reading.show(v);
                kind.follow();
            });
            value.setPlaceholder(getTranslation("indicators.valuePlaceholder"));
            reading.show(indicator.getValueText());
            valueCell.setPadding(false);
            valueCell.setSpacing(false);

            weight.setValue(indicator.getWeight());
            weight.setWidthFull();
            weight.setAriaLabel(getTranslation("indicators.weight"));
            weight.setValueChangeMode(ValueChangeMode.LAZY);
            weight.addValueChangeListener(e -> changed(() -> indicator.setWeight(e.getValue())));

            text(basis, indicator.getBasis(), "indicators.basis", v -> indicator.setBasis(v));
            basis.setPlaceholder(getTranslation("indicators.basisPlaceholder"));

            description.setLabel(getTranslation("indicators.description"));
            description.setValue(Objects.requireNonNullElse(indicator.getDescription(), ""));
            description.setValueChangeMode(ValueChangeMode.LAZY);
            description.addValueChangeListener(e -> changed(() -> indicator.setDescription(e.getValue())));
            List<String> standards = new ArrayList<>(IndicatorCategories.STANDARDS);
            if (indicator.getStandard() != null && !standards.contains(indicator.getStandard())) {
                standards.add(indicator.getStandard());
            }
            standard.setLabel(getTranslation("indicators.standard"));
            standard.setItems(standards);
            standard.setEmptySelectionAllowed(true);
            standard.setEmptySelectionCaption(getTranslation("indicators.standardNone"));
            standard.setValue(indicator.getStandard());
            standard.addValueChangeListener(e -> changed(() -> indicator.setStandard(e.getValue())));
            scoringRule.setLabel(getTranslation("indicators.scoringRule"));
            scoringRule.setPlaceholder(getTranslation("indicators.scoringRulePlaceholder"));
            scoringRule.setValue(Objects.requireNonNullElse(indicator.getScoringRule(), ""));
            scoringRule.setValueChangeMode(ValueChangeMode.LAZY);
            scoringRule.addValueChangeListener(e -> changed(() -> indicator.setScoringRule(e.getValue())));
            detailsBox.add(description, standard, scoringRule);
            detailsBox.setColspan(description, 2);
            detailsBox.setColspan(scoringRule, 3);
            detailsBox.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 3));
            detailsBox.getStyle().set("padding", "0 var(--lumo-space-m) var(--lumo-space-s)");

            details.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            details.setTooltipText(getTranslation("indicators.details"));
            details.setAriaLabel(getTranslation("indicators.details"));
            details.addClickListener(e -> toggleDetails(indicator));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setTooltipText(getTranslation("indicators.remove"));
            remove.setAriaLabel(getTranslation("indicators.remove"));
            remove.addClickListener(e -> removeIndicator(indicator));
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

        private void text(TextField field, String initial, String labelKey, java.util.function.Consumer<String> setter) {
            field.setValue(Objects.requireNonNullElse(initial, ""));
            field.setWidthFull();
            field.setAriaLabel(getTranslation(labelKey));
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(e -> changed(() -> setter.accept(e.getValue())));
        }
    }

    private final List<Indicator> indicators;
    private final IndicatorKindRules kindRules;
    private final Runnable onChange;
    private final Map<Indicator, Row> rows = new IdentityHashMap<>();
    private final Map<String, Grid<Indicator>> grids = new LinkedHashMap<>();
    private final Map<String, Span> groupSums = new LinkedHashMap<>();

    IndicatorEditor(List<Indicator> indicators, List<String> groups, IndicatorKindRules kindRules, Runnable onChange) {
        this.indicators = indicators;
        this.kindRules = kindRules;
        this.onChange = onChange;
        setId("indicator-editor");
        setPadding(false);
        Button paste = new Button(getTranslation("paste.open"), VaadinIcon.CLIPBOARD_TEXT.create(),
                e -> new PasteDialog(this::addPasted).open());
        paste.setId("indicator-paste");
        paste.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add(paste);
        int n = 0;
        for (String group : groups) {
            addGroup(group, slug(group, n++));
        }
        refreshAll();
    }

    /**
     * Rows read from a pasted Excel block go after the indicators of their 一级; a 一级 the form does not show yet
     * (成本指标 as its own 一级) gets its group, and a synonym (效果指标) joins the group it means.
     */
    private void addPasted(List<Indicator> pasted) {
        for (Indicator indicator : pasted) {
            String group = grids.keySet().stream()
                    .filter(g -> Objects.equals(Level1Names.canonical(g), Level1Names.canonical(indicator.getLevel1())))
                    .findFirst().orElse(null);
            if (group == null) {
                group = indicator.getLevel1();
                addGroup(group, slug(group, grids.size()));
            }
            indicator.setLevel1(group);
            int at = insertionPointOfGroup(group);
            for (int i = 0; i < indicators.size(); i++) {
                if (group.equals(indicators.get(i).getLevel1())) {
                    at = i + 1;
                }
            }
            indicators.add(at, indicator);
        }
        refreshAll();
        onChange.run();
    }

    private void addGroup(String level1, String slug) {
        H4 title = new H4(level1);
        title.getStyle().set("margin", "0");
        Span sum = new Span();
        sum.setId("indicator-sum-" + slug);
        sum.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Button add = new Button(getTranslation("indicators.addIn", level1), VaadinIcon.PLUS.create(),
                e -> addIndicator(level1));
        add.setId("indicator-add-" + slug);
        add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(title, sum, add);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        header.expand(sum);

        Grid<Indicator> grid = new Grid<>();
        grid.setId("indicator-grid-" + slug);
        grid.addComponentColumn(i -> row(i).level2).setHeader(getTranslation("indicators.level2"))
                .setWidth("176px").setFlexGrow(0);
        grid.addComponentColumn(i -> row(i).name).setHeader(getTranslation("indicators.name")).setFlexGrow(2);
        grid.addComponentColumn(i -> row(i).valueCell).setHeader(getTranslation("indicators.value"))
                .setWidth("190px").setFlexGrow(0);
        grid.addComponentColumn(i -> row(i).weight).setHeader(getTranslation("indicators.weight"))
                .setWidth("100px").setFlexGrow(0);
        grid.addComponentColumn(i -> row(i).basis).setHeader(getTranslation("indicators.basis")).setFlexGrow(1);
        grid.addComponentColumn(i -> row(i).actions).setHeader("").setWidth("84px").setFlexGrow(0);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(i -> row(i).detailsBox));
        grid.setDetailsVisibleOnClick(false);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.setEmptyStateText(getTranslation("indicators.emptyGroup"));
        grids.put(level1, grid);
        groupSums.put(level1, sum);
        add(header, grid);
    }

    private Row row(Indicator indicator) {
        return rows.computeIfAbsent(indicator, Row::new);
    }

    private void addIndicator(String level1) {
        Indicator indicator = new Indicator();
        indicator.setLevel1(level1);
        int at = 0;
        for (int i = 0; i < indicators.size(); i++) {
            if (level1.equals(indicators.get(i).getLevel1())) {
                at = i + 1;
            }
        }
        if (at == 0) {
            at = insertionPointOfGroup(level1);
        }
        indicators.add(at, indicator);
        refreshAll();
        grids.get(level1).setDetailsVisible(indicator, true);
        row(indicator).name.focus();
        onChange.run();
    }

    /** A new group's first indicator goes after the indicators of the groups shown before it. */
    private int insertionPointOfGroup(String level1) {
        List<String> before = new ArrayList<>();
        for (String group : grids.keySet()) {
            if (group.equals(level1)) {
                break;
            }
            before.add(group);
        }
        int at = 0;
        for (int i = 0; i < indicators.size(); i++) {
            if (before.contains(indicators.get(i).getLevel1())) {
                at = i + 1;
            }
        }
        return at;
    }

    private void removeIndicator(Indicator indicator) {
        indicators.remove(indicator);
        rows.remove(indicator);
        refreshAll();
        onChange.run();
    }

    private void toggleDetails(Indicator indicator) {
        Grid<Indicator> grid = grids.get(indicator.getLevel1());
        if (grid != null) {
            grid.setDetailsVisible(indicator, !grid.isDetailsVisible(indicator));
        }
    }

    private void changed(Runnable apply) {
        apply.run();
        refreshSums();
        onChange.run();
    }

    private void refreshAll() {
        for (Map.Entry<String, Grid<Indicator>> entry : grids.entrySet()) {
            entry.getValue().setItems(indicators.stream().filter(i -> entry.getKey().equals(i.getLevel1())).toList());
        }
        for (int i = 0; i < indicators.size(); i++) {
            row(indicators.get(i)).assignIds(i);
        }
        refreshSums();
    }

    private void refreshSums() {
        for (Map.Entry<String, Span> entry : groupSums.entrySet()) {
            BigDecimal sum = indicators.stream().filter(i -> entry.getKey().equals(i.getLevel1()))
                    .map(Indicator::getWeight).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
            long count = indicators.stream().filter(i -> entry.getKey().equals(i.getLevel1())).count();
            entry.getValue().setText(getTranslation("indicators.groupSum", count, UiFormats.decimal(sum)));
        }
    }

    HasValidation field(int index, String property) {
        if (index < 0 || index >= indicators.size()) {
            return null;
        }
        Row row = row(indicators.get(index));
        if (property != null && List.of("description", "scoringRule").contains(property)) {
            Grid<Indicator> grid = grids.get(row.indicator.getLevel1());
            if (grid != null) {
                grid.setDetailsVisible(row.indicator, true);
            }
        }
        return row.field(property);
    }

    List<HasValidation> allFields() {
        List<HasValidation> all = new ArrayList<>();
        rows.values().forEach(r -> all.addAll(List.of(r.level2, r.name, r.value, r.weight, r.basis,
                r.description, r.scoringRule)));
        return all;
    }

    static String slug(String level1, int n) {
        return switch (level1) {
            case IndicatorCategories.OUTPUT -> "output";
            case IndicatorCategories.EFFECT -> "effect";
            case IndicatorCategories.SATISFACTION -> "satisfaction";
            case IndicatorCategories.COST -> "cost";
            default -> "group" + n;
        };
    }

    private static List<String> merge(List<String> items, String extra) {
        List<String> merged = new ArrayList<>(items);
        if (!merged.contains(extra)) {
            merged.add(extra);
        }
        return merged;
    }
}
