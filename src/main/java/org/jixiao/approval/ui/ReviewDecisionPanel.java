package org.jixiao.approval.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import org.jixiao.approval.ReviewDecision;
import org.jixiao.approval.ReviewService;
import org.jixiao.approval.ReviewTask;
import org.jixiao.approval.sheet.ReviewSheets;
import org.jixiao.common.ConflictException;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.Limits;
import org.jixiao.common.NotFoundException;
import org.jixiao.common.ValidationException;
import org.jixiao.org.CurrentUser;
import org.jixiao.ui.FieldErrors;
import org.jixiao.ui.Notices;

/**
 * The reviewer's decision on an open task, the same on every subject: an opinion (bounded by {@link Limits#OPINION}),
 * 同意 and 退回 as far as the task offers them, and a slot for what only one subject has (整改 on a report, 复核评分
 * on a self-evaluation). A decision that went through says so and goes back to the inbox; a lost race or a task
 * that is gone says why and stays. Built with {@link ReviewSheets}, a graded step shows the 88号 review sheet
 * ({@link ReviewSheetForm}) and 同意 submits it: its result may return (中) or reject (差) instead.
 *
 * <p>Ids: {@code review-decision}, {@code review-opinion}, {@code review-approve}, {@code review-return},
 * {@code review-done-notification}, {@code review-error-notification}; the tools below: {@link HandoverTools},
 * {@link ReviewerTools}.
 */
public class ReviewDecisionPanel extends VerticalLayout {
    private final ReviewTask task;
    private final TextArea opinion = new TextArea();
    private final HorizontalLayout buttons = new HorizontalLayout();
    private final VerticalLayout fields = new VerticalLayout();
    private Runnable beforeLeaving = () -> { };
    private String approvedMessage;
    private String returnedMessage;

    public ReviewDecisionPanel(ReviewService reviews, CurrentUser user, ReviewTask task, String title) {
        this(reviews, null, user, task, title);
    }

