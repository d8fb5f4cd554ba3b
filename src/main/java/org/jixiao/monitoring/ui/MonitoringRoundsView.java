package org.jixiao.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;
import org.jixiao.monitoring.MonitoringRoundService;
import org.jixiao.monitoring.MonitoringRoundDashboardService;
import org.jixiao.monitoring.MonitoringRoundStatus;
import org.jixiao.monitoring.MonitoringRoundSummary;
import org.jixiao.rounds.RoundCalendar;
import org.jixiao.rounds.ui.RoundListView;
import org.jixiao.ui.CountColumns;
import org.jixiao.security.CurrentUserProvider;

/**
 * 绩效运行监控: finance opens rounds here (year and cut-off month); everyone sees the rounds that concern them with
 * their progress, each leading to its dashboard. The screen itself is the shared {@link RoundListView}.
 */
@Route("monitoring/rounds")
@PermitAll
class MonitoringRoundsView extends RoundListView<MonitoringRoundSummary> {
    private final MonitoringRoundService rounds;
    private final IntegerField cutoff = new IntegerField();

    public MonitoringRoundsView(MonitoringRoundService rounds, MonitoringRoundDashboardService dashboard,
                                CurrentUserProvider currentUser, RoundCalendar calendar) {
        super(currentUser.require(), "round", "rounds", "monitoring/rounds/");
        this.rounds = rounds;
        cutoff.setId("round-cutoff");
        cutoff.setLabel(getTranslation("rounds.cutoff"));
        cutoff.setMin(1);
        cutoff.setMax(11);
        cutoff.setValue(6);
        cutoff.setStepButtonsVisible(true);
        // this year's round while its usual due date (15 July) is ahead, else next year's: a round is due today or later
        LocalDate today = calendar.today();
        build(user.hasRole(org.jixiao.org.Role.FINANCE_REVIEWER) ? dashboard.departments(user) : List.of(),
                LocalDate.of(today.getYear(), 7, 15).isBefore(today) ? today.getYear() + 1 : today.getYear());
    }

    @Override
    protected void columns(Grid<MonitoringRoundSummary> grid) {
        grid.addColumn(r -> getTranslation("rounds.period", String.valueOf(r.fiscalYear()), r.cutoffMonth()))
                .setHeader(getTranslation("rounds.year")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation("rounds.status." + r.status().name()))
                .setHeader(getTranslation("dashboard.status")).setAutoWidth(true).setFlexGrow(0);
        CountColumns.add(grid, r -> r.created() + " / " + r.total(), getTranslation("rounds.progress"));
        CountColumns.add(grid, MonitoringRoundSummary::submitted, getTranslation("rounds.submitted"));
        CountColumns.add(grid, MonitoringRoundSummary::approved, getTranslation("rounds.approved"));
        CountColumns.add(grid, MonitoringRoundSummary::overdue, getTranslation("rounds.overdue"));
        grid.addColumn(r -> String.valueOf(r.dueDate())).setHeader(getTranslation("rounds.due")).setAutoWidth(true)
                .setFlexGrow(0);
    }

    @Override
    protected List<MonitoringRoundSummary> rounds() {
        return rounds.list(user, null);
    }

    @Override
    protected Long id(MonitoringRoundSummary round) {
        return round.id();
    }

    @Override
    protected boolean opening(MonitoringRoundSummary round) {
        return round.status() == MonitoringRoundStatus.OPENING;
    }

    @Override
    protected boolean isOpen(MonitoringRoundSummary round) {
        return round.status() == MonitoringRoundStatus.OPEN;
    }

    @Override
    protected int submitted(MonitoringRoundSummary round) {
        return round.submitted() + round.approved();
    }

    @Override
    protected String label(MonitoringRoundSummary round) {
        return getTranslation("rounds.period", String.valueOf(round.fiscalYear()), round.cutoffMonth());
    }

    @Override
    protected void closeRound(MonitoringRoundSummary round) {
        rounds.close(user, round.id(), round.fiscalYear());
    }

    @Override
    protected void cancelRound(MonitoringRoundSummary round) {
        rounds.cancel(user, round.id(), round.fiscalYear());
    }

    @Override
    protected List<Component> extraFields() {
        return List.of(cutoff);
    }

    /** 15 July of the year; a date the user chose keeps its day and month. */
    @Override
    protected LocalDate dueFor(int year, LocalDate shown) {
        return shown == null ? LocalDate.of(year, 7, 15) : shown.withYear(year);
    }

    @Override
    protected String open(List<Long> departmentIds) {
        MonitoringRoundSummary opened = rounds.open(user, year.getValue(), cutoff.getValue(), due.getValue(), departmentIds);
        return getTranslation("rounds.opened", String.valueOf(opened.fiscalYear()), opened.cutoffMonth());
    }

    @Override
    protected int inScope(List<Long> departmentIds) {
        return rounds.inScope(user, year.getValue(), cutoff.getValue(), due.getValue(), departmentIds);
    }

    @Override
    protected HasValidation fieldFor(String field) {
        return "cutoffMonth".equals(field) ? cutoff : super.fieldFor(field);
    }
}
