package org.jixiao.targets.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.targets.SpendingPlanPoint;

/** 资金支出计划: rows of month + cumulative percent, added and removed freely; checked elsewhere. */
class SpendingPlanEditor extends VerticalLayout {

    private static final class Row {
        final IntegerField month = new IntegerField();
        final BigDecimalField percent = new BigDecimalField();
        final Button remove = new Button(VaadinIcon.TRASH.create());
        final HorizontalLayout layout = new HorizontalLayout();
    }

    private final List<Row> rows = new ArrayList<>();
    private final Div rowsBox = new Div();
    private final Runnable onChange;

    SpendingPlanEditor(List<SpendingPlanPoint> points, Runnable onChange) {
        this.onChange = onChange;
        setPadding(false);
        setSpacing(false);
        setId("spending-plan");
        Button add = new Button(getTranslation("plan.add"), VaadinIcon.PLUS.create(), e -> {
            addRow(null, null);
            onChange.run();
        });
        add.setId("plan-add");
        add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Span hint = new Span(getTranslation("plan.hint"));
        hint.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
        add(hint, rowsBox, add);
        points.forEach(p -> addRow(p.month(), p.percent()));
    }

    private void addRow(Integer month, BigDecimal percent) {
        Row row = new Row();
        Integer suggested = month;
        if (suggested == null && !rows.isEmpty()) {
            Integer last = rows.get(rows.size() - 1).month.getValue();
            suggested = last == null ? null : Math.min(12, last + 3);
        }
        row.month.setValue(suggested);
        row.month.setMin(1);
        row.month.setMax(12);
        row.month.setWidth("110px");
        row.month.setSuffixComponent(new Span(getTranslation("plan.monthSuffix")));
        row.month.setAriaLabel(getTranslation("plan.month"));
        row.month.setValueChangeMode(ValueChangeMode.LAZY);
        row.percent.setValue(percent);
        row.percent.setWidth("140px");
        row.percent.setSuffixComponent(new Span("%"));
        row.percent.setAriaLabel(getTranslation("plan.percent"));
        row.percent.setValueChangeMode(ValueChangeMode.LAZY);
        row.month.addValueChangeListener(e -> onChange.run());
        row.percent.addValueChangeListener(e -> onChange.run());
        row.remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        row.remove.setAriaLabel(getTranslation("plan.remove"));
        row.remove.addClickListener(e -> {
            rows.remove(row);
            rowsBox.remove(row.layout);
            renumber();
            onChange.run();
        });
        row.layout.add(new Span(getTranslation("plan.by")), row.month, new Span(getTranslation("plan.cumulative")),
                row.percent, row.remove);
        row.layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        rows.add(row);
        rowsBox.add(row.layout);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            row.month.setId("plan-" + i + "-month");
            row.percent.setId("plan-" + i + "-percent");
            row.remove.setId("plan-" + i + "-remove");
        }
    }

    /** Rows as typed; a row missing its month or percent keeps a null there (the validator reports it). */
    List<SpendingPlanPoint> points() {
        List<SpendingPlanPoint> points = new ArrayList<>();
        for (Row row : rows) {
            Integer month = row.month.getValue();
            points.add(new SpendingPlanPoint(month == null ? 0 : month, row.percent.getValue()));
        }
        return points;
    }

    /** The input a violation on {@code spendingPlan[index].property} belongs to. */
    HasValidation field(int index, String property) {
        if (index < 0 || index >= rows.size()) {
            return null;
        }
        return "month".equals(property) ? rows.get(index).month : rows.get(index).percent;
    }

    List<HasValidation> allFields() {
        List<HasValidation> all = new ArrayList<>();
        rows.forEach(r -> {
            all.add(r.month);
            all.add(r.percent);
        });
        return all;
    }
}
