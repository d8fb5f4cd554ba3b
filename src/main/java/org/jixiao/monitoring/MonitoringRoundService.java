package org.jixiao.monitoring;

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
 * Monitoring rounds (监控轮次): the finance bureau opens one per fiscal year and cut-off month, and every
 * approved target in scope gets exactly one report, created in the background by the shared round machinery ({@link RoundWorker}, {@link MonitoringRounds}).
 * Rounds outside the caller's scope are reported as not found.
 */
@Service
public class MonitoringRoundService {
    private final MonitoringRoundMapper rounds;
    private final MonitoringReportMapper reports;
    private final RoundScope scope;
    private final RoundWorker worker;
    private final MonitoringRounds kind;
    private final OrgDirectory directory;
    private final TransactionTemplate transaction;
    private final ReportWorkflow workflow;
    private final RoundScopes scopes;
    private final RoundCalendar calendar;

    MonitoringRoundService(MonitoringRoundMapper rounds, MonitoringReportMapper reports, RoundScope scope,
                           RoundWorker worker, MonitoringRounds kind, OrgDirectory directory,
                           TransactionTemplate transaction, ReportWorkflow workflow, RoundScopes scopes,
                           RoundCalendar calendar) {
        this.scopes = scopes;
        this.calendar = calendar;
        this.rounds = rounds;
        this.reports = reports;
        this.scope = scope;
        this.worker = worker;
        this.kind = kind;
        this.directory = directory;
        this.transaction = transaction;
        this.workflow = workflow;
    }

    /**
     * Opens a round (FINANCE_REVIEWER only) and returns at once with the round OPENING; reports are
     * created in the background. {@code departmentIds} null means every department of the bureau.
     *
     * @throws ConflictException with property {@code roundId} when the bureau already has this round
     */
    public RoundSummary open(CurrentUser user, Integer fiscalYear, Integer cutoffMonth, LocalDate dueDate,
                             List<Long> departmentIds) {
        return open(user, fiscalYear, cutoffMonth, dueDate, departmentIds, calendar.today());
    }

