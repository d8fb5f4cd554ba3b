package org.jixiao.admin.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jixiao.admin.internal.AuditEntry;
import org.jixiao.admin.AuditLog;
import org.jixiao.admin.OrgAdminService;
import org.jixiao.security.CurrentUserProvider;

/** 审计日志: every admin action, newest first (the latest 500; the API pages through all of them). */
@Route("admin/audit")
@RolesAllowed("ADMIN")
class AuditView extends VerticalLayout implements HasDynamicTitle {

    public AuditView(AuditLog audit, CurrentUserProvider currentUser) {
        OrgAdminService.bureauOf(currentUser.require());
        setSizeFull();
        addClassName("audit");
        Grid<AuditEntry> grid = new Grid<>();
        grid.setId("audit-grid");
        grid.addColumn(e -> org.jixiao.ui.UiFormats.time(e.getOccurredAt())).setHeader(getTranslation("admin.audit.at")).setAutoWidth(true);
        grid.addColumn(AuditEntry::getActor).setHeader(getTranslation("admin.audit.actor")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("admin.audit.action." + e.getAction())).setHeader(getTranslation("admin.audit.action"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::getSubjectName).setHeader(getTranslation("admin.audit.subject")).setAutoWidth(true);
        grid.addComponentColumn(e -> json(e.getBeforeJson())).setHeader(getTranslation("admin.audit.before")).setFlexGrow(2);
        grid.addComponentColumn(e -> json(e.getAfterJson())).setHeader(getTranslation("admin.audit.after")).setFlexGrow(2);
        grid.setItems(audit.page(500, 0));
        grid.setSizeFull();
        add(grid);
    }

    private static Span json(String text) {
        Span span = new Span(text == null ? "—" : text);
        span.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("white-space", "normal")
                .set("font-family", "var(--lumo-font-family-monospace, monospace)");
        return span;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.audit");
    }
}
