package org.jixiao.targets.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jixiao.targets.Indicator;
import org.jixiao.targets.IndicatorValue;
import org.jixiao.targets.IndicatorValueParser;
import org.jixiao.common.xlsx.CellError;
import org.jixiao.targets.sheet.IndicatorPaste;
import org.jixiao.ui.UiFormats;

/**
 * 从Excel粘贴: paste rows copied from an Excel 指标表 (一级, 二级, 三级, 指标值, 分值, 依据), see at once what each row
 * was read as and what is wrong with it, and only then add them to the grid. Rows with errors block the fill.
 */
class PasteDialog extends Dialog {
    private final TextArea text = new TextArea();
    private final Grid<IndicatorPaste.PastedRow> grid = new Grid<>();
    private final Span summary = new Span();
    private final Button fill = new Button();
    private final ValueReading reading = new ValueReading();
    private IndicatorPaste.Result result;

    PasteDialog(Consumer<List<Indicator>> onFill) {
        setId("paste-dialog");
        setHeaderTitle(getTranslation("paste.title"));
        setWidth("960px");
        Paragraph hint = new Paragraph(getTranslation("paste.hint"));
        hint.getStyle().set("margin-top", "0");
        text.setId("paste-text");
        text.setWidthFull();
        text.setHeight("140px");
        text.setMaxLength(IndicatorPaste.MAX_CHARS);
        text.setPlaceholder(getTranslation("paste.placeholder"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> read());
        summary.setId("paste-summary");
        grid.setId("paste-grid");
        grid.addColumn(IndicatorPaste.PastedRow::line).setHeader(getTranslation("paste.line")).setWidth("64px").setFlexGrow(0);
        grid.addColumn(r -> r.indicator().getLevel1()).setHeader(getTranslation("paste.level1")).setWidth("110px").setFlexGrow(0);
        grid.addColumn(r -> r.indicator().getLevel2()).setHeader(getTranslation("indicators.level2")).setWidth("130px").setFlexGrow(0);
        grid.addColumn(r -> r.indicator().getName()).setHeader(getTranslation("indicators.name")).setFlexGrow(2);
        grid.addColumn(r -> r.indicator().getValueText()).setHeader(getTranslation("indicators.value")).setWidth("110px").setFlexGrow(0);
        grid.addColumn(r -> reading(r.indicator()))
                .setHeader(getTranslation("indicators.reading")).setWidth("150px").setFlexGrow(0);
        grid.addColumn(r -> UiFormats.decimal(r.indicator().getWeight())).setHeader(getTranslation("indicators.weight"))
                .setWidth("70px").setFlexGrow(0);
        grid.addColumn(r -> Stream.concat(r.errors().stream(), r.warnings().stream()).map(CellError::message)
                .collect(Collectors.joining("；"))).setHeader(getTranslation("paste.problems")).setFlexGrow(2);
        grid.setClassNameGenerator(r -> r.ok() ? null : "paste-error");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("260px");
        add(hint, text, summary, grid);

        fill.setText(getTranslation("paste.fill"));
        fill.setId("paste-fill");
        fill.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        fill.setEnabled(false);
        fill.addClickListener(e -> {
            onFill.accept(result.indicators());
            close();
        });
        getFooter().add(new Button(getTranslation("import.cancel"), e -> close()), fill);
    }

    /** What the value parser read ("≥ 12 次", "定性"), as the editor shows it beside a typed value. */
    private String reading(Indicator indicator) {
        if (indicator.getValueText() == null) {
            return "";
        }
        IndicatorValue value = IndicatorValueParser.parse(indicator.getValueText());
        return value.recognized() ? reading.describe(value) : getTranslation("paste.unreadable");
    }

    private void read() {
        result = IndicatorPaste.parse(text.getValue());
        grid.setItems(result.rows());
        long bad = result.rows().stream().filter(r -> !r.ok()).count();
        String whole = result.errors().stream().map(CellError::message).collect(Collectors.joining("；"));
        summary.setText(!whole.isEmpty() ? whole : bad > 0 ? getTranslation("paste.blocked", result.rows().size(), bad)
                : getTranslation("paste.ready", result.rows().size()));
        summary.getElement().getThemeList().clear();
        summary.getElement().getThemeList().add(result.ok() ? "badge success" : "badge error");
        fill.setEnabled(result.ok());
    }
}