    /** With {@code sheets}, approving goes through the step's grading (the sheet where the step requires it). */
    public ReviewDecisionPanel(ReviewService reviews, ReviewSheets sheets, CurrentUser user, ReviewTask task,
                               String title) {
        this.task = task;
        ReviewSheetForm sheet = sheets != null && sheets.gradingRequired(task.id()) ? new ReviewSheetForm() : null;
        approvedMessage = getTranslation("review.approved", task.subjectName());
        returnedMessage = getTranslation("review.returned", task.subjectName());
        opinion.setId("review-opinion");
        opinion.setLabel(getTranslation("review.opinion"));
        opinion.setPlaceholder(getTranslation("review.opinionPlaceholder"));
        opinion.setWidthFull();
        opinion.setMinHeight("100px");
        opinion.setMaxLength(Limits.OPINION);
        opinion.setValueChangeMode(ValueChangeMode.EAGER);
        opinion.addValueChangeListener(e -> opinion.setInvalid(false));
        if (task.decisions().contains(ReviewDecision.APPROVE)) {
            Button approve = sheet == null
                    ? new Button(getTranslation("review.approve"), VaadinIcon.CHECK.create(),
                    e -> decide(() -> reviews.approve(task.id(), user, opinion.getValue()), approvedMessage))
                    : new Button(getTranslation("sheet.submit"), VaadinIcon.CHECK.create(),
                    e -> graded(sheets, user, sheet));
            approve.setId("review-approve");
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            buttons.add(approve);
        }
        if (task.decisions().contains(ReviewDecision.RETURN)) {
            Button giveBack = new Button(getTranslation("review.return"), VaadinIcon.REPLY.create(), e -> {
                if (requireOpinion()) {
                    decide(() -> reviews.returnToDrafter(task.id(), user, opinion.getValue()), returnedMessage);
                }
            });
            giveBack.setId("review-return");
            giveBack.addThemeVariants(ButtonVariant.LUMO_ERROR);
            buttons.add(giveBack);
        }
        fields.setPadding(false);
        fields.setVisible(false);
        if (sheet != null) {
            addField(sheet);
        }
        add(new H3(title), opinion, fields, buttons);
        if (!task.decisions().isEmpty()) {
            // 转办 / 委派 / 交回 (issue 13 §3) below the decisions, on every review screen alike
            add(new HandoverTools(HandoverTools.bean().get(), user, task.id(), new HandoverTools.Host() {
                @Override
                public void hideDecisions() {
                    buttons.setVisible(false);
                }

                @Override
                public String opinion() {
                    return opinion.getValue();
                }

                @Override
                public com.vaadin.flow.component.HasValidation opinionField() {
                    return opinion;
                }
            }));
            // 退回到指定环节 / 加签 / 抄送 (issue 13 §3), each in its dialog
            add(new ReviewerTools(task, user, opinion::getValue));
        }
        setPadding(true);
        setId("review-decision");
        getStyle().set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-l)");
    }

    /** Submits the sheet; its result decides, and the notice says which way the target went. */
    private void graded(ReviewSheets sheets, CurrentUser user, ReviewSheetForm sheet) {
        try {
            var decision = sheets.approve(task.id(), user, opinion.getValue(), sheet.value());
            Notices.success(switch (decision) {
                case RETURN -> returnedMessage;
                case REJECT -> getTranslation("review.rejected", task.subjectName());
                default -> approvedMessage;
            }, "review-done-notification");
            beforeLeaving.run();
            UI.getCurrent().navigate("inbox");
        } catch (ValidationException invalid) {
            List<String> unplaced = FieldErrors.place(invalid, f -> "opinion".equals(f) ? opinion : sheet.fieldOf(f));
            Notices.error(FieldErrors.summary(invalid, unplaced), "review-error-notification");
        } catch (ConflictException | ForbiddenException | NotFoundException gone) {
            Notices.error(gone.getMessage(), "review-error-notification");
        }
    }

    public ReviewTask task() {
        return task;
    }

    /** The opinion as typed, for a subject-specific action that records it too. */
    public String opinion() {
        return opinion.getValue();
    }

    /** One notice for every decision instead of the subject-named 已同意/已退回. */
    public ReviewDecisionPanel announceAs(String message) {
        approvedMessage = message;
        returnedMessage = message;
        return this;
    }

    /** Runs after a decision went through and before leaving (e.g. to release an unsaved-changes guard). */
    public ReviewDecisionPanel beforeLeaving(Runnable action) {
        beforeLeaving = action;
        return this;
    }

    /** Slot: an input a subject-specific decision needs, shown between the opinion and the buttons. */
    public ReviewDecisionPanel addField(Component field) {
        fields.add(field);
        fields.setVisible(true);
        return this;
    }

    /** Slot: a subject-specific decision next to 同意 and 退回; run it with {@link #decide}. */
    public ReviewDecisionPanel addDecision(Button decision) {
        buttons.add(decision);
        return this;
    }

    /** Slot: a subject-specific section below the decisions (e.g. 复核评分, which is not a decision). */
    public ReviewDecisionPanel addSection(Component section) {
        add(section);
        return this;
    }

    /**
     * Runs a decision: on success the notice and back to the inbox; a mistake in the opinion shows on it; a task
     * that is gone or was decided by someone else is a notice and the screen stays.
     */
    public void decide(Runnable decision, String doneMessage) {
        try {
            decision.run();
            Notices.success(doneMessage, "review-done-notification");
            beforeLeaving.run();
            UI.getCurrent().navigate("inbox");
        } catch (ValidationException invalid) {
            FieldErrors.showOn(opinion, invalid);
        } catch (ConflictException | ForbiddenException | NotFoundException gone) {
            Notices.error(gone.getMessage(), "review-error-notification");
        }
    }

    /** A decision that sends work back needs a reason; said before the round trip, as the server would. */
    public boolean requireOpinion() {
        if (opinion.getValue() == null || opinion.getValue().isBlank()) {
            opinion.setErrorMessage(getTranslation("review.opinionRequired"));
            opinion.setInvalid(true);
            opinion.focus();
            return false;
        }
        return true;
    }
}
