package org.jixiao.evaluation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;
import org.jixiao.evaluation.EvaluationRoundService;
import org.jixiao.evaluation.EvaluationRoundStatus;
import org.jixiao.evaluation.EvaluationRoundSummary;
import org.jixiao.evaluation.EvaluationSummaryService;
import org.jixiao.org.Role;
import org.jixiao.rounds.RoundCalendar;
import org.jixiao.rounds.ui.RoundListView;
import org.jixiao.ui.CountColumns;
import org.jixiao.security.CurrentUserProvider;

/**
 * 绩效自评: finance opens the year's round here; everyone sees the rounds that concern them with their progress,
 * each leading to its summary. The screen itself is the shared {@link RoundListView}.
 */
@Route("evaluation/rounds")
@PermitAll
class EvaluationRoundsView extends RoundListView<EvaluationRoundSummary> {
    /** Where a round's row leads: its summary, by id. */
    static final String SUMMARY_ROUTE = "evaluation/rounds/";

    private final EvaluationRoundService rounds;

    public EvaluationRoundsView(EvaluationRoundService rounds, EvaluationSummaryService summaries,
                                CurrentUserProvider currentUser, RoundCalendar calendar) {
        super(currentUser.require(), "eval-round", "evalRounds", SUMMARY_ROUTE);
        this.rounds = rounds;
        // year-end evaluation looks back on the year just ended while its usual due date (31 March) is ahead; after
        // that, on the year now ending (a round is due today or later)
        LocalDate today = calendar.today();
        build(user.hasRole(Role.FINANCE_REVIEWER) ? summaries.departments(user) : List.of(),
                LocalDate.of(today.getYear(), 3, 31).isBefore(today) ? today.getYear() : today.getYear() - 1);
    }

    @Override
    protected void columns(Grid<EvaluationRoundSummary> grid) {
        grid.addColumn(r -> String.valueOf(r.fiscalYear())).setHeader(getTranslation("rounds.year")).setFlexGrow(1);
        grid.addColumn(r -> getTranslation("evalRounds.status." + r.status().name()))
                .setHeader(getTranslation("dashboard.status")).setAutoWidth(true).setFlexGrow(0);
        CountColumns.add(grid, r -> r.created() + " / " + r.total(), getTranslation("rounds.progress"));
        CountColumns.add(grid, EvaluationRoundSummary::submitted, getTranslation("rounds.submitted"));
        CountColumns.add(grid, EvaluationRoundSummary::approved, getTranslation("rounds.approved"));
        CountColumns.add(grid, EvaluationRoundSummary::overdue, getTranslation("rounds.overdue"));
        grid.addColumn(r -> String.valueOf(r.dueDate())).setHeader(getTranslation("evalRounds.due")).setAutoWidth(true)
                .setFlexGrow(0);
    }

    @Override
    protected List<EvaluationRoundSummary> rounds() {
        return rounds.list(user, null);
    }

    @Override
    protected Long id(EvaluationRoundSummary round) {
        return round.id();
    }

    @Override
    protected boolean opening(EvaluationRoundSummary round) {
        return round.status() == EvaluationRoundStatus.OPENING;
    }

    @Override
    protected boolean isOpen(EvaluationRoundSummary round) {
        return round.status() == EvaluationRoundStatus.OPEN;
    }

    @Override
    protected int submitted(EvaluationRoundSummary round) {
        return round.submitted() + round.approved();
    }

    @Override
    protected String label(EvaluationRoundSummary round) {
        return getTranslation("evalRounds.label", String.valueOf(round.fiscalYear()));
    }

    @Override
    protected void closeRound(EvaluationRoundSummary round) {
        rounds.close(user, round.id(), round.fiscalYear());
    }

    @Override
    protected void cancelRound(EvaluationRoundSummary round) {
        rounds.cancel(user, round.id(), round.fiscalYear());
    }

    /** 31 March after the fiscal year. */
    @Override
    protected LocalDate dueFor(int year, LocalDate shown) {
        return LocalDate.of(year + 1, 3, 31);
    }

    @Override
    protected int inScope(List<Long> departmentIds) {
        return rounds.inScope(user, year.getValue(), due.getValue(), departmentIds);
    }

    @Override
    protected String open(List<Long> departmentIds) {
        EvaluationRoundSummary opened = rounds.open(user, year.getValue(), due.getValue(), departmentIds);
        return getTranslation("evalRounds.opened", String.valueOf(opened.fiscalYear()));
    }
}
