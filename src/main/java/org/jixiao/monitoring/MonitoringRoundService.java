package org.jixiao.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jixiao.common.ConflictException;
import org.jixiao.common.FieldViolation;
import org.jixiao.common.NotFoundException;
import org.jixiao.monitoring.internal.MonitoringReportMapper;
import org.jixiao.monitoring.internal.MonitoringRound;
import org.jixiao.monitoring.internal.MonitoringRoundMapper;
import org.jixiao.monitoring.internal.MonitoringRounds;
import org.jixiao.monitoring.internal.ReportCounts;
import org.jixiao.org.CurrentUser;
import org.jixiao.rounds.RoundLifecycle;
import org.jixiao.rounds.RoundOpening;
import org.jixiao.rounds.RoundScopes;
import org.jixiao.rounds.RoundScopes.Visible;
import org.springframework.stereotype.Service;

/**
 * Monitoring rounds (监控轮次): the finance bureau opens one per fiscal year and cut-off month, and every approved
 * target in scope gets exactly one report, created in the background by the shared round lifecycle
 * ({@link RoundOpening}, {@link MonitoringRounds}). Rounds outside the caller's scope are reported as not found.
 */
@Service
public class MonitoringRoundService {
    private final MonitoringRoundMapper rounds;
    private final MonitoringReportMapper reports;
    private final MonitoringRounds kind;
    private final RoundOpening opening;
    private final RoundScopes scopes;
    private final RoundLifecycle lifecycle;

    MonitoringRoundService(MonitoringRoundMapper rounds, MonitoringReportMapper reports, MonitoringRounds kind,
                           RoundOpening opening, RoundScopes scopes, RoundLifecycle lifecycle) {
        this.lifecycle = lifecycle;
        this.rounds = rounds;
        this.reports = reports;
        this.kind = kind;
        this.opening = opening;
        this.scopes = scopes;
    }

    /**
     * Opens a round (FINANCE_REVIEWER only) and returns at once with the round OPENING; reports are
     * created in the background. {@code departmentIds} null means every department of the bureau.
     *
     * @throws ConflictException with property {@code roundId} when the bureau already has this round
     */
    public MonitoringRoundSummary open(CurrentUser user, Integer fiscalYear, Integer cutoffMonth, LocalDate dueDate,
                             List<Long> departmentIds) {
        return open(user, fiscalYear, cutoffMonth, dueDate, departmentIds, opening.today());
    }

