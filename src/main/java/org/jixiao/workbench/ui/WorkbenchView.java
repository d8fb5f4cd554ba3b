package org.jixiao.workbench.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Objects;
import org.jixiao.approval.ReviewEvent;
import org.jixiao.approval.ReviewService;
import org.jixiao.approval.ReviewTask;
import org.jixiao.approval.ui.InboxView;
import org.jixiao.evaluation.PendingEvaluation;
import org.jixiao.evaluation.UnitEvaluationsService;
import org.jixiao.monitoring.PendingReport;
import org.jixiao.monitoring.MonitoringRoundProgress;
import org.jixiao.monitoring.UnitReportsService;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.Role;
import org.jixiao.security.CurrentUserProvider;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.targets.TargetService;
import org.jixiao.targets.TargetStatus;
import org.jixiao.ui.UiFormats;

/** 工作台: what needs the user now — own drafts, returned targets with the opinion, tasks to review. */
@Route("")
@PermitAll
class WorkbenchView extends VerticalLayout implements HasDynamicTitle {

    /** A returned target with the opinion that sent it back. */
    record Returned(PerformanceTarget target, ReviewEvent lastReturn) {
    }

    private final TargetService targets;
    private final CurrentUser user;

    public WorkbenchView(TargetService targets, ReviewService reviews, UnitReportsService monitoring,
                         UnitEvaluationsService evaluations, AdminServices admin, CurrentUserProvider currentUser) {
        this.targets = targets;
        this.user = currentUser.require();
        setWidthFull();
        // some display names already carry the desk or unit (钱审核（绩效科）): never say it twice
        boolean named = user.orgName() == null || user.displayName().contains(user.orgName());
        Span hello = new Span(named ? getTranslation("workbench.helloName", user.displayName())
                : getTranslation("workbench.hello", user.displayName(), user.orgName()));
        hello.setId("workbench-hello");
        add(hello);
        if (user.hasRole(Role.STAFF)) {
            List<Returned> returned = targets.list(user, null, TargetStatus.RETURNED).stream()
                    .map(t -> new Returned(t, targets.lastReturn(user, t.getId()))).toList();
            section("workbench.returned", returned.isEmpty(), returnedGrid(returned));
            List<PerformanceTarget> drafts = targets.list(user, null, TargetStatus.DRAFT).stream()
                    .filter(t -> Objects.equals(user.username(), t.getCreatedBy())).toList();
            section("workbench.drafts", drafts.isEmpty(), draftsGrid(drafts));
            List<PendingReport> reports = monitoring.pendingForUnit(user);
            section("workbench.reports", reports.isEmpty(), reportsGrid(reports));
            List<PendingEvaluation> selfEvaluations = evaluations.pendingForUnit(user);
            section("workbench.evaluations", selfEvaluations.isEmpty(), PendingEvaluationsGrid.of(selfEvaluations));
        }
        if (user.hasAnyRole(Role.UNIT_LEADER, Role.DEPT_REVIEWER, Role.FINANCE_REVIEWER)) {
            List<ReviewTask> tasks = reviews.inbox(user);
            section("workbench.tasks", tasks.isEmpty(), InboxView.tasksGrid(tasks, "workbench-tasks"));
        }
        if (user.hasAnyRole(Role.DEPT_REVIEWER, Role.FINANCE_REVIEWER)) {
            List<MonitoringRoundProgress> rounds = monitoring.openRoundsInScope(user);
            section("workbench.rounds", rounds.isEmpty(), roundLines(rounds));
        }
        if (user.hasRole(Role.ADMIN)) {
            add(admin.overview(user));
        }
    }

    private void section(String titleKey, boolean empty, Component content) {
        H3 title = new H3(getTranslation(titleKey));
        title.getStyle().set("margin-bottom", "0");
        add(title);
        if (empty) {
            Paragraph none = new Paragraph(getTranslation("workbench.none"));
            none.addClassName("workbench-none");
            none.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
            add(none);
        } else {
            add(content);
        }
    }

    private Grid<Returned> returnedGrid(List<Returned> returned) {
        Grid<Returned> grid = new Grid<>();
        grid.setId("workbench-returned");
        grid.addColumn(r -> r.target().getFiscalYear()).setHeader(getTranslation("list.year")).setWidth("80px").setFlexGrow(0);
        grid.addColumn(r -> r.target().getName()).setHeader(getTranslation("target.name")).setFlexGrow(2);
        grid.addColumn(r -> r.lastReturn() == null ? "" : r.lastReturn().getActorName())
                .setHeader(getTranslation("workbench.returnedBy")).setFlexGrow(1);
        grid.addColumn(r -> r.lastReturn() == null || r.lastReturn().getOpinion() == null ? ""
                : r.lastReturn().getOpinion()).setHeader(getTranslation("workbench.opinion")).setFlexGrow(3);
        grid.addColumn(r -> r.lastReturn() == null ? "" : UiFormats.time(r.lastReturn().getCreatedAt()))
                .setHeader(getTranslation("workbench.returnedAt")).setWidth("170px").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setItems(returned);
        grid.addItemClickListener(e -> edit(e.getItem().target()));
        return grid;
    }

