package org.jixiao.admin.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.jixiao.admin.AuditChanges;
import org.jixiao.admin.AuditLog;
import org.jixiao.admin.OrgAdminService;
import org.jixiao.admin.internal.AuditEntry;
import org.jixiao.org.OrgDirectory;
import org.jixiao.org.OrgNode;
import org.jixiao.org.UnitType;
import org.jixiao.security.CurrentUserProvider;

/**
 * 审计日志: every admin action, newest first (the latest 500; the API pages through all of them, with the snapshots
 * as stored). Each entry says what changed, field by field, in words.
 */
@Route("admin/audit")
@RolesAllowed("ADMIN")
class AuditView extends VerticalLayout implements HasDynamicTitle {
    private static final String ARROW = " → ";
    private final OrgDirectory directory;
    /** An entry's org ids as names: each node read once per visit, however many entries name it. */
    private final Map<Long, String> orgNames = new HashMap<>();

    public AuditView(AuditLog audit, OrgDirectory directory, CurrentUserProvider currentUser) {
        this.directory = directory;
        OrgAdminService.bureauOf(currentUser.require());
        setSizeFull();
        addClassName("audit");
        Grid<AuditEntry> grid = new Grid<>();
        grid.setId("audit-grid");
        grid.addColumn(e -> org.jixiao.ui.UiFormats.time(e.getOccurredAt())).setHeader(getTranslation("admin.audit.at"))
                .setWidth("170px").setFlexGrow(0);
        grid.addColumn(AuditEntry::getActor).setHeader(getTranslation("admin.audit.actor")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> getTranslation("admin.audit.action." + e.getAction())).setHeader(getTranslation("admin.audit.action"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::getSubjectName).setHeader(getTranslation("admin.audit.subject")).setFlexGrow(1);
        grid.addComponentColumn(this::changes).setHeader(getTranslation("admin.audit.changes")).setFlexGrow(3);
        grid.setItems(audit.page(500, 0));
        grid.setSizeFull();
        add(grid);
    }

    private Component changes(AuditEntry entry) {
        Div lines = new Div();
        lines.addClassName("audit-changes");
        AuditChanges.between(entry.getBeforeJson(), entry.getAfterJson()).ifPresentOrElse(
                changes -> changes.forEach(c -> lines.add(line(c, entry.getBeforeJson() == null))),
                () -> lines.add(stored(entry)));
        if (lines.getComponentCount() == 0) {
            lines.add(new Span(getTranslation("admin.audit.noChange")));
        }
        return lines;
    }

    private Div line(AuditChanges.Change change, boolean created) {
        String name = getTranslation("admin.audit.label", getTranslation("admin.audit.field." + change.field()));
        Span label = new Span(name);
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        if (!name.endsWith("：")) { // a full-width colon brings its own space; "Name:" needs one
            label.getStyle().set("margin-inline-end", "0.3em");
        }
        String text = created ? value(change.field(), change.after())
                : value(change.field(), change.before()) + ARROW + value(change.field(), change.after());
        Div line = new Div(label, new Span(text));
        line.getStyle().set("white-space", "normal");
        return line;
    }

    /** A snapshot cut at the log's limit cannot be read field by field: shown as stored. */
    private Div stored(AuditEntry entry) {
        Div raw = new Div(new Span((entry.getBeforeJson() == null ? "—" : entry.getBeforeJson()) + ARROW
                + (entry.getAfterJson() == null ? "—" : entry.getAfterJson())));
        raw.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("white-space", "normal")
                .set("font-family", "var(--lumo-font-family-monospace, monospace)");
        return raw;
    }

    private String value(String field, JsonNode v) {
        if (v.isNull()) {
            return "—";
        }
        return switch (field) {
            case "active" -> getTranslation(v.asBoolean() ? "admin.active" : "admin.inactive");
            case "mustChangePassword" -> getTranslation(v.asBoolean() ? "admin.audit.yes" : "admin.audit.no");
            case "kind" -> getTranslation("admin.kind." + v.asText());
            case "unitType" -> unitType(v.asText());
            case "roles" -> String.join(getTranslation("admin.role.separator"),
                    StreamSupport.stream(v.spliterator(), false)
                            .map(r -> getTranslation("admin.role." + r.asText())).toList());
            case "parentId", "inChargeDeskId", "orgId" -> orgNames.computeIfAbsent(v.asLong(),
                    id -> directory.node(id).map(OrgNode::getName).orElse("#" + id));
            default -> v.isValueNode() ? v.asText() : v.toString();
        };
    }

    private static String unitType(String name) {
        UnitType type = UnitType.parse(name);
        return type == null ? name : type.label();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.audit");
    }
}
