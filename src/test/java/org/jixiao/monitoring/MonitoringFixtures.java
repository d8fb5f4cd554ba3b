package org.jixiao.monitoring;

import java.math.BigDecimal;
import org.jixiao.monitoring.internal.MonitoringRound;
import org.jixiao.monitoring.internal.MonitoringRoundMapper;
import org.jixiao.support.RoundFixtures;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgDirectory;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.targets.TargetKind;
import org.jixiao.targets.internal.TargetMapper;
import org.jixiao.targets.TargetStatus;
import org.springframework.transaction.support.TransactionTemplate;

/** Volume data written straight through the mappers (no approval process), and small waiting helpers. */
final class MonitoringFixtures {
    private final TargetMapper targets;
    private final MonitoringRoundMapper rounds;
    private final OrgDirectory directory;
    private final TransactionTemplate transaction;

    MonitoringFixtures(TargetMapper targets, MonitoringRoundMapper rounds, OrgDirectory directory,
                       TransactionTemplate transaction) {
        this.targets = targets;
        this.rounds = rounds;
        this.directory = directory;
        this.transaction = transaction;
    }

    Long unit(String code) {
        return directory.unitByCode(code).orElseThrow().getId();
    }

    Long departmentOf(String unitCode) {
        return directory.unitByCode(unitCode).orElseThrow().getParentId();
    }

    CurrentUser user(String username) {
        return directory.currentUser(username).orElseThrow();
    }

    /** Inserts {@code count} targets of the unit and year with the given status; returns their ids. */
    List<Long> targets(String unitCode, int year, int count, TargetStatus status) {
        Long unitId = unit(unitCode);
        return transaction.execute(tx -> {
            List<Long> ids = new ArrayList<>(count);
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            for (int i = 0; i < count; i++) {
                PerformanceTarget t = new PerformanceTarget();
                t.setKind(TargetKind.PROJECT);
                t.setFiscalYear(year);
                t.setUnitId(unitId);
                t.setName("监控批量目标 " + year + "-" + unitCode + "-" + i);
                t.setFiscalFunds(new BigDecimal("10.00"));
                t.setStatus(status);
                t.setCreatedBy("fixture");
                t.setCreatedAt(now);
                t.setUpdatedAt(now);
                targets.insert(t);
                ids.add(t.getId());
            }
            return ids;
        });
    }

    /** A round row as a crashed node would have left it: OPENING, possibly leased. */
    MonitoringRound openingRound(Long financeOrgId, int year, int cutoff, int total, String worker,
                                 Instant leaseUntil) {
        MonitoringRound round = new MonitoringRound();
        round.setFinanceOrgId(financeOrgId);
        round.setFiscalYear(year);
        round.setCutoffMonth(cutoff);
        round.setDueDate(LocalDate.of(year, Math.min(cutoff + 1, 12), 15));
        round.setAllDepartments(true);
        round.setStatus(MonitoringRoundStatus.OPENING);
        round.setTotal(total);
        round.setOpenedBy("finance");
        round.setOpenedAt(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        round.setWorker(worker);
        round.setLeaseUntil(leaseUntil == null ? null : leaseUntil.truncatedTo(ChronoUnit.SECONDS));
        rounds.insert(round);
        return round;
    }

    static <T> T await(Supplier<T> probe, java.util.function.Predicate<T> done, Duration timeout) {
        return RoundFixtures.awaitValue(probe, done, timeout, "monitoring fixture state");
    }
}
