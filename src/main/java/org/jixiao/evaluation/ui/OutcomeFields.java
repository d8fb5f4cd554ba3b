package org.jixiao.evaluation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.jixiao.common.Limits;
import org.jixiao.evaluation.scoring.Grade;
import org.jixiao.evaluation.scoring.Outcome;
import org.jixiao.evaluation.scoring.Recommendation;
import org.jixiao.evaluation.scoring.ScoringConfig;

/** 结果应用 per grade: the recommendation and its wording ({@code scoring-outcome-<grade>-…}). */
class OutcomeFields extends VerticalLayout {
    private final Map<Grade, Select<Recommendation>> recommendations = new EnumMap<>(Grade.class);
    private final Map<Grade, TextField> labels = new EnumMap<>(Grade.class);

    OutcomeFields() {
        setPadding(false);
        setSpacing(false);
        for (Grade grade : Grade.values()) {
            String id = "scoring-outcome-" + grade.name().toLowerCase(Locale.ROOT);
            Select<Recommendation> recommendation = new Select<>();
            recommendation.setLabel(getTranslation("scoring.outcomeRecommendation", getTranslation("scoring.grade." + grade.name())));
            recommendation.setId(id + "-recommendation");
            recommendation.setItems(Recommendation.values());
            recommendation.setItemLabelGenerator(r -> getTranslation("scoring.recommendation." + r.name()));
            TextField label = new TextField(getTranslation("scoring.outcomeLabel"));
            label.setId(id + "-label");
            label.setMaxLength(Limits.OUTCOME_LABEL);
            label.setWidth("24em");
            recommendations.put(grade, recommendation);
            labels.put(grade, label);
            HorizontalLayout row = new HorizontalLayout(recommendation, label);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            add(row);
        }
    }

    void show(ScoringConfig config) {
        for (Grade grade : Grade.values()) {
            Outcome o = config.outcome(grade);
            recommendations.get(grade).setValue(o.recommendation());
            labels.get(grade).setValue(o.label() == null ? "" : o.label());
        }
    }

    Map<Grade, Outcome> outcomes() {
        Map<Grade, Outcome> outcomes = new EnumMap<>(Grade.class);
        for (Grade grade : Grade.values()) {
            outcomes.put(grade, new Outcome(recommendations.get(grade).getValue(), labels.get(grade).getValue()));
        }
        return outcomes;
    }

    /**
     * The input for {@code outcomes.<grade label>}, or null: the same field name covers both, so a missing choice
     * belongs to the select, else it is the wording.
     */
    HasValidation field(String name) {
        for (Grade grade : Grade.values()) {
            if (name.equals("outcomes." + grade.label())) {
                Select<Recommendation> recommendation = recommendations.get(grade);
                return recommendation.getValue() == null ? recommendation : labels.get(grade);
            }
        }
        return null;
    }

    void clearErrors() {
        recommendations.values().forEach(f -> f.setInvalid(false));
        labels.values().forEach(f -> f.setInvalid(false));
    }
}
