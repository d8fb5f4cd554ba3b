package org.jixiao.evaluation.ui;

import org.jixiao.ui.Polling;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.jixiao.common.NotFoundException;
import org.jixiao.evaluation.internal.EvaluationListEntry;
import org.jixiao.evaluation.EvaluationRoundStatus;
import org.jixiao.evaluation.EvaluationRoundSummary;
import org.jixiao.evaluation.EvaluationSummary;
import org.jixiao.evaluation.EvaluationSummaryService;
import org.jixiao.evaluation.internal.OrgAverage;
import org.jixiao.org.CurrentUser;
import org.jixiao.security.CurrentUserProvider;
import org.jixiao.ui.BarChart;
import org.jixiao.ui.CountColumns;
import org.jixiao.ui.NotFoundNotice;
import org.jixiao.ui.UiFormats;

/**
 * A round's summary (自评汇总): progress (refreshing itself while self-evaluations are being created), the grade
 * distribution with the results application per grade, average final totals by department — or, for a department
 * or unit, by its own units —, the lowest totals and what is not yet submitted, each row opening the self-evaluation.
 */
@Route("evaluation/rounds/:id")
@PermitAll
class EvaluationSummaryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    static final String EVALUATION_ROUTE = "evaluation/self/";
    private static final String[] COLOURS = {"#43a047", "#1e88e5", "#f9a825", "#e53935"};

    private final EvaluationSummaryService summaries;
    private final CurrentUser user;
    private final Span status = new Span();
    private final ProgressBar progressBar = new ProgressBar();
    private final Span created = new Span();
    private final Span progressText = new Span();
    private final Div chart = new Div();
    private final Grid<EvaluationSummary.Application> results = new Grid<>();
    private final H3 averagesTitle = new H3();
    private final Grid<OrgAverage> averages = new Grid<>();
    private final com.vaadin.flow.component.html.Div averageChart = new com.vaadin.flow.component.html.Div();
    private final Grid<EvaluationListEntry> lowest = new Grid<>();
    private final H3 pendingTitle = new H3();
    private final Grid<EvaluationListEntry> pending = new Grid<>();
    private Long roundId;
    private EvaluationSummary summary;

    public EvaluationSummaryView(EvaluationSummaryService summaries, CurrentUserProvider currentUser) {
        this.summaries = summaries;
        this.user = currentUser.require();
        setWidthFull();
        Polling.whileAttached(this, () -> {
            if (summary != null) {
                refresh();
            }
        }, ui -> {
            if (summary != null) {
                ui.setPollInterval(summary.round().status() == EvaluationRoundStatus.OPENING
                        ? Polling.INTERVAL_MILLIS : -1);
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        summary = null;
        try {
            roundId = Long.valueOf(event.getRouteParameters().get("id").orElse(""));
            summary = summaries.summary(user, roundId);
        } catch (NotFoundException | NumberFormatException unknown) {
            add(new NotFoundNotice(getTranslation("evalSummary.notFound")));
            return;
        }
        build();
        show();
    }

    private void build() {
        Button back = new Button(getTranslation("evalSummary.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> UI.getCurrent().navigate("evaluation/rounds"));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.setId("eval-summary-back");
        status.setId("eval-summary-status");
        status.getElement().getThemeList().add("badge");
        HorizontalLayout actions = new HorizontalLayout(back, status);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        created.setId("eval-summary-created");
        progressText.setId("eval-summary-progress");
        progressText.getStyle().set("color", "var(--lumo-secondary-text-color)");
        progressBar.setWidth("320px");

        chart.setId("grade-chart");
        results.setId("results-grid");
        results.addColumn(EvaluationSummary.Application::grade).setHeader(getTranslation("evalSummary.grade"));
        CountColumns.add(results, EvaluationSummary.Application::submitted, getTranslation("rounds.submitted"));
        CountColumns.add(results, EvaluationSummary.Application::approved, getTranslation("rounds.approved"));
        results.addColumn(EvaluationSummary.Application::label)
                .setHeader(getTranslation("evalSummary.recommendation")).setFlexGrow(3);
        results.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        results.setAllRowsVisible(true);
        HorizontalLayout grades = new HorizontalLayout(chart, results);
        grades.setWidthFull();
        grades.expand(results);

        averages.setId("average-grid");
        averages.addColumn(OrgAverage::getOrgName).setHeader(getTranslation(summary.byUnit()
                ? "dashboard.unit" : "dashboard.department")).setFlexGrow(3);
        CountColumns.add(averages, OrgAverage::getEvaluations, getTranslation("evalSummary.evaluations"));
        CountColumns.add(averages, OrgAverage::getSubmitted, getTranslation("rounds.submitted"));
        CountColumns.add(averages, a -> a.getAverage() == null ? "—" : UiFormats.plain(a.getAverage()),
                getTranslation("evalSummary.average"));
        averages.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        averages.setAllRowsVisible(true);
        averagesTitle.setText(getTranslation(summary.byUnit() ? "evalSummary.byUnit" : "evalSummary.byDepartment"));
        averagesTitle.getStyle().set("margin-bottom", "0");

        lowest.setId("lowest-grid");
        configure(lowest, true);
        pending.setId("pending-grid");
        configure(pending, false);
        pendingTitle.getStyle().set("margin-bottom", "0");

        add(actions, created, progressBar, progressText, heading(getTranslation("evalSummary.grades")), grades,
                averagesTitle, averageChart, averages, heading(getTranslation("evalSummary.lowest")), hint("evalSummary.clickHint"),
                lowest, pendingTitle, pending);
    }

    private void configure(Grid<EvaluationListEntry> grid, boolean scored) {
        grid.addColumn(EvaluationListEntry::getUnitName).setHeader(getTranslation("dashboard.unit")).setFlexGrow(2);
        grid.addColumn(EvaluationListEntry::getTargetName).setHeader(getTranslation("dashboard.project")).setFlexGrow(3);
        if (scored) {
            grid.addColumn(e -> e.getTotal() == null ? "" : UiFormats.plain(e.getTotal()))
                    .setHeader(getTranslation("evalSummary.total"));
            grid.addColumn(EvaluationListEntry::getGrade).setHeader(getTranslation("evalSummary.grade"));
        }
        grid.addColumn(e -> getTranslation("status.SELF_EVALUATION." + e.getStatus().name()))
                .setHeader(getTranslation("dashboard.status")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addItemClickListener(e -> UI.getCurrent().navigate(EVALUATION_ROUTE + e.getItem().getId()));
    }

    private static H3 heading(String text) {
        H3 heading = new H3(text);
        heading.getStyle().set("margin-bottom", "0");
        return heading;
    }

    private Span hint(String key) {
        Span hint = new Span(getTranslation(key));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return hint;
    }

    private void refresh() {
        try {
            summary = summaries.summary(user, roundId);
        } catch (NotFoundException gone) {
            return;
        }
        show();
    }

    private void show() {
        EvaluationRoundSummary round = summary.round();
        status.setText(getTranslation("evalRounds.status." + round.status().name()));
        status.getElement().getThemeList().remove("success");
        if (round.status() == EvaluationRoundStatus.OPEN) {
            status.getElement().getThemeList().add("success");
        }
        progressBar.setMin(0);
        progressBar.setMax(Math.max(1, round.total()));
        progressBar.setValue(Math.min(round.created(), Math.max(1, round.total())));
        progressBar.setIndeterminate(round.status() == EvaluationRoundStatus.OPENING && round.total() == 0);
        created.setText(getTranslation("evalSummary.created", round.created(), round.total()));
        progressText.setText(getTranslation("dashboard.summary", round.submitted(), round.approved(), round.overdue(),
                String.valueOf(round.dueDate())));
        chart.removeAll();
        chart.add(new Svg(BarChart.svg(bars(summary.results()), getTranslation("evalSummary.grades"))));
        results.setItems(summary.results());
        averages.setItems(summary.averages());
        averageChart.setId("average-chart");
        averageChart.removeAll();
        averageChart.add(new Svg(BarChart.horizontal(summary.averages().stream()
                .map(a -> new BarChart.Value(a.getOrgName(), a.getAverage())).toList(), 100,
                getTranslation("evalSummary.average"))));
        lowest.setItems(summary.lowest());
        lowest.setAllRowsVisible(true);
        pendingTitle.setText(getTranslation("evalSummary.pending", summary.notSubmittedCount()));
        pending.setItems(summary.notSubmitted());
        pending.setAllRowsVisible(summary.notSubmitted().size() <= 15);
        pending.setHeight(summary.notSubmitted().size() <= 15 ? null : "480px");
        getUI().ifPresent(ui -> ui.setPollInterval(round.status() == EvaluationRoundStatus.OPENING
                ? Polling.INTERVAL_MILLIS : -1));
    }

    private static List<BarChart.Bar> bars(List<EvaluationSummary.Application> results) {
        return java.util.stream.IntStream.range(0, results.size())
                .mapToObj(i -> new BarChart.Bar(results.get(i).grade(), results.get(i).submitted(),
                        COLOURS[i % COLOURS.length]))
                .toList();
    }



    @Override
    public String getPageTitle() {
        return summary == null ? getTranslation("evalRounds.title")
                : getTranslation("evalSummary.title", String.valueOf(summary.round().fiscalYear()));
    }
}
