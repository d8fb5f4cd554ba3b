package org.jixiao.evaluation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jixiao.common.Limits;
import org.jixiao.evaluation.scoring.Level1Weight;
import org.jixiao.ui.SettingsForms;
import org.jixiao.ui.UiFormats;

/**
 * The 一级指标 points of the scoring settings: one row per 一级 (name, points, remove), a button to add one, the live
 * sum against 绩效指标总分, and the line for errors about the weights as a whole. Ids follow the position, as the
 * service's field names do ({@code weights[i]} → {@code scoring-weight-<i>-…}).
 */
class WeightEditor extends VerticalLayout {
    private final Supplier<BigDecimal> indicatorTotal;
    private final VerticalLayout rows = new VerticalLayout();
    private final List<WeightRow> weights = new ArrayList<>();
    private final Div sum = new Div();
    private final ErrorLine error = new ErrorLine("scoring-weights-error");

    /** One 一级指标 row: its name, its points and a button to drop it. */
    private static final class WeightRow {
        final TextField name = new TextField();
        final BigDecimalField points = new BigDecimalField();
        final Button remove = new Button(VaadinIcon.TRASH.create());
        final HorizontalLayout layout = new HorizontalLayout();
    }

    WeightEditor(Supplier<BigDecimal> indicatorTotal) {
        this.indicatorTotal = indicatorTotal;
        setPadding(false);
        rows.setId("scoring-weights");
        rows.setPadding(false);
        rows.setSpacing(false);
        Button add = new Button(getTranslation("scoring.addWeight"), VaadinIcon.PLUS.create(), e -> {
            addRow(null, null);
            sum();
        });
        add.setId("scoring-weight-add");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        sum.setId("scoring-weights-sum");
        add(rows, add, SettingsForms.legendBox(sum), error);
    }

    /** The rows of a stored or default configuration; what was on the page is replaced. */
    void show(List<Level1Weight> stored) {
        weights.clear();
        rows.removeAll();
        stored.forEach(w -> addRow(w.level1(), w.weight()));
        sum();
    }

    List<Level1Weight> weights() {
        return weights.stream().map(r -> new Level1Weight(r.name.getValue(), r.points.getValue())).toList();
    }

    /** The error line for the weights as a whole. */
    HasValidation error() {
        return error;
    }

    /** The input of {@code weights[index].level1} or {@code .weight}; the error line for a row that is gone. */
    HasValidation field(int index, String property) {
        if (index >= weights.size()) {
            return error;
        }
        return "level1".equals(property) ? weights.get(index).name : weights.get(index).points;
    }

    void clearErrors() {
        error.setInvalid(false);
        weights.forEach(r -> {
            r.name.setInvalid(false);
            r.points.setInvalid(false);
        });
    }

    private void addRow(String level1, BigDecimal points) {
        WeightRow row = new WeightRow();
        row.name.setLabel(getTranslation("scoring.weightLevel1"));
        row.name.setValue(level1 == null ? "" : level1);
        row.name.setMaxLength(Limits.SCORING_LEVEL1);
        row.points.setLabel(getTranslation("scoring.weightPoints"));
        row.points.setValue(ScoringConfigView.clean(points));
        row.points.addValueChangeListener(e -> sum());
        row.remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        row.remove.setAriaLabel(getTranslation("scoring.removeWeight"));
        row.remove.setTooltipText(getTranslation("scoring.removeWeight"));
        row.remove.addClickListener(e -> {
            weights.remove(row);
            rows.remove(row.layout);
            renumber();
            sum();
        });
        row.layout.add(row.name, row.points, row.remove);
        row.layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        weights.add(row);
        rows.add(row.layout);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < weights.size(); i++) {
            WeightRow r = weights.get(i);
            r.name.setId("scoring-weight-" + i + "-level1");
            r.points.setId("scoring-weight-" + i + "-points");
            r.remove.setId("scoring-weight-" + i + "-remove");
        }
    }

    /** The sum of the 一级 points against 绩效指标总分, from what is typed now. */
    void sum() {
        BigDecimal total = BigDecimal.ZERO;
        boolean complete = true;
        for (WeightRow r : weights) {
            if (r.points.getValue() == null) {
                complete = false;
            } else {
                total = total.add(r.points.getValue());
            }
        }
        BigDecimal target = indicatorTotal.get();
        String typed = UiFormats.plain(total) + (complete ? "" : "+?");
        String key = target == null || !complete ? "scoring.weightsSum"
                : total.compareTo(target) == 0 ? "scoring.weightsSumOk" : "scoring.weightsSumOff";
        sum.setText(getTranslation(key, typed, target == null ? "?" : UiFormats.plain(target),
                target == null ? "" : UiFormats.plain(total.subtract(target).abs())));
    }
}
