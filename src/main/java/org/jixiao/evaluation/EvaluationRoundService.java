package org.jixiao.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jixiao.common.ConflictException;
import org.jixiao.common.FieldViolation;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.NotFoundException;
import org.jixiao.common.ValidationException;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgDirectory;
import org.jixiao.org.Role;
import org.jixiao.rounds.RoundCalendar;
import org.jixiao.rounds.RoundConflicts;
import org.jixiao.rounds.RoundOpenRules;
import org.jixiao.rounds.RoundScopes;
import org.jixiao.rounds.RoundWorker;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Evaluation rounds (自评轮次): the finance bureau opens one per fiscal year, and every approved target in scope gets
 * exactly one self-evaluation, created in the background by the shared round machinery. Rounds outside the
 * caller's scope are reported as not found.
 */
@Service
public class EvaluationRoundService {
    private final EvaluationRoundMapper rounds;
    private final SelfEvaluationMapper evaluations;
    private final EvaluationRounds kind;
    private final RoundScopes scopes;
    private final RoundWorker worker;
    private final OrgDirectory directory;
    private final TransactionTemplate transaction;
    private final RoundCalendar calendar;

    EvaluationRoundService(EvaluationRoundMapper rounds, SelfEvaluationMapper evaluations, EvaluationRounds kind,
                           RoundScopes scopes, RoundWorker worker, OrgDirectory directory,
                           TransactionTemplate transaction, RoundCalendar calendar) {
        this.calendar = calendar;
        this.rounds = rounds;
        this.evaluations = evaluations;
        this.kind = kind;
        this.scopes = scopes;
        this.worker = worker;
        this.directory = directory;
        this.transaction = transaction;
    }

    /**
     * Opens the year's round (FINANCE_REVIEWER only) and returns at once with the round OPENING.
     * {@code departmentIds} null means every department of the bureau.
     *
     * @throws ConflictException with property {@code roundId} when the bureau already has the year's round
     */
    public EvaluationRoundSummary open(CurrentUser user, Integer fiscalYear, LocalDate dueDate, List<Long> departmentIds) {
        return open(user, fiscalYear, dueDate, departmentIds, calendar.today());
    }

    /**
     * As {@link #open(CurrentUser, Integer, LocalDate, List)}, with the due date checked against {@code today}: the
     * API passes the bureau's today; loading history (the demo's 2024 round) passes its own date.
     */
    public EvaluationRoundSummary open(CurrentUser user, Integer fiscalYear, LocalDate dueDate, List<Long> departmentIds,
                                      LocalDate today) {
        if (!user.hasRole(Role.FINANCE_REVIEWER) || user.financeBureauId() == null) {
            throw new ForbiddenException("只有财政局审核人员可以发起自评轮次");
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (fiscalYear == null) {
            violations.add(new FieldViolation("fiscalYear", "请填写预算年度"));
        } else if (fiscalYear < 2000 || fiscalYear > 2100) {
            violations.add(new FieldViolation("fiscalYear", "预算年度须在 2000–2100 之间"));
        }
        if (dueDate == null) {
            violations.add(new FieldViolation("dueDate", "请填写自评报送截止日期"));
        }
        RoundOpenRules.dueDate(fiscalYear, dueDate, today, violations);
        List<Long> departments = scopes.departments(user, departmentIds, violations);
        if (!violations.isEmpty()) {
            throw new ValidationException("自评轮次信息有误", violations);
        }
        Set<Long> units = scopes.units(user.financeBureauId(), departments);
        int approved = units.isEmpty() ? 0 : rounds.countApprovedTargets(fiscalYear, units);
        FieldViolation empty = RoundOpenRules.emptyScope(fiscalYear, departments != null, approved);
        if (empty != null) {
            throw new ValidationException("自评轮次信息有误", List.of(empty));
        }
        EvaluationRound existing = rounds.findByKey(user.financeBureauId(), fiscalYear);
        if (existing != null) {
            throw exists(existing);
        }
        EvaluationRound round = new EvaluationRound();
        round.setFinanceOrgId(user.financeBureauId());
        round.setFiscalYear(fiscalYear);
        round.setDueDate(dueDate);
        round.setAllDepartments(departments == null);
        round.setDepartmentIds(departments == null ? new ArrayList<>() : departments);
        round.setStatus(EvaluationRoundStatus.OPENING);
        round.setOpenedBy(user.username());
        round.setOpenedAt(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        round.setTotal(approved);
        try {
            transaction.executeWithoutResult(status -> {
                rounds.insert(round);
                round.getDepartmentIds().forEach(d -> rounds.insertDepartment(round.getId(), d));
            });
        } catch (DuplicateKeyException e) {
            // the unique key (bureau, year) let another open win: name its round
            throw RoundConflicts.lost(() -> rounds.findByKey(user.financeBureauId(), fiscalYear),
                    EvaluationRoundService::exists, fiscalYear + " 年度的自评轮次");
        }
        worker.submitAfterCommit(kind, round.getId());
        return summary(round, null);
    }


    public EvaluationRoundSummary get(CurrentUser user, Long id) {
        EvaluationRound round = id == null ? null : rounds.findById(id);
        if (round == null) {
            throw notFound(id);
        }
        return visibleUnits(user, round).map(units -> summary(round, units.orElse(null)))
                .orElseThrow(() -> notFound(id));
    }

    /** Rounds of the caller's bureau that the caller may see, newest first, optionally of one fiscal year. */
    public List<EvaluationRoundSummary> list(CurrentUser user, Integer fiscalYear) {
        if (user.financeBureauId() == null) {
            return List.of();
        }
        List<EvaluationRoundSummary> result = new ArrayList<>();
        for (EvaluationRound round : rounds.findByFinance(user.financeBureauId(), fiscalYear)) {
            visibleUnits(user, round).ifPresent(units -> result.add(summary(round, units.orElse(null))));
        }
        return result;
    }

    /** Empty when out of scope; else the units the caller may count (an empty inner Optional = all). */
    Optional<Optional<Set<Long>>> visibleUnits(CurrentUser user, EvaluationRound round) {
        if (!round.getFinanceOrgId().equals(user.financeBureauId())) {
            return Optional.empty();
        }
        if (user.hasAnyRole(Role.FINANCE_REVIEWER, Role.ADMIN)) {
            return Optional.of(Optional.empty());
        }
        Set<Long> units = new HashSet<>(directory.scopeOf(user).unitIds());
        units.retainAll(kind.units(round));
        return units.isEmpty() ? Optional.empty() : Optional.of(Optional.of(units));
    }

    private EvaluationRoundSummary summary(EvaluationRound round, Set<Long> units) {
        boolean past = LocalDate.now().isAfter(round.getDueDate());
        EvaluationCounts c = evaluations.counts(round.getId(), units, SelfEvaluationStatus.SUBMITTED,
                SelfEvaluationStatus.WITH_UNIT, past);
        int total = units == null ? round.getTotal()
                : round.getStatus() == EvaluationRoundStatus.OPENING ? rounds.countApprovedTargets(round.getFiscalYear(), units)
                : c.getCreated();
        List<Long> departments = round.isAllDepartments() ? List.of() : rounds.findDepartmentIds(round.getId());
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