    /**
     * As {@link #open(CurrentUser, Integer, Integer, LocalDate, List)}, with the due date checked against
     * {@code today}: the API passes the bureau's today; loading history (the demo's 2024 round) passes its own date.
     */
    public MonitoringRoundSummary open(CurrentUser user, Integer fiscalYear, Integer cutoffMonth, LocalDate dueDate,
                             List<Long> departmentIds, LocalDate today) {
        RoundOpening.Checked checked = check(user, fiscalYear, cutoffMonth, dueDate, departmentIds, today);
        MonitoringRound round = new MonitoringRound();
        round.setFinanceOrgId(user.financeBureauId());
        round.setFiscalYear(fiscalYear);
        round.setCutoffMonth(cutoffMonth);
        round.setDueDate(dueDate);
        round.setAllDepartments(checked.departments() == null);
        round.setDepartmentIds(checked.departments() == null ? new ArrayList<>() : checked.departments());
        round.setStatus(MonitoringRoundStatus.OPENING);
        round.setOpenedBy(user.username());
        round.setOpenedAt(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        round.setTotal(checked.approved());
        opening.insert(kind, () -> {
            rounds.insert(round);
            return round.getId();
        }, checked.departments(),
                () -> rounds.findByKey(user.financeBureauId(), fiscalYear, cutoffMonth),
                MonitoringRoundService::exists, fiscalYear + " 年截至 " + cutoffMonth + " 月的监控轮次");
        return summary(round, Visible.ALL);
    }

    /**
     * What opening would do, without opening: the number of approved targets in scope, i.e. the reports the round
     * would create, after the same checks as {@link #open} (so the screen can say "将为 N 个项目生成监控报告").
     */
    public int inScope(CurrentUser user, Integer fiscalYear, Integer cutoffMonth, LocalDate dueDate,
                       List<Long> departmentIds) {
        return check(user, fiscalYear, cutoffMonth, dueDate, departmentIds, opening.today()).approved();
    }

    private RoundOpening.Checked check(CurrentUser user, Integer fiscalYear, Integer cutoffMonth, LocalDate dueDate,
                                       List<Long> departmentIds, LocalDate today) {
        List<FieldViolation> violations = new ArrayList<>();
        if (cutoffMonth == null) {
            violations.add(new FieldViolation("cutoffMonth", "请填写监控截止月份"));
        } else if (cutoffMonth < 1 || cutoffMonth > 11) {
            violations.add(new FieldViolation("cutoffMonth", "监控截止月份须在 1–11 月之间"));
        }
        RoundOpening.Checked checked = opening.check(user, "监控轮次", "报送截止日期", fiscalYear, dueDate,
                departmentIds, today, violations);
        MonitoringRound existing = rounds.findByKey(user.financeBureauId(), fiscalYear, cutoffMonth);
        if (existing != null) {
            throw exists(existing);
        }
        return checked;
    }

    public MonitoringRoundSummary get(CurrentUser user, Long id) {
        MonitoringRound round = id == null ? null : rounds.findById(id);
        if (round == null) {
            throw notFound(id);
        }
        return visible(user, round).map(units -> summary(round, units)).orElseThrow(() -> notFound(id));
    }

    /**
     * Finance ends the round early (issue 12 §5): no more filling or submissions; reviews go on. Once: 409 after.
     */
    public MonitoringRoundSummary close(CurrentUser user, Long id, Integer fiscalYear) {
        visibleOrCancelled(user, id);
        lifecycle.close(user, kind, id, fiscalYear, "监控轮次");
        return get(user, id);
    }

    /** Finance withdraws a round no unit has submitted to: the round, its reports and their processes are deleted. */
    /** 404 when unknown or out of scope; 409 when the caller's bureau cancelled it. */
    private void visibleOrCancelled(CurrentUser user, Long id) {
        try {
            get(user, id);
        } catch (NotFoundException gone) {
            lifecycle.refuseIfCancelled(user, kind, id, "监控轮次");
            throw gone;
        }
    }

    public int cancel(CurrentUser user, Long id, Integer fiscalYear) {
        visibleOrCancelled(user, id);
        return lifecycle.cancel(user, kind, id, fiscalYear, "监控轮次");
    }

    /** Rounds of the caller's bureau that the caller may see, newest first, optionally of one fiscal year. */
    public List<MonitoringRoundSummary> list(CurrentUser user, Integer fiscalYear) {
        if (user.financeBureauId() == null) {
            return List.of();
        }
        List<MonitoringRoundSummary> result = new ArrayList<>();
        for (MonitoringRound round : rounds.findByFinance(user.financeBureauId(), fiscalYear)) {
            visible(user, round).ifPresent(units -> result.add(summary(round, units)));
        }
        return result;
    }

    /** The units of the round the caller may count, or empty when the round is outside the caller's scope. */
    private Optional<Visible> visible(CurrentUser user, MonitoringRound round) {
        return scopes.visible(user, MonitoringRounds.TABLES, round.header());
    }

    private MonitoringRoundSummary summary(MonitoringRound round, Visible visible) {
        Set<Long> filter = visible.units();
        ReportCounts counts = reports.counts(round.getId(), filter, ReportStatus.SUBMITTED);
        int total = scopes.total(round.header(), visible, counts.getCreated());
        List<Long> departments = scopes.departmentsShown(MonitoringRounds.TABLES, round.header());
        return new MonitoringRoundSummary(round.getId(), round.getFiscalYear(), round.getCutoffMonth(), round.getDueDate(),
                round.isAllDepartments(), departments, round.getStatus(), total, counts.getCreated(),
                counts.getSubmitted(), counts.getApproved(), counts.getOverdue(),
                new MonitoringRoundSummary.Lights(counts.getRed(), counts.getYellow(), counts.getGreen(), counts.getBlue()));
    }

    private static ConflictException exists(MonitoringRound round) {
        return new ConflictException(round.getFiscalYear() + " 年截至 " + round.getCutoffMonth()
                + " 月的监控轮次已发起（轮次编号 " + round.getId() + "）", Map.of("roundId", round.getId()));
    }

    private static NotFoundException notFound(Long id) {
        return new NotFoundException("监控轮次 " + id + " 不存在");
    }
}
