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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.targets.AnnualTask;

/** 年度主要任务 of a department-overall target: name, content, 财政拨款 and 其他资金 (万元). */
class AnnualTaskEditor extends VerticalLayout {

    private static final class Row {
        final AnnualTask task;
        final TextField name = new TextField();
        final TextArea content = new TextArea();
        final BigDecimalField fiscal = new BigDecimalField();
        final BigDecimalField other = new BigDecimalField();
        final Button remove = new Button(VaadinIcon.TRASH.create());
        final HorizontalLayout layout = new HorizontalLayout();

        Row(AnnualTask task) {
            this.task = task;
        }
    }

    private final List<AnnualTask> tasks;
    private final List<Row> rows = new ArrayList<>();
    private final Div rowsBox = new Div();
    private final Runnable onChange;

    AnnualTaskEditor(List<AnnualTask> tasks, Runnable onChange) {
        this.tasks = tasks;
        this.onChange = onChange;
        setId("annual-tasks");
        setPadding(false);
        setSpacing(false);
        rowsBox.setWidthFull();
        Button add = new Button(getTranslation("tasks.add"), VaadinIcon.PLUS.create(), e -> {
            AnnualTask task = new AnnualTask();
            tasks.add(task);
            addRow(task);
            onChange.run();
        });
        add.setId("task-add");
        add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        add(rowsBox, add);
        tasks.forEach(this::addRow);
    }

    private void addRow(AnnualTask task) {
        Row row = new Row(task);
        row.name.setLabel(getTranslation("tasks.name"));
        row.name.setValue(task.getName() == null ? "" : task.getName());
        row.name.setWidth("200px");
        row.content.setLabel(getTranslation("tasks.content"));
        row.content.setValue(task.getContent() == null ? "" : task.getContent());
        row.content.setMinWidth("240px");
        row.fiscal.setLabel(getTranslation("tasks.fiscal"));
        row.fiscal.setValue(task.getFiscalAmount());
        row.fiscal.setWidth("140px");
        row.other.setLabel(getTranslation("tasks.other"));
        row.other.setValue(task.getOtherAmount());
        row.other.setWidth("140px");
        for (var money : List.of(row.fiscal, row.other)) {
            money.setSuffixComponent(new Span(getTranslation("unit.wanyuan")));
            money.setValueChangeMode(ValueChangeMode.LAZY);
        }
        row.name.setValueChangeMode(ValueChangeMode.LAZY);
        row.content.setValueChangeMode(ValueChangeMode.LAZY);
        row.name.addValueChangeListener(e -> { task.setName(e.getValue()); onChange.run(); });
        row.content.addValueChangeListener(e -> { task.setContent(e.getValue()); onChange.run(); });
        row.fiscal.addValueChangeListener(e -> { task.setFiscalAmount(e.getValue()); onChange.run(); });
        row.other.addValueChangeListener(e -> { task.setOtherAmount(e.getValue()); onChange.run(); });
        row.remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        row.remove.setAriaLabel(getTranslation("tasks.remove"));
        row.remove.addClickListener(e -> {
            tasks.remove(task);
            rows.remove(row);
            rowsBox.remove(row.layout);
            renumber();
            onChange.run();
        });
        row.layout.add(row.name, row.content, row.fiscal, row.other, row.remove);
        row.layout.setFlexGrow(1, row.content);
        row.layout.setWidthFull();
        row.layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        rows.add(row);
        rowsBox.add(row.layout);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            row.name.setId("task-" + i + "-name");
            row.content.setId("task-" + i + "-content");
            row.fiscal.setId("task-" + i + "-fiscal");
            row.other.setId("task-" + i + "-other");
            row.remove.setId("task-" + i + "-remove");
        }
    }

    HasValidation field(int index, String property) {
        if (index < 0 || index >= rows.size()) {
            return null;
        }
        Row row = rows.get(index);
        return switch (property == null ? "name" : property) {
            case "content" -> row.content;
            case "fiscalAmount" -> row.fiscal;
            case "otherAmount" -> row.other;
            default -> row.name;
        };
    }

    List<HasValidation> allFields() {
        List<HasValidation> all = new ArrayList<>();
        rows.forEach(r -> all.addAll(List.of(r.name, r.content, r.fiscal, r.other)));
        return all;
    }
}
