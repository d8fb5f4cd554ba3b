package org.jixiao.targets.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jixiao.approval.ReviewService;
import org.jixiao.approval.ReviewTask;
import org.jixiao.approval.sheet.ReviewSheets;
import org.jixiao.approval.ui.HistoryTimeline;
import org.jixiao.approval.ui.ReviewDecisionPanel;
import org.jixiao.approval.ui.ReviewSheetsPanel;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.NotFoundException;
import org.jixiao.org.CurrentUser;
import org.jixiao.security.CurrentUserProvider;
import org.jixiao.approval.CaseProgress;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.targets.AttachmentService;
import org.jixiao.targets.TargetService;
import org.jixiao.targets.TargetVersions;
import org.jixiao.ui.NotFoundNotice;

/** Reviewing a target (审核): the target read-only, its history, an opinion, 同意 or 退回. */
@Route("targets/review/:taskId")
@RolesAllowed({"UNIT_LEADER", "DEPT_REVIEWER", "FINANCE_REVIEWER"})
class TargetReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final AttachmentService attachments;
    private final TargetService targets;
    private final ReviewService reviews;
    private final ReviewSheets sheets;
    private final TargetVersions versions;
    private final CurrentUser user;
    private final CaseProgress progress;
    private ReviewTask task;

    public TargetReviewView(TargetService targets, ReviewService reviews, TargetVersions versions,
                            AttachmentService attachments, CurrentUserProvider currentUser, ReviewSheets sheets,
                            CaseProgress progress) {
        this.sheets = sheets;
        this.progress = progress;
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

        ReviewDecisionPanel decision = new ReviewDecisionPanel(reviews, sheets, user, task,
                getTranslation("review.decision"));

        add(top);
        AdjustmentBanner.addTo(this, target);
        add(decision);
        if (target.isAdjustment()) {
            add(changesSince(target));
        }
        add(new TargetSummary(target), new AttachmentsPanel(attachments, user, target.getId(), false),
                new ReviewSheetsPanel(sheets.history(TargetService.SUBJECT_TYPE, target.getId())),
                new HistoryTimeline(progress.of(user, TargetService.SUBJECT_TYPE, target.getId())));
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

    @Override
    public String getPageTitle() {
        return task == null ? getTranslation("review.title") : getTranslation("review.titleOf", task.subjectName());
    }
}
