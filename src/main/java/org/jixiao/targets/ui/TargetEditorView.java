package org.jixiao.targets.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.time.Year;
import java.util.List;
import org.jixiao.approval.ui.HistoryTimeline;
import org.jixiao.common.ConflictException;
import org.jixiao.common.FieldViolation;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.NotFoundException;
import org.jixiao.common.ValidationException;
import org.jixiao.config.TargetRules;
import org.jixiao.org.CurrentUser;
import org.jixiao.security.CurrentUserProvider;
import org.jixiao.targets.AttachmentService;
import org.jixiao.targets.Indicator;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.targets.TargetKind;
import org.jixiao.targets.TargetService;
import org.jixiao.targets.TargetSubmission;
import org.jixiao.targets.TargetStatus;
import org.jixiao.targets.TargetVersions;
import org.jixiao.ui.NotFoundNotice;
import org.jixiao.ui.ConfirmAction;
import org.jixiao.ui.FirstError;
import org.jixiao.ui.Notices;
import org.jixiao.ui.UnsavedChangesGuard;

/**
 * Drafting a target (填报): the form, live submission checks, save (optimistic, with version),
 * submit and withdraw. Targets in review or approved open read-only here.
 */
@Route("targets/new")
@RouteAlias("targets/:id/edit")
@RolesAllowed("STAFF")
class TargetEditorView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {
    private final UnsavedChangesGuard unsaved = new UnsavedChangesGuard(this);
    private final TargetService targets;
    private final TargetSubmission submission;
    private final TargetVersions versions;
    private final AttachmentService attachments;
    private final CurrentUser user;
    private AttachmentsPanel attachmentsPanel;
    private PerformanceTarget draft;
    private TargetRules rules;
    private TargetForm form;
    private ChecksPanel checks;
    private boolean markFields;
    private boolean editRoute;

    public TargetEditorView(TargetService targets, TargetSubmission submission, TargetVersions versions,
                            AttachmentService attachments, CurrentUserProvider currentUser) {
        this.targets = targets;
        this.submission = submission;
        this.versions = versions;
        this.attachments = attachments;
        this.user = currentUser.require();
        setWidthFull();
        addClassName("target-editor");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get("id");
        editRoute = id.isPresent();
        if (id.isPresent() && draft != null && draft.getId() != null && id.get().equals(String.valueOf(draft.getId()))) {
            return; // just created here: the URL caught up with the form, which stays as it is
        }
        removeAll();
        if (id.isEmpty()) {
            draft = newDraft();
        } else {
            try {
                draft = targets.get(user, Long.valueOf(id.get()));
            } catch (NotFoundException | NumberFormatException unknown) {
                add(new NotFoundNotice(getTranslation("notFound.target")));
                return;
            }
        }
        render();
    }

    private PerformanceTarget newDraft() {
        PerformanceTarget t = new PerformanceTarget();
        t.setKind(TargetKind.PROJECT);
        t.setFiscalYear(Year.now().getValue() + 1);
        t.setUnitId(user.orgId());
        t.setUnitName(user.orgName());
        t.setStatus(TargetStatus.DRAFT);
        return t;
    }

