package org.jixiao.targets.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jixiao.targets.Indicator;
import org.jixiao.targets.IndicatorKindRules;
import org.jixiao.targets.Level1Names;
import org.jixiao.ui.UiFormats;

/**
 * 绩效指标, grouped by 一级 (one table per group), each row one line: a 二级 + 三级 indicator with its value text
 * (and what the parser read from it, live, with its 累计型/状态型 kind), weight and basis; description, 绩效标准 and
 * 评分标准 in the row's details, made when opened. Edits go straight into the target's indicator list.
 */
class IndicatorEditor extends VerticalLayout {
    /** A target with more indicators opens with its rows as lines of text; added or pasted rows open as fields. */
    static final int OPEN_ROWS_UP_TO = 12;

    private final List<Indicator> indicators;
    private final IndicatorKindRules kindRules;
    private final Runnable onChange;
    private final Map<Indicator, IndicatorRow> rows = new IdentityHashMap<>();
    private final Map<String, Div> tables = new LinkedHashMap<>();
    private final Map<String, Span> groupSums = new LinkedHashMap<>();
    /** The stored indicators of a long target, shown as lines of text until clicked (see {@link IndicatorLine}). */
    private final Set<Indicator> startAsLines = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    IndicatorEditor(List<Indicator> indicators, List<String> groups, IndicatorKindRules kindRules, Runnable onChange) {
        this.indicators = indicators;
        this.kindRules = kindRules;
        this.onChange = onChange;
        if (indicators.size() > OPEN_ROWS_UP_TO) {
            startAsLines.addAll(indicators);
        }
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
            String group = tables.keySet().stream()
                    .filter(g -> Objects.equals(Level1Names.canonical(g), Level1Names.canonical(indicator.getLevel1())))
                    .findFirst().orElse(null);
            if (group == null) {
                group = indicator.getLevel1();
                addGroup(group, slug(group, tables.size()));
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

        Div table = new Div();
        table.setId("indicator-grid-" + slug);
        table.addClassName("indicator-table");
        table.setWidthFull();
        tables.put(level1, table);
        groupSums.put(level1, sum);
        add(header, table);
    }

    /** The group's column headings, then its rows in the target's order, or a line saying it has none. */
    private void fill(String level1, Div table) {
        table.removeAll();
        Div headings = new Div();
        for (String key : List.of("indicators.level2", "indicators.name", "indicators.value", "indicators.reading",
                "indicators.kind", "indicators.weight", "indicators.basis")) {
            headings.add(new Span(getTranslation(key)));
        }
        headings.add(new Span());
        headings.getStyle().set("display", "grid").set("grid-template-columns", IndicatorRow.COLUMNS)
                .set("column-gap", "var(--lumo-space-s)").set("font-size", "var(--lumo-font-size-s)")
                .set("font-weight", "600").set("color", "var(--lumo-secondary-text-color)")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)").set("padding", "var(--lumo-space-xs) 0");
        table.add(headings);
        List<Indicator> members = indicators.stream().filter(i -> level1.equals(i.getLevel1())).toList();
        if (members.isEmpty()) {
            Span empty = new Span(getTranslation("indicators.emptyGroup"));
            empty.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)")
                    .set("display", "block").set("padding", "var(--lumo-space-s) 0");
            table.add(empty);
        }
        members.forEach(i -> table.add(row(i)));
    }

    private IndicatorRow row(Indicator indicator) {
        return rows.computeIfAbsent(indicator,
                i -> new IndicatorRow(i, kindRules, onChange, this::changed, this::removeIndicator,
                        startAsLines.contains(i)));
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
        row(indicator).setDetailsVisible(true);
        row(indicator).focus("name");
        onChange.run();
    }

    /** A new group's first indicator goes after the indicators of the groups shown before it. */
    private int insertionPointOfGroup(String level1) {
        List<String> before = new ArrayList<>();
        for (String group : tables.keySet()) {
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

    private void changed(Runnable apply) {
        apply.run();
        refreshSums();
        onChange.run();
    }

    private void refreshAll() {
        tables.forEach(this::fill);
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
        return row(indicators.get(index)).field(property);
    }

    List<HasValidation> allFields() {
        List<HasValidation> all = new ArrayList<>();
        rows.values().forEach(r -> all.addAll(r.fields()));
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

    static List<String> merge(List<String> items, String extra) {
        List<String> merged = new ArrayList<>(items);
        if (!merged.contains(extra)) {
            merged.add(extra);
        }
        return merged;
    }
}
