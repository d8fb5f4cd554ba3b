package org.jixiao.targets.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jixiao.approval.ReviewService;
import org.jixiao.approval.ReviewTask;
import org.jixiao.approval.ui.HistoryTimeline;
import org.jixiao.common.ConflictException;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.Limits;
import org.jixiao.common.NotFoundException;
import org.jixiao.common.ValidationException;
import org.jixiao.org.CurrentUser;
import org.jixiao.security.CurrentUserProvider;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.targets.AttachmentService;
import org.jixiao.targets.TargetService;
import org.jixiao.targets.TargetVersions;
import org.jixiao.ui.NotFoundNotice;

/** Reviewing a target (审核): the target read-only, its history, an opinion, 同意 or 退回. */
@Route("targets/review/:taskId")
@RolesAllowed({"UNIT_LEADER", "DEPT_REVIEWER", "FINANCE_REVIEWER"})
public class TargetReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final AttachmentService attachments;
    private final TargetService targets;
    private final ReviewService reviews;
    private final TargetVersions versions;
    private final CurrentUser user;
    private ReviewTask task;
    private final TextArea opinion = new TextArea();

    public TargetReviewView(TargetService targets, ReviewService reviews, TargetVersions versions,
                            AttachmentService attachments, CurrentUserProvider currentUser) {
        this.attachments = attachments;
        this.versions = versions;
        this.targets = targets;
        this.reviews = reviews;
        this.user = currentUser.require();
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        task = null;
        PerformanceTarget target;
        try {
            task = reviews.task(event.getRouteParameters().get("taskId").orElse(""), user);
            if (!TargetService.SUBJECT_TYPE.equals(task.subjectType())) {
                throw new NotFoundException("not a target review");
            }
            target = targets.get(user, task.subjectId());
        } catch (NotFoundException unknown) {
            task = null;
            add(new NotFoundNotice(getTranslation("notFound.task")));
            return;
        } catch (ForbiddenException notYours) {
            task = null;
            add(new NotFoundNotice(getTranslation("review.notYours")));
            return;
        }
        Button back = new Button(getTranslation("review.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> UI.getCurrent().navigate("inbox"));
        back.setId("review-back");
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Span step = new Span(task.name());
        step.setId("review-step");
        step.getElement().getThemeList().add("badge");
        HorizontalLayout top = new HorizontalLayout(back, step);
        top.setAlignItems(FlexComponent.Alignment.CENTER);

        opinion.setId("review-opinion");
        opinion.setLabel(getTranslation("review.opinion"));
        opinion.setPlaceholder(getTranslation("review.opinionPlaceholder"));
        opinion.setWidthFull();
        opinion.setMinHeight("100px");
        opinion.setMaxLength(Limits.OPINION);
        opinion.setValueChangeMode(ValueChangeMode.EAGER);
        opinion.addValueChangeListener(e -> opinion.setInvalid(false));
        Button approve = new Button(getTranslation("review.approve"), VaadinIcon.CHECK.create(), e -> approve());
        approve.setId("review-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button giveBack = new Button(getTranslation("review.return"), VaadinIcon.REPLY.create(), e -> giveBack());
        giveBack.setId("review-return");
        giveBack.addThemeVariants(ButtonVariant.LUMO_ERROR);
        VerticalLayout decision = new VerticalLayout(new H3(getTranslation("review.decision")), opinion,
                new HorizontalLayout(approve, giveBack));
        decision.setPadding(true);
        decision.setId("review-decision");
        decision.getStyle().set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-l)");

        add(top);
        AdjustmentBanner.addTo(this, target);
        add(decision);
        if (target.isAdjustment()) {
            add(changesSince(target));
        }
        add(new TargetSummary(target), new AttachmentsPanel(attachments, user, target.getId(), false),
                new HistoryTimeline(targets.history(user, target.getId())));
    }

    /** What the adjustment changes against the version in force when it was requested. */
    private VerticalLayout changesSince(PerformanceTarget adjustment) {
        var changes = versions.diff(user, adjustment.getId(), adjustment.getAdjustsTargetId());
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("adjust.changesTitle")));
        section.setPadding(false);
        section.setId("review-changes");
        if (changes.isEmpty()) {
            section.add(new Span(getTranslation("diff.none")));
        } else {
            section.add(new DiffGrid(changes));
        }
        return section;
    }

    private void approve() {
        try {
            reviews.approve(task.id(), user, opinion.getValue());
            done(getTranslation("review.approved", task.subjectName()));
        } catch (ValidationException invalid) {
            showOpinionError(invalid);
        } catch (ConflictException | NotFoundException | ForbiddenException gone) {
            failed(gone.getMessage());
        }
    }

    private void giveBack() {
        if (opinion.getValue() == null || opinion.getValue().isBlank()) {
            opinion.setErrorMessage(getTranslation("review.opinionRequired"));
            opinion.setInvalid(true);
            opinion.focus();
            return;
        }
        try {
            reviews.returnToDrafter(task.id(), user, opinion.getValue());
            done(getTranslation("review.returned", task.subjectName()));
        } catch (ValidationException invalid) {
            showOpinionError(invalid);
        } catch (ConflictException | NotFoundException | ForbiddenException gone) {
            failed(gone.getMessage());
        }
    }

    private void showOpinionError(ValidationException invalid) {
        opinion.setErrorMessage(invalid.violations().isEmpty() ? invalid.getMessage()
                : invalid.violations().get(0).message());
        opinion.setInvalid(true);
    }

    private void done(String message) {
        Notification n = Notification.show(message, 5000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        n.setId("review-done-notification");
        UI.getCurrent().navigate("inbox");
    }

    private void failed(String message) {
        Notification n = Notification.show(message, 8000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setId("review-error-notification");
    }

    @Override
    public String getPageTitle() {
        return task == null ? getTranslation("review.title") : getTranslation("review.titleOf", task.subjectName());
    }
}
