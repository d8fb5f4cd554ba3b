package org.jixiao.evaluation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import org.jixiao.common.Limits;
import org.jixiao.evaluation.SelfEvaluationDetail;
import org.jixiao.evaluation.SelfEvaluationInput;
import org.jixiao.evaluation.scoring.IndicatorInput;
import org.jixiao.evaluation.scoring.ItemScore;
import org.jixiao.evaluation.scoring.QualitativeGrade;
import org.jixiao.targets.Indicator;
import org.jixiao.ui.UiFormats;

/**
 * One indicator of the self-evaluation form: 实际完成值 (or grade and score for a qualitative one), its live score,
 * the 偏差原因 and, once finance has re-scored it, the 复核 line. Ids {@code evaluation-<i>-…} follow the position.
 */
class EvaluationIndicatorRow extends Div {
    private final SelfEvaluationDetail.Line line;
    private final BigDecimalField actual = new BigDecimalField();
    private final Select<QualitativeGrade> grade = new Select<>();
    private final BigDecimalField score = new BigDecimalField();
    private final TextArea deviation = new TextArea();
    private final Span result = new Span();

    EvaluationIndicatorRow(int i, SelfEvaluationDetail.Line line, boolean editable, Runnable changed) {
        this.line = line;
        Indicator indicator = line.indicator();
        Span name = new Span(indicator.getLevel1() + " › " + indicator.getLevel2() + " › " + indicator.getName()
                + "　" + getTranslation("evaluation.target", indicator.getValueText() == null ? "" : indicator.getValueText(),
                UiFormats.plain(indicator.getWeight())));
        name.getStyle().set("font-weight", "600");
        actual.setLabel(getTranslation("evaluation.actual"));
        score.setLabel(getTranslation("evaluation.score"));
        HorizontalLayout inputs = new HorizontalLayout();
        inputs.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (qualitative()) {
            grade.setId("evaluation-" + i + "-grade");
            grade.setLabel(getTranslation("evaluation.grade"));
            grade.setItems(QualitativeGrade.values());
            grade.setItemLabelGenerator(g -> g == null ? "" : g.label() + " " + g.band(indicator.getWeight()));
            grade.setEmptySelectionAllowed(true);
            grade.setValue(line.row().getGrade());
            grade.addValueChangeListener(ev -> changed.run());
            score.setId("evaluation-" + i + "-score");
            score.setValue(line.row().getGrade() == null ? null : line.row().getSelfScore());
            live(score, changed);
            inputs.add(grade, score);
        } else {
            actual.setId("evaluation-" + i + "-actual");
            actual.setValue(line.row().getActual() == null ? null : line.row().getActual().stripTrailingZeros());
            live(actual, changed);
            inputs.add(actual, new Span(indicator.getUnit() == null ? "" : indicator.getUnit()));
        }
        result.setId("evaluation-" + i + "-result");
        inputs.add(result);
        deviation.setLabel(getTranslation("evaluation.deviation"));
        deviation.setId("evaluation-" + i + "-deviation");
        deviation.setWidthFull();
        deviation.setMaxLength(Limits.OPINION);
        deviation.setValue(line.row().getDeviation() == null ? "" : line.row().getDeviation());
        actual.setReadOnly(!editable);
        score.setReadOnly(!editable);
        grade.setReadOnly(!editable);
        deviation.setReadOnly(!editable);
        add(name, inputs, deviation);
        if (line.row().getReviewedScore() != null) {
            Paragraph reviewed = new Paragraph(getTranslation("evaluation.rowReviewed",
                    UiFormats.plain(line.row().getReviewedScore()), line.row().getReviewReason()));
            reviewed.setId("evaluation-" + i + "-reviewed");
            add(reviewed);
        }
        setId("evaluation-indicator-" + i);
        getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("width", "100%").set("box-sizing", "border-box");
    }

    static void live(BigDecimalField field, Runnable changed) {
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(300);
        field.addValueChangeListener(e -> changed.run());
    }

    private boolean qualitative() {
        return line.indicator().getComparator() == null;
    }

    /** The engine's input from what is on the screen. */
    IndicatorInput input() {
        Indicator i = line.indicator();
        String key = String.valueOf(i.getId());
        return qualitative()
                ? IndicatorInput.qualitative(key, i.getLevel1(), i.getWeight(), grade.getValue(), score.getValue())
                : IndicatorInput.quantitative(key, i.getLevel1(), i.getComparator(), i.getValue(), i.getWeight(),
                line.rule(), actual.getValue());
    }

    /** What is saved: the value for a quantitative indicator, grade and score for a qualitative one. */
    SelfEvaluationInput.Entry entry() {
        boolean q = qualitative();
        return new SelfEvaluationInput.Entry(line.indicator().getId(), q ? null : actual.getValue(),
                q ? grade.getValue() : null, q ? score.getValue() : null, deviation.getValue());
    }

    /** The live score and whether a 偏差原因 is required. */
    void show(ItemScore item) {
        result.setText(item == null ? "—" : getTranslation("evaluation.itemScore", UiFormats.plain(item.score()),
                UiFormats.plain(line.indicator().getWeight()), item.rule()));
        deviation.setRequiredIndicatorVisible(item != null && item.belowFull());
    }

    Long indicatorId() {
        return line.indicator().getId();
    }

    /** The field a violation {@code indicators[i].<name>} belongs to. */
    HasValidation field(String name) {
        return switch (name) {
            case "actual" -> actual;
            case "grade" -> grade;
            case "score" -> score;
            case "deviation" -> deviation;
            default -> null;
        };
    }

    void clearErrors() {
        List.<HasValidation>of(actual, grade, score, deviation).forEach(f -> f.setInvalid(false));
    }
}
