package org.jixiao.targets.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jixiao.targets.AnnualTask;
import org.jixiao.targets.Indicator;
import org.jixiao.targets.IndicatorValueParser;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.targets.TargetKind;
import org.jixiao.ui.NarrowScreen;
import org.jixiao.ui.UiFormats;

/** A target read-only: header, funds, spending plan, goals, tasks and the indicator tree (一级 → 二级 → 三级). */
class TargetSummary extends VerticalLayout {

    /** A row of the indicator tree: a 一级 or 二级 heading with its weight sum, or a 三级 indicator. */
    static final class Node {
        final String label;
        final Indicator indicator;
        final BigDecimal weight;
        final List<Node> children = new ArrayList<>();

        Node(String label, Indicator indicator, BigDecimal weight) {
            this.label = label;
            this.indicator = indicator;
            this.weight = weight;
        }
    }

    TargetSummary(PerformanceTarget t) {
        setPadding(false);
        setId("target-summary");
        boolean project = t.getKind() != TargetKind.DEPARTMENT;
        FormLayout header = new FormLayout();
        header.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));
        item(header, "target.kind", t.getKind() == null ? "" : getTranslation("kind." + t.getKind().name()), "summary-kind");
        item(header, "target.fiscalYear", String.valueOf(t.getFiscalYear()), "summary-fiscal-year");
        item(header, "target.status", t.getStatus() == null ? "" : getTranslation("status." + t.getStatus().name()),
                "summary-status");
        item(header, "target.unit", t.getUnitName(), "summary-unit");
        header.setColspan(item(header, "target.name", t.getName(), "summary-name"), 2);
        if (project) {
            item(header, "target.projectCode", t.getProjectCode(), "summary-project-code");
            item(header, "target.projectAttribute", t.getProjectAttribute(), "summary-project-attribute");
            item(header, "target.period", t.getImplementationPeriod(), "summary-period");
        }
        item(header, "target.fiscalFunds", money(t.getFiscalFunds()), "summary-fiscal-funds");
        item(header, "target.otherFunds", money(t.getOtherFunds()), "summary-other-funds");
        item(header, "target.totalFunds", money(t.totalFunds()), "summary-total-funds");
        if (project) {
            header.setColspan(item(header, "target.fundUse", t.getFundUse(), "summary-fund-use"), 3);
        }
        header.setColspan(item(header, "target.spendingPlan", plan(t), "summary-spending-plan"), 3);
        header.setColspan(item(header, project ? "target.goals" : "target.overallGoals", t.getGoals(), "summary-goals"), 3);
        if (project && t.getPeriodGoals() != null && !t.getPeriodGoals().isBlank()) {
            header.setColspan(item(header, "target.periodGoals", t.getPeriodGoals(), "summary-period-goals"), 3);
        }
        add(header);
        if (!t.getTasks().isEmpty()) {
            add(new H3(getTranslation("target.tasks")), tasks(t.getTasks()));
        }
        add(new H3(getTranslation("target.section.indicators")), indicatorTree(t.getIndicators()));
    }

    private String plan(PerformanceTarget t) {
        if (t.getSpendingPlan().isEmpty()) {
            return "";
        }
        return t.getSpendingPlan().stream()
                .map(p -> getTranslation("plan.point", p.month(), UiFormats.decimal(p.percent())))
                .collect(Collectors.joining(" → "));
    }

    private String money(BigDecimal value) {
        return value == null ? "" : UiFormats.money(value) + " " + getTranslation("unit.wanyuan");
    }

    private Component item(FormLayout form, String labelKey, String value, String id) {
        Span label = new Span(getTranslation(labelKey));
        label.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div text = new Div();
        text.setText(value == null || value.isBlank() ? "—" : value);
        text.setId(id);
        text.getStyle().set("white-space", "pre-wrap");
        Div box = new Div(label, text);
        form.add(box);
        return box;
    }

    private Grid<AnnualTask> tasks(List<AnnualTask> tasks) {
        Grid<AnnualTask> grid = new Grid<>();
        grid.setId("summary-tasks");
        grid.addColumn(AnnualTask::getName).setHeader(getTranslation("tasks.name")).setFlexGrow(1);
        grid.addColumn(AnnualTask::getContent).setHeader(getTranslation("tasks.content")).setFlexGrow(3);
        grid.addColumn(a -> UiFormats.money(a.getFiscalAmount())).setHeader(getTranslation("tasks.fiscal"))
                .setWidth("130px").setFlexGrow(0);
        grid.addColumn(a -> UiFormats.money(a.getOtherAmount())).setHeader(getTranslation("tasks.other"))
                .setWidth("130px").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setItems(tasks);
        return grid;
    }

    private TreeGrid<Node> indicatorTree(List<Indicator> indicators) {
        Map<String, Map<String, List<Indicator>>> grouped = new LinkedHashMap<>();
        for (Indicator i : indicators) {
            grouped.computeIfAbsent(Objects.requireNonNullElse(i.getLevel1(), "—"), k -> new LinkedHashMap<>())
                    .computeIfAbsent(Objects.requireNonNullElse(i.getLevel2(), "—"), k -> new ArrayList<>()).add(i);
        }
        List<Node> roots = new ArrayList<>();
        grouped.forEach((level1, byLevel2) -> {
            Node root = new Node(level1, null, sum(byLevel2.values().stream().flatMap(List::stream).toList()));
            byLevel2.forEach((level2, leaves) -> {
                Node middle = new Node(level2, null, sum(leaves));
                leaves.forEach(leaf -> middle.children.add(new Node(leaf.getName(), leaf, leaf.getWeight())));
                root.children.add(middle);
            });
            roots.add(root);
        });
        TreeGrid<Node> tree = new TreeGrid<>();
        tree.setId("indicator-tree");
        tree.addHierarchyColumn(n -> n.label).setHeader(getTranslation("indicators.tree")).setWidth("240px")
                .setFlexGrow(2).setSortable(false);
        ValueReading reader = new ValueReading();
        tree.addColumn(n -> n.indicator == null ? "" : Objects.requireNonNullElse(n.indicator.getValueText(), ""))
                .setHeader(getTranslation("indicators.value")).setWidth("120px").setFlexGrow(0);
        var reading = tree.addColumn(n -> n.indicator == null || n.indicator.getValueText() == null ? ""
                        : readingOf(reader, n.indicator.getValueText()))
                .setHeader(getTranslation("indicators.reading")).setWidth("130px").setFlexGrow(0);
        tree.addColumn(n -> UiFormats.decimal(n.weight)).setHeader(getTranslation("indicators.weight"))
                .setWidth("80px").setFlexGrow(0);
        var description = tree.addColumn(n -> n.indicator == null ? ""
                        : Objects.requireNonNullElse(n.indicator.getDescription(), ""))
                .setHeader(getTranslation("indicators.description")).setFlexGrow(1);
        var basis = tree.addColumn(n -> n.indicator == null ? "" : Objects.requireNonNullElse(n.indicator.getBasis(), ""))
                .setHeader(getTranslation("indicators.basis")).setFlexGrow(1);
        var rule = tree.addColumn(n -> n.indicator == null ? ""
                        : Objects.requireNonNullElse(n.indicator.getScoringRule(), ""))
                .setHeader(getTranslation("indicators.scoringRule")).setFlexGrow(1);
        // On a phone: indicator, value and points; a tap on an indicator shows the rest below it.
        NarrowScreen.follow(tree, narrow -> {
            List.of(reading, description, basis, rule).forEach(c -> c.setVisible(!narrow));
            tree.getColumns().get(0).setWidth(narrow ? "160px" : "240px");
            tree.getColumns().get(1).setWidth(narrow ? "88px" : "120px");
            tree.getColumns().get(3).setWidth(narrow ? "64px" : "80px");
            tree.setItemDetailsRenderer(narrow ? new com.vaadin.flow.data.renderer.ComponentRenderer<>(this::details)
                    : null);
        });
        tree.setItems(roots, n -> n.children);
        tree.expandRecursively(roots, 2);
        tree.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        tree.setAllRowsVisible(true);
        tree.setPartNameGenerator(n -> n.indicator == null ? "indicator-group" : null);
        return tree;
    }

    /** What the hidden columns hold, under an indicator tapped on a phone. */
    private Component details(Node n) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setSpacing(false);
        if (n.indicator != null) {
            Indicator i = n.indicator;
            for (String[] line : new String[][] {{"indicators.description", i.getDescription()},
                {"indicators.basis", i.getBasis()}, {"indicators.scoringRule", i.getScoringRule()}}) {
                if (line[1] != null && !line[1].isBlank()) {
                    box.add(new Span(getTranslation(line[0]) + "：" + line[1]));
                }
            }
        }
        return box;
    }

    private static String readingOf(ValueReading reader, String text) {
        var value = IndicatorValueParser.parse(text);
        return value.recognized() ? reader.describe(value)
                : reader.getTranslation("reading.unrecognized", value.problem() == null ? "" : value.problem());
    }

    private static BigDecimal sum(List<Indicator> indicators) {
        return indicators.stream().map(Indicator::getWeight).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
