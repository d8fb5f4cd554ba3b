package org.jixiao.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jixiao.common.ConflictException;
import org.jixiao.common.NotFoundException;
import org.jixiao.evaluation.internal.EvaluationCounts;
import org.jixiao.evaluation.internal.EvaluationRound;
import org.jixiao.evaluation.internal.EvaluationRoundMapper;
import org.jixiao.evaluation.internal.EvaluationRounds;
import org.jixiao.evaluation.internal.SelfEvaluationMapper;
import org.jixiao.org.CurrentUser;
import org.jixiao.rounds.RoundLifecycle;
import org.jixiao.rounds.RoundOpening;
import org.jixiao.rounds.RoundScopes;
import org.jixiao.rounds.RoundScopes.Visible;
import org.springframework.stereotype.Service;

/**
 * Evaluation rounds (自评轮次): the finance bureau opens one per fiscal year, and every approved target in scope gets
 * exactly one self-evaluation, created in the background by the shared round lifecycle ({@link RoundOpening},
 * {@link EvaluationRounds}). Rounds outside the caller's scope are reported as not found.
 */
@Service
public class EvaluationRoundService {
    private final EvaluationRoundMapper rounds;
    private final SelfEvaluationMapper evaluations;
    private final EvaluationRounds kind;
    private final RoundOpening opening;
    private final RoundScopes scopes;
    private final RoundLifecycle lifecycle;

    EvaluationRoundService(EvaluationRoundMapper rounds, SelfEvaluationMapper evaluations, EvaluationRounds kind,
                           RoundOpening opening, RoundScopes scopes, RoundLifecycle lifecycle) {
        this.lifecycle = lifecycle;
        this.rounds = rounds;
        this.evaluations = evaluations;
        this.kind = kind;
        this.opening = opening;
        this.scopes = scopes;
    }

    /**
     * Opens the year's round (FINANCE_REVIEWER only) and returns at once with the round OPENING.
     * {@code departmentIds} null means every department of the bureau.
     *
     * @throws ConflictException with property {@code roundId} when the bureau already has the year's round
     */
    public EvaluationRoundSummary open(CurrentUser user, Integer fiscalYear, LocalDate dueDate, List<Long> departmentIds) {
        return open(user, fiscalYear, dueDate, departmentIds, opening.today());
    }