    private void render() {
        removeAll();
        markFields = false;
        rules = targets.rulesFor(draft);
        if (draft.getStatus() != null && !draft.getStatus().editable()) {
            renderReadOnly();
            return;
        }
        AdjustmentBanner.addTo(this, draft);
        if (draft.getStatus() == TargetStatus.RETURNED) {
            add(new ReturnBanner(targets.lastReturn(user, draft.getId())));
        }
        Button save = new Button(getTranslation("editor.save"), VaadinIcon.DISC.create(), e -> save(true));
        save.setId("target-save");
        Button submit = new Button(getTranslation("editor.submit"), VaadinIcon.PAPERPLANE.create(), e -> ConfirmAction.ask(
                "confirm.submitTitle", getTranslation("confirm.submitTarget"), "confirm.submit", this::submit));
        submit.setId("target-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        checks = new ChecksPanel();
        HorizontalLayout actions = new EditorToolbar(draft);
        if (draft.isAdjustment()) {
            actions.add(new AbandonButton(this::abandon));
        }
        actions.add(save, submit);
        Div bar = new Div(actions, checks);
        bar.setId("editor-bar");
        bar.setWidthFull();
        bar.getStyle().set("position", "sticky").set("top", "0").set("z-index", "3")
                .set("background", "var(--lumo-base-color)").set("border-bottom", "1px solid var(--lumo-contrast-10pct)")
                .set("padding-bottom", "var(--lumo-space-xs)");
        form = new TargetForm(draft, rules.requiredLevel1(), targets.kindRulesFor(draft), this::runChecks);
        attachmentsPanel = new AttachmentsPanel(attachments, user, draft.getId(), true);
        add(bar, form, attachmentsPanel);
        runChecks();
    }

    private void renderReadOnly() {
        HorizontalLayout actions = new EditorToolbar(draft);
        if (draft.getStatus() == TargetStatus.UNIT_REVIEW) {
            Button withdraw = new Button(getTranslation("editor.withdraw"), VaadinIcon.ARROW_BACKWARD.create(),
                    e -> withdraw());
            withdraw.setId("target-withdraw");
            actions.add(withdraw);
        }
        if (draft.getStatus() == TargetStatus.APPROVED) {
            Button adjust = new Button(getTranslation("adjust.request"), VaadinIcon.EXCHANGE.create(),
                    e -> UI.getCurrent().navigate("targets/" + draft.getId() + "/adjust"));
            adjust.setId("target-adjust");
            actions.add(adjust);
        }
        Span note = new Span(getTranslation(switch (draft.getStatus()) {
            case APPROVED -> "editor.readOnlyApproved";
            case SUPERSEDED -> "editor.readOnlySuperseded";
            default -> "editor.readOnlyInReview";
        }));
        note.setId("read-only-note");
        note.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(actions);
        AdjustmentBanner.addTo(this, draft);
        add(note, new TargetSummary(draft), new AttachmentsPanel(attachments, user, draft.getId(), false),
                new HistoryTimeline(targets.history(user, draft.getId())));
    }

    private void runChecks() {
        LiveChecks.Result result = LiveChecks.run(form.draft(), rules);
        checks.show(result, draft.getIndicators());
        if (markFields) {
            form.showViolations(result.violations());
        }
    }

    /** Creates or updates; on success keeps the form as it is (now carrying the stored version and ids). */
    private boolean save(boolean announce) {
        PerformanceTarget changes = form.draft();
        return attempt(() -> {
            PerformanceTarget saved = changes.getId() == null ? targets.create(user, changes)
                    : targets.update(user, changes.getId(), changes);
            adoptStored(saved);
            unsaved.saved();
            if (announce) {
                Notices.success(getTranslation("editor.saved", saved.getVersion()), "save-notification");
                showStoredUrl();
            }
        });
    }

    /** Runs a service call; a user mistake or a lost race is shown on the page, never thrown. */
    private boolean attempt(Runnable serviceCall) {
        try {
            serviceCall.run();
            return true;
        } catch (ValidationException invalid) {
            showErrors(invalid);
            FirstError.focus(this);
        } catch (ConflictException conflict) {
            showConflict(conflict);
        } catch (NotFoundException | ForbiddenException refused) {
            Notices.error(refused.getMessage(), "error-notification");
        }
        return false;
    }

    /** The stored copy's id, version and indicator ids, so the next save is an update of this version. */
    private void adoptStored(PerformanceTarget saved) {
        draft.setId(saved.getId());
        draft.setVersion(saved.getVersion());
        draft.setUnitId(saved.getUnitId());
        draft.setUnitName(saved.getUnitName());
        draft.setUnitCode(saved.getUnitCode());
        draft.setStatus(saved.getStatus());
        if (attachmentsPanel != null) {
            attachmentsPanel.showFor(saved.getId());
        }
        List<Indicator> stored = saved.getIndicators();
        for (int i = 0; i < draft.getIndicators().size() && i < stored.size(); i++) {
            draft.getIndicators().get(i).setId(stored.get(i).getId());
        }
    }

    private void submit() {
        if (!save(false)) {
            return;
        }
        try {
            trySubmit();
        } finally {
            showStoredUrl();
        }
    }

    /** After the first save of a new target the address becomes its edit route; this view stays as it is. */
    private void showStoredUrl() {
        if (draft.getId() != null && !UI.getCurrent().getActiveViewLocation().getPath().endsWith("/edit")) {
            UI.getCurrent().navigate("targets/" + draft.getId() + "/edit");
        }
    }

    private void trySubmit() {
        attempt(() -> {
            draft = submission.submit(user, draft.getId());
            Notices.success(getTranslation("editor.submitted"), "submit-notification");
            render();
        });
    }

    private void abandon() {
        Long inForce = draft.getAdjustsTargetId();
        if (attempt(() -> versions.abandon(user, draft.getId()))) {
            Notices.success(getTranslation("adjust.abandoned"), "abandon-notification");
            unsaved.saved(); // the draft is gone, as confirmed
            UI.getCurrent().navigate("targets/" + inForce);
        }
    }

    private void withdraw() {
        try {
            draft = submission.withdraw(user, draft.getId());
            Notices.success(getTranslation("editor.withdrawn"), "withdraw-notification");
            render();
        } catch (ConflictException | ForbiddenException | NotFoundException refused) {
            Notices.error(refused.getMessage(), "error-notification");
        }
    }

    /** Every violation the service reported: marked on its input and listed in the checks panel. */
    private void showErrors(ValidationException invalid) {
        markFields = true;
        List<FieldViolation> violations = invalid.violations();
        form.showViolations(violations);
        checks.show(new LiveChecks.Result(violations, LiveChecks.run(form.draft(), rules).weightSum(),
                rules.indicatorTotal(), false), draft.getIndicators());
        checks.setOpened(true);
        Notices.error(getTranslation("editor.invalid", invalid.getMessage(), violations.size()), "validation-notification");
    }

    /** Someone else saved first: say so, keep everything typed here, offer to reload. */
    private void showConflict(ConflictException conflict) {
        new EditorConflictNotice(conflict.getMessage()).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(editRoute || (draft != null && draft.getId() != null) ? "editor.titleEdit" : "editor.titleNew");
    }

    /** Unsaved edits are not lost by leaving by accident. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        unsaved.beforeLeave(event);
    }
}
