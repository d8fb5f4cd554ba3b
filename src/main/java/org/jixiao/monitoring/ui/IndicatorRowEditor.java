package org.jixiao.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jixiao.common.Limits;
import org.jixiao.monitoring.DeviationReason;
import org.jixiao.monitoring.internal.ReportIndicator;
import org.jixiao.monitoring.lights.Achievement;
import org.jixiao.monitoring.lights.IndicatorLight;
import org.jixiao.monitoring.lights.Likelihood;
import org.jixiao.monitoring.lights.Reading;
import org.jixiao.targets.Indicator;

/**
 * One indicator of a monitoring report: the target value, what the unit reports to date, its expectation and
 * likelihood, the live light, and — where the light is not green — 偏差原因, 原因说明 and 纠偏措施 (required then).
 */
class IndicatorRowEditor extends Div {
    private final Indicator indicator;
    private final Long reportId;
    private final BigDecimalField valueToDate = new BigDecimalField();
    private final BigDecimalField expectedYearEnd = new BigDecimalField();
    private final Select<Achievement> achievement = new Select<>();
    private final Select<Likelihood> likelihood = new Select<>();
    private final CheckboxGroup<DeviationReason> reasons = new CheckboxGroup<>();
    private final TextArea remark = new TextArea(); // a long 原因说明 shows in full, also read-only
    private final TextArea measures = new TextArea();
    private final LightBadge light = new LightBadge();
    private final HorizontalLayout explanation;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    IndicatorRowEditor(int index, Indicator indicator, ReportIndicator row, int cutoffMonth, Runnable onChange) {
        this.indicator = indicator;
        this.reportId = row.getReportId();
        setId("indicator-" + index);
        addClassName("report-indicator");
        getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-s)")
                .set("width", "100%").set("box-sizing", "border-box");