    /**
     * As {@link #open(CurrentUser, Integer, LocalDate, List)}, with the due date checked against {@code today}: the
     * API passes the bureau's today; loading history (the demo's 2024 round) passes its own date.
     */
    public EvaluationRoundSummary open(CurrentUser user, Integer fiscalYear, LocalDate dueDate, List<Long> departmentIds,
                                       LocalDate today) {
        RoundOpening.Checked checked = check(user, fiscalYear, dueDate, departmentIds, today);
        EvaluationRound round = new EvaluationRound();
        round.setFinanceOrgId(user.financeBureauId());
        round.setFiscalYear(fiscalYear);
        round.setDueDate(dueDate);
        round.setAllDepartments(checked.departments() == null);
        round.setDepartmentIds(checked.departments() == null ? new ArrayList<>() : checked.departments());
        round.setStatus(EvaluationRoundStatus.OPENING);
        round.setOpenedBy(user.username());
        round.setOpenedAt(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        round.setTotal(checked.approved());
        opening.insert(kind, () -> {
            rounds.insert(round);
            return round.getId();
        }, checked.departments(), () -> rounds.findByKey(user.financeBureauId(), fiscalYear),
                EvaluationRoundService::exists, fiscalYear + " 年度的自评轮次");
        return summary(round, Visible.ALL);
    }

    /**
     * What opening would do, without opening: the number of approved targets in scope, i.e. the self-evaluations the
     * round would create, after the same checks as {@link #open} (so the screen can say how many before it opens).
     */
    public int inScope(CurrentUser user, Integer fiscalYear, LocalDate dueDate, List<Long> departmentIds) {
        return check(user, fiscalYear, dueDate, departmentIds, opening.today()).approved();
    }

    private RoundOpening.Checked check(CurrentUser user, Integer fiscalYear, LocalDate dueDate,
                                       List<Long> departmentIds, LocalDate today) {
        RoundOpening.Checked checked = opening.check(user, "自评轮次", "自评报送截止日期", fiscalYear, dueDate,
                departmentIds, today, new ArrayList<>());
        EvaluationRound existing = rounds.findByKey(user.financeBureauId(), fiscalYear);
        if (existing != null) {
            throw exists(existing);
        }
        return checked;
    }

    /** Finance ends the round early (issue 12 §5): no more filling or submissions; reviews go on. Once: 409 after. */
    public EvaluationRoundSummary close(CurrentUser user, Long id, Integer fiscalYear) {
        visibleOrCancelled(user, id);
        lifecycle.close(user, kind, id, fiscalYear, "自评轮次");
        return get(user, id);
    }

    /** Finance withdraws a round no unit has submitted to: the round, its self-evaluations and processes go. */
    /** 404 when unknown or out of scope; 409 when the caller's bureau cancelled it. */
    private void visibleOrCancelled(CurrentUser user, Long id) {
        try {
            get(user, id);
        } catch (NotFoundException gone) {
            lifecycle.refuseIfCancelled(user, kind, id, "自评轮次");
            throw gone;
        }
    }

    public int cancel(CurrentUser user, Long id, Integer fiscalYear) {
        visibleOrCancelled(user, id);
        return lifecycle.cancel(user, kind, id, fiscalYear, "自评轮次");
    }

    public EvaluationRoundSummary get(CurrentUser user, Long id) {
        EvaluationRound round = id == null ? null : rounds.findById(id);
        if (round == null) {
            throw notFound(id);
        }
        return visible(user, round).map(units -> summary(round, units)).orElseThrow(() -> notFound(id));
    }

    /** Rounds of the caller's bureau that the caller may see, newest first, optionally of one fiscal year. */
    public List<EvaluationRoundSummary> list(CurrentUser user, Integer fiscalYear) {
        if (user.financeBureauId() == null) {
            return List.of();
        }
        List<EvaluationRoundSummary> result = new ArrayList<>();
        for (EvaluationRound round : rounds.findByFinance(user.financeBureauId(), fiscalYear)) {
            visible(user, round).ifPresent(units -> result.add(summary(round, units)));
        }
        return result;
    }

    /** Empty when out of scope; else the units the caller may count (an empty inner Optional = all). */
    Optional<Optional<Set<Long>>> visibleUnits(CurrentUser user, EvaluationRound round) {
        return visible(user, round).map(v -> Optional.ofNullable(v.units()));
    }

    private Optional<Visible> visible(CurrentUser user, EvaluationRound round) {
        return scopes.visible(user, EvaluationRounds.TABLES, round.header());
    }

    private EvaluationRoundSummary summary(EvaluationRound round, Visible visible) {
        Set<Long> units = visible.units();
        // overdue: still with the unit after the due date, by the bureau's calendar
        boolean past = opening.today().isAfter(round.getDueDate());
        EvaluationCounts c = evaluations.counts(round.getId(), units, SelfEvaluationStatus.SUBMITTED,
                SelfEvaluationStatus.WITH_UNIT, past);
        int total = scopes.total(round.header(), visible, c.getCreated());
        List<Long> departments = scopes.departmentsShown(EvaluationRounds.TABLES, round.header());
        return new EvaluationRoundSummary(round.getId(), round.getFiscalYear(), round.getDueDate(),
                round.isAllDepartments(), departments, round.getStatus(), total, c.getCreated(), c.getSubmitted(),
                c.getApproved(), c.getOverdue(),
                new EvaluationRoundSummary.Grades(c.getExcellent(), c.getGood(), c.getFair(), c.getPoor()));
    }

    private static ConflictException exists(EvaluationRound round) {
        return new ConflictException(round.getFiscalYear() + " 年度的自评轮次已发起（轮次编号 " + round.getId() + "）",
                Map.of("roundId", round.getId()));
    }

    private static NotFoundException notFound(Long id) {
        return new NotFoundException("自评轮次 " + id + " 不存在");
    }
}
