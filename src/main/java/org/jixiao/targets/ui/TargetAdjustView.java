package org.jixiao.targets.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.common.ConflictException;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.Limits;
import org.jixiao.common.NotFoundException;
import org.jixiao.common.ValidationException;
import org.jixiao.org.CurrentUser;
import org.jixiao.security.CurrentUserProvider;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.targets.TargetService;
import org.jixiao.targets.TargetStatus;
import org.jixiao.targets.TargetVersions;
import org.jixiao.ui.NotFoundNotice;

/**
 * 申请调整: asks for the reason, creates the adjustment draft and opens it in the editor. Any version of a
 * target may be given (e.g. the one a monitoring report was written for): the adjustment always starts from the
 * version now in force, and an adjustment already under way is offered instead of a second one.
 */
@Route("targets/:id/adjust")
@RolesAllowed("STAFF")
class TargetAdjustView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final TargetService targets;
    private final TargetVersions versions;
    private final CurrentUser user;
    private final TextArea reason = new TextArea();
    private PerformanceTarget base;

    public TargetAdjustView(TargetService targets, TargetVersions versions, CurrentUserProvider currentUser) {
        this.targets = targets;
        this.versions = versions;
        this.user = currentUser.require();
        setWidthFull();
        setMaxWidth("900px");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        base = null;
        PerformanceTarget given;
        try {
            given = targets.get(user, Long.valueOf(event.getRouteParameters().get("id").orElse("")));
        } catch (NotFoundException | NumberFormatException unknown) {
            add(new NotFoundNotice(getTranslation("notFound.target")));
            return;
        }
        Button back = new Button(getTranslation("adjust.backToTarget"), VaadinIcon.ARROW_LEFT.create(),
                e -> UI.getCurrent().navigate("targets/" + given.getId()));
        back.setId("adjust-back");
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(back, new H2(getTranslation("adjust.title", given.getName())));
        if (!Objects.equals(user.orgId(), given.getUnitId())) {
            add(note("adjust-refused", getTranslation("adjust.notYourUnit")));
            return;
        }
        Optional<Long> open = versions.openAdjustment(user, given.getId());
        if (open.isPresent()) {
            PerformanceTarget draft = targets.get(user, open.get());
            add(note("adjust-open", getTranslation("adjust.alreadyOpen", draft.getVersionNo(),
                    getTranslation("status." + draft.getStatus().name()))));
            Button continueIt = new Button(getTranslation("adjust.openDraft"), VaadinIcon.EDIT.create(),
                    e -> UI.getCurrent().navigate("targets/" + draft.getId() + "/edit"));
            continueIt.setId("adjust-open-draft");
            continueIt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(continueIt);
            return;
        }
        Optional<Long> inForce = given.getStatus() == TargetStatus.APPROVED ? Optional.of(given.getId())
                : versions.approvedVersion(user, given.getId());
        if (inForce.isEmpty()) {
            add(note("adjust-refused", getTranslation("adjust.notApproved",
                    getTranslation("status." + given.getStatus().name()))));
            return;
        }
        base = inForce.get().equals(given.getId()) ? given : targets.get(user, inForce.get());
        if (base != given) {
            add(note("adjust-newer", getTranslation("adjust.basedOnNewer", given.getVersionNo(), base.getVersionNo())));
        }
        add(new Paragraph(getTranslation("adjust.explain", base.getVersionNo())));
        reason.setId("adjust-reason");
        reason.setLabel(getTranslation("adjust.reason"));
        reason.setPlaceholder(getTranslation("adjust.reasonPlaceholder"));
        reason.setRequired(true);
        reason.setMaxLength(Limits.ADJUSTMENT_REASON);
        reason.setWidthFull();
        reason.setMinHeight("120px");
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        reason.addValueChangeListener(e -> reason.setInvalid(false));
        Button confirm = new Button(getTranslation("adjust.confirm"), VaadinIcon.CHECK.create(), e -> request());
        confirm.setId("adjust-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("adjust.cancel"),
                e -> UI.getCurrent().navigate("targets/" + given.getId()));
        cancel.setId("adjust-cancel");
        add(reason, new HorizontalLayout(confirm, cancel));
        reason.focus();
    }

    private void request() {
        if (reason.getValue() == null || reason.getValue().isBlank()) {
            refuseReason(getTranslation("adjust.reasonRequired"));
            return;
        }
        try {
            PerformanceTarget draft = versions.requestAdjustment(user, base.getId(), reason.getValue());
            Notification n = Notification.show(getTranslation("adjust.created", draft.getVersionNo()), 5000,
                    Notification.Position.TOP_CENTER);
            n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            n.setId("adjust-created-notification");
            UI.getCurrent().navigate("targets/" + draft.getId() + "/edit");
        } catch (ValidationException invalid) {
            refuseReason(invalid.violations().isEmpty() ? invalid.getMessage() : invalid.violations().get(0).message());
        } catch (ConflictException | ForbiddenException | NotFoundException refused) {
            Notification n = Notification.show(refused.getMessage(), 8000, Notification.Position.TOP_CENTER);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            n.setId("adjust-error-notification");
        }
    }

    private void refuseReason(String message) {
        reason.setErrorMessage(message);
        reason.setInvalid(true);
        reason.focus();
    }

    private static Paragraph note(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        p.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return p;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("adjust.pageTitle");
    }
}
