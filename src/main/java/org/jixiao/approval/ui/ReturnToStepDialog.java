package org.jixiao.approval.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.jixiao.approval.ReturnStep;
import org.jixiao.approval.ReviewService;
import org.jixiao.common.ConflictException;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.Limits;
import org.jixiao.common.NotFoundException;
import org.jixiao.common.ValidationException;
import org.jixiao.org.CurrentUser;
import org.jixiao.ui.FieldErrors;
import org.jixiao.ui.Notices;

/**
 * 退回到指定环节 (issue 13 §3): the reviewer picks the drafter or a step the case has passed and gives the reason;
 * what happens once that step approves again (the chain's option) is said under the picker. The server checks; its
 * mistakes show under the picker or the opinion.
 *
 * <p>Ids: {@code return-step-dialog}, {@code return-step}, {@code return-step-effect}, {@code return-step-opinion},
 * {@code return-step-confirm}.
 */
class ReturnToStepDialog extends Dialog {
    private final Select<ReturnStep> step = new Select<>();
    private final TextArea opinion = new TextArea();

    ReturnToStepDialog(ReviewService reviews, CurrentUser user, String taskId, String typedOpinion) {
        setId("return-step-dialog");
        setHeaderTitle(getTranslation("tools.returnToStep.title"));
        setWidth("560px");
        List<ReturnStep> steps = reviews.returnSteps(taskId, user);
        step.setId("return-step");
        step.setLabel(getTranslation("tools.returnToStep.step"));
        step.setItems(steps);
        step.setItemLabelGenerator(ReturnStep::name);
        step.setWidthFull();
        Paragraph effect = new Paragraph();
        effect.setId("return-step-effect");
        effect.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        step.addValueChangeListener(e -> {
            step.setInvalid(false);
            effect.setText(e.getValue() == null || e.getValue().drafter() ? ""
                    : getTranslation(e.getValue().straightBack() ? "tools.returnToStep.direct"
                    : "tools.returnToStep.rerun"));
        });
        opinion.setId("return-step-opinion");
        opinion.setLabel(getTranslation("review.opinion"));
        opinion.setMaxLength(Limits.OPINION);
        opinion.setWidthFull();
        opinion.setMinHeight("100px");
        opinion.setValue(typedOpinion == null ? "" : typedOpinion);
        opinion.addValueChangeListener(e -> opinion.setInvalid(false));
        Button confirm = new Button(getTranslation("tools.returnToStep.confirm"), e -> send(reviews, user, taskId));
        confirm.setId("return-step-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("tools.cancel"), e -> close());
        add(step, effect, opinion);
        getFooter().add(cancel, confirm);
    }

    private void send(ReviewService reviews, CurrentUser user, String taskId) {
        if (step.getValue() == null) {
            step.setErrorMessage(getTranslation("tools.required"));
            step.setInvalid(true);
            return;
        }
        try {
            reviews.returnToStep(taskId, user, opinion.getValue(), step.getValue().key());
            close();
            Notices.success(getTranslation("tools.returnToStep.done", step.getValue().name()),
                    "review-done-notification");
            UI.getCurrent().navigate("inbox");
        } catch (ValidationException invalid) {
            List<String> unplaced = FieldErrors.place(invalid, f -> "toStep".equals(f) ? step
                    : "opinion".equals(f) ? opinion : null);
            if (!unplaced.isEmpty()) {
                Notices.error(FieldErrors.summary(invalid, unplaced), "review-error-notification");
            }
        } catch (ConflictException | ForbiddenException | NotFoundException gone) {
            Notices.error(gone.getMessage(), "review-error-notification");
        }
    }
}