    /**
     * As {@link #open(CurrentUser, Integer, Integer, LocalDate, List)}, with the due date checked against
     * {@code today}: the API passes the bureau's today; loading history (the demo's 2024 round) passes its own date.
     */
    public RoundSummary open(CurrentUser user, Integer fiscalYear, Integer cutoffMonth, LocalDate dueDate,
                             List<Long> departmentIds, LocalDate today) {
        if (!user.hasRole(Role.FINANCE_REVIEWER) || user.financeBureauId() == null) {
            throw new ForbiddenException("只有财政局审核人员可以发起监控轮次");
        }
        List<FieldViolation> violations = new ArrayList<>();
        List<Long> departments = validate(user, fiscalYear, cutoffMonth, dueDate, departmentIds, today, violations);
        Set<Long> units = scopes.units(user.financeBureauId(), departments);
        int approved = units.isEmpty() ? 0 : rounds.countApprovedTargets(fiscalYear, units);
        Optional.ofNullable(RoundOpenRules.emptyScope(fiscalYear, departments != null, approved))
                .ifPresent(violations::add);
        if (!violations.isEmpty()) {
            throw new ValidationException("监控轮次信息有误", violations);
        }
        MonitoringRound existing = rounds.findByKey(user.financeBureauId(), fiscalYear, cutoffMonth);
        if (existing != null) {
            throw exists(existing);
        }
        MonitoringRound round = new MonitoringRound();
        round.setFinanceOrgId(user.financeBureauId());
        round.setFiscalYear(fiscalYear);
        round.setCutoffMonth(cutoffMonth);
        round.setDueDate(dueDate);
        round.setAllDepartments(departments == null);
        round.setDepartmentIds(departments == null ? new ArrayList<>() : departments);
        round.setStatus(RoundStatus.OPENING);
        round.setOpenedBy(user.username());
        round.setOpenedAt(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        round.setTotal(approved);
        try {
            transaction.executeWithoutResult(status -> {
                rounds.insert(round);
                for (Long departmentId : round.getDepartmentIds()) {
                    rounds.insertDepartment(round.getId(), departmentId);
                }
                workflow.startRoundSchedule(round.getId());
            });
        } catch (DuplicateKeyException e) {
            // the unique key (bureau, year, cut-off month) let another open win: name its round
            throw RoundConflicts.lost(() -> rounds.findByKey(user.financeBureauId(), fiscalYear, cutoffMonth),
                    MonitoringRoundService::exists, fiscalYear + " 年截至 " + cutoffMonth + " 月的监控轮次");
        }
        worker.submitAfterCommit(kind, round.getId());
        return summary(round, new Visible(null));
    }

    public RoundSummary get(CurrentUser user, Long id) {
        MonitoringRound round = id == null ? null : rounds.findById(id);
        if (round == null) {
            throw notFound(id);
        }
        return visibleUnits(user, round).map(units -> summary(round, units)).orElseThrow(() -> notFound(id));
    }

    /** Rounds of the caller's bureau that the caller may see, newest first, optionally of one fiscal year. */
    public List<RoundSummary> list(CurrentUser user, Integer fiscalYear) {
        if (user.financeBureauId() == null) {
            return List.of();
        }
        List<RoundSummary> result = new ArrayList<>();
        for (MonitoringRound round : rounds.findByFinance(user.financeBureauId(), fiscalYear)) {
            visibleUnits(user, round).ifPresent(units -> result.add(summary(round, units)));
        }
        return result;
    }

    /**
     * Empty when the round is outside the caller's scope; else the units whose reports the caller may
     * count (null = the whole round, for finance and admin).
     */
    private Optional<Visible> visibleUnits(CurrentUser user, MonitoringRound round) {
        if (!round.getFinanceOrgId().equals(user.financeBureauId())) {
            return Optional.empty();
        }
        if (user.hasAnyRole(Role.FINANCE_REVIEWER, Role.ADMIN)) {
            return Optional.of(new Visible(null));
        }
        Set<Long> units = new HashSet<>(directory.scopeOf(user).unitIds());
        units.retainAll(scope.unitIds(round));
        return units.isEmpty() ? Optional.empty() : Optional.of(new Visible(units));
    }

    /** The units of a round the caller may count; {@code units} null means all of them. */
    private record Visible(Set<Long> units) {
    }

    private RoundSummary summary(MonitoringRound round, Visible visible) {
        Set<Long> filter = visible == null ? null : visible.units();
        ReportCounts counts = reports.counts(round.getId(), filter, ReportStatus.SUBMITTED);
        int total = filter == null ? round.getTotal()
                : round.getStatus() == RoundStatus.OPENING
                ? rounds.countApprovedTargets(round.getFiscalYear(), filter) : counts.getCreated();
        List<Long> departments = round.isAllDepartments() ? List.of() : rounds.findDepartmentIds(round.getId());
        return new RoundSummary(round.getId(), round.getFiscalYear(), round.getCutoffMonth(), round.getDueDate(),
                round.isAllDepartments(), departments, round.getStatus(), total, counts.getCreated(),
                counts.getSubmitted(), counts.getApproved(), counts.getOverdue(),
                new RoundSummary.Lights(counts.getRed(), counts.getYellow(), counts.getGreen(), counts.getBlue()));
    }

    private List<Long> validate(CurrentUser user, Integer fiscalYear, Integer cutoffMonth, LocalDate dueDate,
                                List<Long> departmentIds, LocalDate today, List<FieldViolation> violations) {
        if (fiscalYear == null) {
            violations.add(new FieldViolation("fiscalYear", "请填写预算年度"));
        } else if (fiscalYear < 2000 || fiscalYear > 2100) {
            violations.add(new FieldViolation("fiscalYear", "预算年度须在 2000–2100 之间"));
        }
        if (cutoffMonth == null) {
            violations.add(new FieldViolation("cutoffMonth", "请填写监控截止月份"));
        } else if (cutoffMonth < 1 || cutoffMonth > 11) {
            violations.add(new FieldViolation("cutoffMonth", "监控截止月份须在 1–11 月之间"));
        }
        if (dueDate == null) {
            violations.add(new FieldViolation("dueDate", "请填写报送截止日期"));
        }
        RoundOpenRules.dueDate(fiscalYear, dueDate, today, violations);
        List<Long> departments = scopes.departments(user, departmentIds, violations);
        if (!violations.isEmpty()) {
            throw new ValidationException("监控轮次信息有误", violations);
        }
        return departments;
    }

    private static ConflictException exists(MonitoringRound round) {
        return new ConflictException(round.getFiscalYear() + " 年截至 " + round.getCutoffMonth()
                + " 月的监控轮次已发起（轮次编号 " + round.getId() + "）", Map.of("roundId", round.getId()));
    }

    private static NotFoundException notFound(Long id) {
        return new NotFoundException("监控轮次 " + id + " 不存在");
    }
}
