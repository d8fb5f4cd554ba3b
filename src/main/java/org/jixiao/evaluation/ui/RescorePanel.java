package org.jixiao.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import org.jixiao.common.ConflictException;
import org.jixiao.common.Limits;
import org.jixiao.common.ValidationException;
import org.jixiao.evaluation.SelfEvaluationDetail;
import org.jixiao.evaluation.SelfEvaluationReviews;
import org.jixiao.org.CurrentUser;
import org.jixiao.targets.Indicator;
import org.jixiao.ui.FieldErrors;
import org.jixiao.ui.Notices;

/**
 * 复核评分: finance, at its review step, re-scores one indicator with a reason; the self score stays beside it. Sits
 * in the review decision panel's slot; after a 复核 the form is read again ({@code reload}).
 */
class RescorePanel extends HorizontalLayout {

    RescorePanel(SelfEvaluationReviews reviews, CurrentUser user, SelfEvaluationDetail detail, Runnable reload) {
        Select<Indicator> which = new Select<>();
        which.setId("rescore-indicator");
        which.setLabel(getTranslation("evaluation.rescore.indicator"));
        which.setItems(detail.lines().stream().map(SelfEvaluationDetail.Line::indicator).toList());
        which.setItemLabelGenerator(i -> i == null ? "" : i.getName());
        BigDecimalField score = new BigDecimalField(getTranslation("evaluation.rescore.score"));
        score.setId("rescore-score");
        TextArea reason = new TextArea(getTranslation("evaluation.rescore.reason"));
        reason.setId("rescore-reason");
        reason.setMaxLength(Limits.EVALUATION_TEXT);
        Button apply = new Button(getTranslation("evaluation.rescore"), VaadinIcon.EDIT.create(), e -> {
            try {
                reviews.rescore(user, detail.evaluation().getId(), which.getValue() == null ? null
                        : which.getValue().getId(), score.getValue(), reason.getValue(), null);
                Notices.success(getTranslation("evaluation.rescored"), "evaluation-done");
                reload.run();
            } catch (ValidationException invalid) {
                Notices.error(FieldErrors.first(invalid), "evaluation-invalid");
            } catch (ConflictException refused) {
                Notices.error(refused.getMessage(), "evaluation-conflict");
            }
        });
        apply.setId("rescore-apply");
        add(which, score, reason, apply);
        setAlignItems(FlexComponent.Alignment.BASELINE);
    }
}