    private Grid<PerformanceTarget> draftsGrid(List<PerformanceTarget> drafts) {
        Grid<PerformanceTarget> grid = new Grid<>();
        grid.setId("workbench-drafts");
        grid.addColumn(PerformanceTarget::getFiscalYear).setHeader(getTranslation("list.year")).setWidth("80px")
                .setFlexGrow(0);
        grid.addColumn(t -> t.getKind() == null ? "" : getTranslation("kind." + t.getKind().name()))
                .setHeader(getTranslation("target.kind")).setWidth("110px").setFlexGrow(0);
        grid.addColumn(PerformanceTarget::getName).setHeader(getTranslation("target.name")).setFlexGrow(3);
        grid.addColumn(t -> UiFormats.time(t.getUpdatedAt())).setHeader(getTranslation("list.updated"))
                .setWidth("170px").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setItems(drafts);
        grid.addItemClickListener(e -> edit(e.getItem()));
        return grid;
    }

    private Grid<PendingReport> reportsGrid(List<PendingReport> reports) {
        Grid<PendingReport> grid = new Grid<>();
        grid.setId("workbench-reports");
        grid.addColumn(PendingReport::targetName).setHeader(getTranslation("target.name")).setFlexGrow(3);
        grid.addColumn(this::roundLabel).setHeader(getTranslation("workbench.round")).setFlexGrow(1);
        grid.addColumn(r -> r.dueDate().toString()).setHeader(getTranslation("workbench.dueDate"))
                .setWidth("120px").setFlexGrow(0);
        grid.addColumn(r -> getTranslation("status.MONITORING_REPORT." + r.status().name()))
                .setHeader(getTranslation("list.status")).setWidth("130px").setFlexGrow(0);
        grid.addComponentColumn(this::badges).setHeader(getTranslation("workbench.signals")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setItems(reports);
        grid.addItemClickListener(e -> UI.getCurrent().navigate("monitoring/reports/" + e.getItem().id()));
        return grid;
    }

    /** 已逾期 outranks 即将截止: once overdue, the reminder no longer says anything new. */
    private HorizontalLayout badges(PendingReport report) {
        HorizontalLayout badges = new HorizontalLayout();
        badges.setSpacing(false);
        badges.getStyle().set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
        if (report.overdue()) {
            badges.add(badge(getTranslation("workbench.badge.overdue"), "error", "badge-overdue"));
        } else if (report.remindedAt() != null) {
            badges.add(badge(getTranslation("workbench.badge.dueSoon"), "contrast", "badge-due-soon"));
        }
        if (report.urgeCount() > 0) {
            badges.add(badge(getTranslation("workbench.badge.urged", report.urgeCount()), "warning", "badge-urged"));
        }
        return badges;
    }

    /** Styled inline: the app has no theme module for Lumo badges, and adding one would mean an npm build. */
    private static Span badge(String text, String tone, String className) {
        Span badge = new Span(text);
        badge.addClassName(className);
        String background = switch (tone) {
            case "error" -> "var(--lumo-error-color-10pct)";
            case "warning" -> "#fff3c4";
            default -> "var(--lumo-contrast-10pct)";
        };
        String color = switch (tone) {
            case "error" -> "var(--lumo-error-text-color)";
            case "warning" -> "#7a5600";
            default -> "var(--lumo-body-text-color)";
        };
        badge.getStyle().set("background", background).set("color", color).set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "0 var(--lumo-space-s)").set("font-size", "var(--lumo-font-size-s)")
                .set("line-height", "1.6").set("white-space", "nowrap");
        return badge;
    }

    private String roundLabel(PendingReport report) {
        return getTranslation("workbench.roundLabel", String.valueOf(report.fiscalYear()), report.cutoffMonth());
    }

    private Div roundLines(List<MonitoringRoundProgress> rounds) {
        Div lines = new Div();
        lines.setId("workbench-rounds");
        for (MonitoringRoundProgress round : rounds) {
            Div line = new Div();
            line.addClassName("workbench-round");
            line.setText(getTranslation("workbench.roundLine",
                    getTranslation("workbench.roundLabel", String.valueOf(round.fiscalYear()), round.cutoffMonth()),
                    round.dueDate().toString(), round.submitted(), round.total(), round.overdue()));
            line.getStyle().set("cursor", "pointer").set("padding", "var(--lumo-space-xs) 0")
                    .set("color", round.overdue() > 0 ? "var(--lumo-error-text-color)" : "var(--lumo-primary-text-color)");
            line.addClickListener(e -> UI.getCurrent().navigate("monitoring/rounds/" + round.roundId()));
            lines.add(line);
        }
        return lines;
    }

    private void edit(PerformanceTarget target) {
        UI.getCurrent().navigate("targets/" + target.getId() + "/edit");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.workbench");
    }
}
