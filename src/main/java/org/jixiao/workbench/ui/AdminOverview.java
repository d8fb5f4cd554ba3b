package org.jixiao.workbench.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.jixiao.admin.AdminUser;
import org.jixiao.approval.process.EngineHealth;
import org.jixiao.evaluation.EvaluationRoundService;
import org.jixiao.evaluation.EvaluationRoundStatus;
import org.jixiao.monitoring.MonitoringRoundService;
import org.jixiao.monitoring.MonitoringRoundStatus;
import org.jixiao.org.CurrentUser;
import org.jixiao.ui.UiFormats;

/**
 * The administrator's workbench (issue 12 §5): users (active, to change their password, locked out of sign-in),
 * the rounds now open, and the engine's health (open incidents, failed jobs) with the newest incidents, each tile
 * leading to where it is dealt with.
 */
class AdminOverview extends VerticalLayout {

    AdminOverview(CurrentUser admin, List<AdminUser> users, int locks, MonitoringRoundService monitoring,
                  EvaluationRoundService evaluation, EngineHealth.Status engine) {
        setPadding(false);
        setId("workbench-admin");
        long active = users.stream().filter(AdminUser::active).count();
        long mustChange = users.stream().filter(AdminUser::mustChangePassword).count();
        long openMonitoring = monitoring.list(admin, null).stream()
                .filter(r -> r.status() != MonitoringRoundStatus.CLOSED).count();
        long openEvaluation = evaluation.list(admin, null).stream()
                .filter(r -> r.status() != EvaluationRoundStatus.CLOSED).count();
        FlexLayout tiles = new FlexLayout();
        tiles.getStyle().set("gap", "var(--lumo-space-m)").set("flex-wrap", "wrap");
        tiles.add(tile("workbench-admin-users", getTranslation("workbench.admin.users"),
                String.valueOf(users.size()), getTranslation("workbench.admin.usersDetail", active, users.size() - active,
                        mustChange), false, "admin/users"));
        tiles.add(tile("workbench-admin-locks", getTranslation("workbench.admin.locks"), String.valueOf(locks),
                getTranslation("workbench.admin.locksDetail"), locks > 0, "admin/locks"));
        tiles.add(tile("workbench-admin-rounds", getTranslation("workbench.admin.rounds"),
                String.valueOf(openMonitoring + openEvaluation),
                getTranslation("workbench.admin.roundsDetail", openMonitoring, openEvaluation), false,
                "monitoring/rounds"));
        tiles.add(tile("workbench-admin-engine", getTranslation("workbench.admin.engine"),
                engine.healthy() ? getTranslation("workbench.admin.engineOk") : String.valueOf(engine.incidents()),
                getTranslation("workbench.admin.engineDetail", engine.incidents(), engine.failedJobs(),
                        engine.retryingJobs()), !engine.healthy(), null));
        add(new H3(getTranslation("workbench.admin.title")), tiles);
        if (!engine.latest().isEmpty()) {
            Div problems = new Div();
            problems.setId("workbench-admin-incidents");
            for (EngineHealth.Problem p : engine.latest()) {
                Div line = new Div();
                line.setText(getTranslation("workbench.admin.incident", UiFormats.time(p.at()),
                        p.processKey() == null ? "—" : p.processKey(), p.activity() == null ? "—" : p.activity(),
                        p.message() == null ? p.type() : p.message()));
                line.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
                problems.add(line);
            }
            Anchor cockpit = new Anchor("/camunda/app/cockpit/default/#/incidents", getTranslation("workbench.admin.cockpit"));
            cockpit.setRouterIgnore(true);
            problems.add(cockpit);
            add(problems);
        }
    }

    private Div tile(String id, String title, String figure, String detail, boolean alarm, String route) {
        Div tile = new Div();
        tile.setId(id);
        tile.addClassName("workbench-tile");
        Span head = new Span(title);
        head.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)");
        Span big = new Span(figure);
        big.addClassName("workbench-tile-figure");
        big.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600")
                .set("color", alarm ? "var(--lumo-error-text-color)" : "var(--lumo-body-text-color)");
        Span more = new Span(detail);
        more.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)");
        tile.add(head, big, more);
        tile.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("min-width", "220px")
                .set("background", alarm ? "var(--lumo-error-color-10pct)" : "var(--lumo-base-color)");
        if (route != null) {
            tile.getStyle().set("cursor", "pointer");
            tile.addClickListener(e -> UI.getCurrent().navigate(route));
        }
        return tile;
    }
}
