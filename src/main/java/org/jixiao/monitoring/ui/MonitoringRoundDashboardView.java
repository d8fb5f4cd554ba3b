package org.jixiao.monitoring.ui;

import org.jixiao.ui.Polling;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.IntStream;
import org.jixiao.common.NotFoundException;
import org.jixiao.monitoring.MonitoringRoundService;
import org.jixiao.monitoring.ProgressRow;
import org.jixiao.monitoring.internal.RedListEntry;
import org.jixiao.monitoring.MonitoringRoundDashboardService;
import org.jixiao.monitoring.MonitoringRoundExport;
import org.jixiao.monitoring.MonitoringRoundStatus;
import org.jixiao.monitoring.MonitoringRoundSummary;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.Role;
import org.jixiao.security.CurrentUserProvider;
import org.jixiao.ui.BarChart;
import org.jixiao.ui.CountColumns;
import org.jixiao.ui.NotFoundNotice;

/**
 * A round's dashboard (监控看板): status and progress (refreshing itself while reports are being created),
 * progress by department — or, for a department or unit, by its own units —, the light distribution, the
 * red list leading to each report, and the Excel export.
 */
@Route("monitoring/rounds/:id")
@PermitAll
class MonitoringRoundDashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    /** Where a report opens (the report form screen). */
    static final String REPORT_ROUTE = "monitoring/reports/";
    private static final int SHORT_LIST = 15;
    private static final String[] LIGHTS = {"RED", "YELLOW", "GREEN", "BLUE"};
    private static final String[] COLOURS = {"#e53935", "#f9a825", "#43a047", "#1e88e5"};

    private final MonitoringRoundService rounds;
    private final MonitoringRoundDashboardService dashboard;
    private final MonitoringRoundExport export;
    private final CurrentUser user;
    private final Span status = new Span();
    private final ProgressBar progressBar = new ProgressBar();
    private final Span created = new Span();
    private final Span summary = new Span();
    private final Grid<ProgressRow> progress = new Grid<>();
    private final Div chart = new Div();
    private final H3 redTitle = new H3();
    private final Grid<RedListEntry> red = new Grid<>();
    private Long roundId;
    private MonitoringRoundSummary round;

    public MonitoringRoundDashboardView(MonitoringRoundService rounds, MonitoringRoundDashboardService dashboard, MonitoringRoundExport export,
                              CurrentUserProvider currentUser) {
        this.rounds = rounds;
        this.dashboard = dashboard;
        this.export = export;
        this.user = currentUser.require();
        setWidthFull();
        Polling.whileAttached(this, () -> {
            if (round != null) {
                refresh();
            }
        }, ui -> {
            if (round != null) {
                ui.setPollInterval(round.status() == MonitoringRoundStatus.OPENING ? Polling.INTERVAL_MILLIS : -1);
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        round = null;
        try {
            roundId = Long.valueOf(event.getRouteParameters().get("id").orElse(""));
            round = rounds.get(user, roundId);
        } catch (NotFoundException | NumberFormatException unknown) {
            add(new NotFoundNotice(getTranslation("dashboard.notFound")));
            return;
        }
        build();
        refresh();
    }

    private void build() {
        Button back = new Button(getTranslation("dashboard.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> UI.getCurrent().navigate("monitoring/rounds"));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.setId("dashboard-back");
        status.setId("dashboard-status");
        status.getElement().getThemeList().add("badge");
        Div spacer = new Div();
        HorizontalLayout actions = new HorizontalLayout(back, status, spacer);
        actions.setWidthFull();
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.expand(spacer);
        if (dashboard.mayExport(user)) {
            actions.add(exportLink());
        }
        created.setId("dashboard-created");
        summary.setId("dashboard-summary");
        summary.getStyle().set("color", "var(--lumo-secondary-text-color)");
        progressBar.setId("dashboard-progress");
        progressBar.setWidth("320px");

        progress.setId("progress-grid");
        boolean byUnit = isByUnit();
        progress.addColumn(ProgressRow::orgName)
                .setHeader(getTranslation(byUnit ? "dashboard.unit" : "dashboard.department")).setFlexGrow(3);
        CountColumns.narrow(progress, ProgressRow::reports, getTranslation("dashboard.reports"));
        CountColumns.narrow(progress, ProgressRow::submitted, getTranslation("dashboard.submitted"));
        CountColumns.narrow(progress, ProgressRow::approved, getTranslation("dashboard.approved"));
        CountColumns.narrow(progress, ProgressRow::overdue, getTranslation("dashboard.overdue"));
        CountColumns.narrow(progress, r -> r.lights().red(), getTranslation("dashboard.light.RED"));
        CountColumns.narrow(progress, r -> r.lights().yellow(), getTranslation("dashboard.light.YELLOW"));
        CountColumns.narrow(progress, r -> r.lights().green(), getTranslation("dashboard.light.GREEN"));
        CountColumns.narrow(progress, r -> r.lights().blue(), getTranslation("dashboard.light.BLUE"));
        progress.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        progress.setAllRowsVisible(true);

        chart.setId("light-chart");
        red.setId("red-grid");
        red.addColumn(RedListEntry::getUnitName).setHeader(getTranslation("dashboard.unit")).setFlexGrow(2);
        red.addColumn(RedListEntry::getTargetName).setHeader(getTranslation("dashboard.project")).setFlexGrow(3);
        red.addComponentColumn(r -> lightBadge(r.getBudgetLight())).setHeader(getTranslation("dashboard.budgetLight"));
        red.addComponentColumn(r -> lightBadge(r.getLight())).setHeader(getTranslation("dashboard.overallLight"));
        red.addColumn(r -> getTranslation("status.MONITORING_REPORT." + r.getStatus().name()))
                .setHeader(getTranslation("dashboard.status")).setFlexGrow(2);
        red.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        red.addItemClickListener(e -> UI.getCurrent().navigate(REPORT_ROUTE + e.getItem().getReportId()));
        Span redHint = new Span(getTranslation("dashboard.redHint"));
        redHint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");

        add(actions, created, progressBar, summary,
                heading(getTranslation(byUnit ? "dashboard.byUnit" : "dashboard.byDepartment")), progress,
                heading(getTranslation("dashboard.lights")), chart, redTitle, redHint, red);
        redTitle.getStyle().set("margin-bottom", "0");
    }

    /** Finance and admin see departments; everyone else their own units. */
    private boolean isByUnit() {
        return !user.hasAnyRole(Role.FINANCE_REVIEWER, Role.ADMIN);
    }

    private Anchor exportLink() {
        Anchor link = new Anchor(downloadHandler(), AttachmentType.DOWNLOAD, "");
        link.setId("dashboard-export");
        Button button = new Button(getTranslation("dashboard.export"), VaadinIcon.DOWNLOAD.create());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setTabIndex(-1);
        link.add(button);
        return link;
    }

    private DownloadHandler downloadHandler() {
        Long id = roundId;
        CurrentUser caller = user;
        return event -> {
            MonitoringRoundExport.File file = export.prepare(caller, id);
            event.setFileName(file.fileName());
            event.setContentType(MonitoringRoundExport.CONTENT_TYPE);
            try (OutputStream out = event.getOutputStream()) {
                file.writeTo(out);
            }
        };
    }

    private static H3 heading(String text) {
        H3 heading = new H3(text);
        heading.getStyle().set("margin-bottom", "0");
        return heading;
    }

    private Span lightBadge(String light) {
        Span badge = new Span(light == null ? "" : getTranslation("dashboard.light." + light));
        if (light == null) {
            return badge;
        }
        badge.getElement().getThemeList().add("badge");
        switch (light) {
            case "RED" -> badge.getElement().getThemeList().add("error");
            case "GREEN" -> badge.getElement().getThemeList().add("success");
            // Lumo's badge has no yellow or blue variant of its own
            case "YELLOW" -> badge.getStyle().set("background", "#fff3cd").set("color", "#7a5c00");
            default -> badge.getStyle().set("background", "#e3f2fd").set("color", "#0d47a1");
        }
        return badge;
    }

    private void refresh() {
        try {
            round = rounds.get(user, roundId);
        } catch (NotFoundException gone) {
            return;
        }
        status.setText(getTranslation("rounds.status." + round.status().name()));
        status.getElement().getThemeList().remove("success");
        if (round.status() == MonitoringRoundStatus.OPEN) {
            status.getElement().getThemeList().add("success");
        }
        progressBar.setMin(0);
        progressBar.setMax(Math.max(1, round.total()));
        progressBar.setValue(Math.min(round.created(), Math.max(1, round.total())));
        progressBar.setIndeterminate(round.status() == MonitoringRoundStatus.OPENING && round.total() == 0);
        created.setText(getTranslation("dashboard.created", round.created(), round.total()));
        summary.setText(getTranslation("dashboard.summary", round.submitted(), round.approved(), round.overdue(),
                String.valueOf(round.dueDate())));
        List<ProgressRow> rows = dashboard.progress(user, roundId);
        progress.setItems(rows);
        chart.removeAll();
        chart.add(new Svg(BarChart.svg(bars(round.lights()), getTranslation("dashboard.lights"))));
        int redCount = dashboard.countRed(user, roundId);
        redTitle.setText(getTranslation("dashboard.redList", redCount));
        // short lists without a scrollbar; long ones scroll inside the grid, fetched page by page
        red.setAllRowsVisible(redCount <= SHORT_LIST);
        red.setHeight(redCount <= SHORT_LIST ? null : "480px");
        red.setItems(query -> dashboard.redList(user, roundId, query.getOffset(), query.getLimit()).stream(),
                query -> dashboard.countRed(user, roundId));
        getUI().ifPresent(ui -> ui.setPollInterval(round.status() == MonitoringRoundStatus.OPENING
                ? Polling.INTERVAL_MILLIS : -1));
    }

    private List<BarChart.Bar> bars(MonitoringRoundSummary.Lights lights) {
        int[] counts = {lights.red(), lights.yellow(), lights.green(), lights.blue()};
        return IntStream.range(0, LIGHTS.length)
                .mapToObj(i -> new BarChart.Bar(getTranslation("dashboard.light." + LIGHTS[i]), counts[i], COLOURS[i]))
                .toList();
    }



    @Override
    public String getPageTitle() {
        return round == null ? getTranslation("rounds.title")
                : getTranslation("dashboard.title", String.valueOf(round.fiscalYear()), round.cutoffMonth());
    }
}