        Span path = new Span(indicator.getLevel1() + " › " + indicator.getLevel2() + " › ");
        path.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Span name = new Span(indicator.getName());
        name.getStyle().set("font-weight", "600");
        Span target = new Span(getTranslation("report.indicator.target", indicator.getValueText() == null ? ""
                : indicator.getValueText()));
        target.getStyle().set("margin-left", "var(--lumo-space-m)");
        if (indicator.getComparator() != null && indicator.getProgressKind() != null) {
            // 累计型 or 状态型 says how the light reads the figures (docs/rules.md §2)
            Span kind = new Span(getTranslation("report.indicator.kind." + indicator.getProgressKind().name(),
                    cutoffMonth));
            kind.setId("indicator-" + index + "-kind");
            kind.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)")
                    .set("margin-left", "var(--lumo-space-s)");
            target.add(kind);
        }
        light.setId("indicator-" + index + "-light");
        HorizontalLayout head = new HorizontalLayout(new Span(path, name), target, light);
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        head.setWidthFull();
        head.expand(target);

        HorizontalLayout values = new HorizontalLayout();
        values.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (indicator.getComparator() == null) {
            achievement.setId("indicator-" + index + "-achievement");
            achievement.setLabel(getTranslation("report.indicator.achievement"));
            achievement.setItems(Achievement.values());
            achievement.setItemLabelGenerator(a -> a == null ? "" : a.label());
            achievement.setEmptySelectionAllowed(true);
            achievement.setValue(row.getAchievement());
            achievement.addValueChangeListener(e -> onChange.run());
            fields.put("achievement", achievement);
            values.add(achievement);
        } else {
            configure(valueToDate, "valueToDate", index, getTranslation("report.indicator.valueToDate", cutoffMonth),
                    row.getValueToDate() == null ? null : row.getValueToDate().stripTrailingZeros(), onChange);
            configure(expectedYearEnd, "expectedYearEnd", index, getTranslation("report.indicator.expectedYearEnd"),
                    row.getExpectedYearEnd() == null ? null : row.getExpectedYearEnd().stripTrailingZeros(), onChange);
            Span unit = new Span(indicator.getUnit() == null ? "" : indicator.getUnit());
            values.add(valueToDate, expectedYearEnd, unit);
        }
        likelihood.setId("indicator-" + index + "-likelihood");
        likelihood.setLabel(getTranslation("report.indicator.likelihood"));
        likelihood.setItems(Likelihood.values());
        likelihood.setItemLabelGenerator(l -> l == null ? "" : l.label());
        likelihood.setEmptySelectionAllowed(true);
        likelihood.setValue(row.getLikelihood());
        likelihood.addValueChangeListener(e -> onChange.run());
        fields.put("likelihood", likelihood);
        values.add(likelihood);

        reasons.setId("indicator-" + index + "-reasons");
        reasons.setLabel(getTranslation("report.indicator.reasons"));
        reasons.setItems(DeviationReason.values());
        reasons.setItemLabelGenerator(DeviationReason::label);
        reasons.setValue(DeviationReason.split(row.getDeviationReasons()));
        reasons.addValueChangeListener(e -> onChange.run());
        fields.put("deviationReasons", reasons);
        remark.setId("indicator-" + index + "-remark");
        remark.setLabel(getTranslation("report.indicator.remark"));
        remark.setMaxLength(Limits.OPINION);
        remark.setValue(row.getRemark() == null ? "" : row.getRemark());
        remark.setValueChangeMode(ValueChangeMode.LAZY);
        remark.addValueChangeListener(e -> onChange.run());
        fields.put("remark", remark);
        measures.setId("indicator-" + index + "-measures");
        measures.setLabel(getTranslation("report.indicator.measures"));
        measures.setMaxLength(Limits.OPINION);
        measures.setWidth("360px");
        measures.setValue(row.getMeasures() == null ? "" : row.getMeasures());
        measures.setValueChangeMode(ValueChangeMode.LAZY);
        measures.addValueChangeListener(e -> onChange.run());
        fields.put("measures", measures);
        explanation = new HorizontalLayout(reasons, remark, measures);
        explanation.setId("indicator-" + index + "-explanation");
        explanation.setAlignItems(FlexComponent.Alignment.BASELINE);
        explanation.setVisible(hasExplanation());
        add(head, values, explanation);
    }

    private void configure(BigDecimalField field, String key, int index, String label, java.math.BigDecimal value,
                           Runnable onChange) {
        field.setId("indicator-" + index + "-" + key);
        field.setLabel(label);
        field.setValue(value);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(300);
        field.addValueChangeListener(e -> onChange.run());
        fields.put(key, field);
    }

    Long indicatorId() {
        return indicator.getId();
    }

    /** What the unit entered, as the service takes it. */
    ReportIndicator toRow() {
        ReportIndicator row = new ReportIndicator();
        row.setReportId(reportId);
        row.setIndicatorId(indicator.getId());
        if (indicator.getComparator() == null) {
            row.setAchievement(achievement.getValue());
        } else {
            row.setValueToDate(valueToDate.getValue());
            row.setExpectedYearEnd(expectedYearEnd.getValue());
        }
        row.setLikelihood(likelihood.getValue());
        row.setDeviationReasons(DeviationReason.join(reasons.getValue()));
        row.setRemark(remark.getValue());
        row.setMeasures(measures.getValue());
        return row;
    }

    /** Shows the live light; reasons and measures appear, and are marked required, where it is not green. */
    void showReading(Reading reading) {
        light.show(reading);
        if (indicator.getComparator() != null) {
            expectedYearEnd.setHelperText(IndicatorLight.fallsShort(indicator.getComparator(),
                    expectedYearEnd.getValue(), indicator.getValue())
                    ? getTranslation("report.indicator.forecastShort") : null);
        }
        boolean needed = reading != null && reading.light() != null && reading.light().needsExplanation();
        reasons.setRequiredIndicatorVisible(needed);
        measures.setRequiredIndicatorVisible(needed);
        explanation.setVisible(needed || hasExplanation());
    }

    private boolean hasExplanation() {
        return !reasons.getValue().isEmpty() || !remark.getValue().isBlank() || !measures.getValue().isBlank();
    }

    void setEditable(boolean editable) {
        for (HasValidation field : fields.values()) {
            if (field instanceof com.vaadin.flow.component.HasValue<?, ?> value) {
                value.setReadOnly(!editable);
            }
        }
    }

    /** The field for a violation's suffix ({@code valueToDate}, {@code measures} …), if this row has it. */
    HasValidation field(String key) {
        if (("deviationReasons".equals(key) || "remark".equals(key) || "measures".equals(key))) {
            explanation.setVisible(true);
        }
        return fields.get(key);
    }

    void clearErrors() {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    Component lightBadge() {
        return light;
    }
}
