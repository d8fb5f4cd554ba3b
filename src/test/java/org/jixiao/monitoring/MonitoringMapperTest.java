package org.jixiao.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.jixiao.monitoring.internal.MonitoringReport;
import org.jixiao.monitoring.internal.MonitoringReportMapper;
import org.jixiao.monitoring.internal.MonitoringRound;
import org.jixiao.monitoring.internal.MonitoringRoundMapper;
import org.jixiao.monitoring.internal.MonitoringRounds;
import org.jixiao.monitoring.internal.ReportCounts;
import org.jixiao.org.OrgDirectory;
import org.jixiao.rounds.internal.RoundTableMapper;
import org.jixiao.rounds.TargetRef;
import org.jixiao.support.IntegrationTest;
import org.jixiao.targets.internal.TargetMapper;
import org.jixiao.targets.TargetStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The monitoring SQL against the database of the run (H2, or MariaDB/MySQL with -Dtest.db=mysql). */
@IntegrationTest
@Transactional
class MonitoringMapperTest {

    @Autowired
    MonitoringRoundMapper rounds;
    @Autowired
    RoundTableMapper tables;
    @Autowired
    MonitoringReportMapper reports;
    @Autowired
    TargetMapper targetMapper;
    @Autowired
    OrgDirectory directory;
    @Autowired
    TransactionTemplate transaction;

    MonitoringFixtures fixtures;
    Long finance;
    Long leting;

    @BeforeEach
    void setUp() {
        fixtures = new MonitoringFixtures(targetMapper, rounds, directory, transaction);
        finance = fixtures.user("finance").financeBureauId();
        leting = fixtures.unit("450001");
    }

    @Test
    void roundRoundTripsWithDepartmentsAndIsUniquePerBureauYearAndCutoff() {
        MonitoringRound round = fixtures.openingRound(finance, 2060, 6, 3, null, null);
        tables.insertDepartment(MonitoringRounds.TABLES, round.getId(), fixtures.departmentOf("450001"));

        MonitoringRound read = rounds.findById(round.getId());
        assertThat(read).usingRecursiveComparison().ignoringFields("departmentIds").isEqualTo(round);
        assertThat(read.getDueDate()).isEqualTo(LocalDate.of(2060, 7, 15));
        assertThat(tables.findDepartmentIds(MonitoringRounds.TABLES, round.getId())).containsExactly(fixtures.departmentOf("450001"));
        assertThat(rounds.findByKey(finance, 2060, 6).getId()).isEqualTo(round.getId());
        assertThat(rounds.findByKey(finance, 2060, 7)).isNull();
        assertThat(rounds.findByFinance(finance, 2060)).extracting(MonitoringRound::getId).containsExactly(round.getId());
        assertThat(tables.findIdsByStatus(MonitoringRounds.TABLES, "OPENING")).contains(round.getId());

        assertThatThrownBy(() -> fixtures.openingRound(finance, 2060, 6, 0, null, null))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void cutoffMonthOutsideOneToElevenIsRefusedByTheDatabase() {
        assertThatThrownBy(() -> fixtures.openingRound(finance, 2060, 12, 0, null, null))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void leaseIsClaimedOnlyWhenFreeExpiredOrOwn() {
        Instant now = Instant.now();
        MonitoringRound round = fixtures.openingRound(finance, 2061, 6, 0, null, null);

        assertThat(tables.claim(MonitoringRounds.TABLES, round.getId(), "a", now, now.plusSeconds(60))).as("free").isEqualTo(1);
        assertThat(tables.claim(MonitoringRounds.TABLES, round.getId(), "b", now, now.plusSeconds(60))).as("held by a").isZero();
        assertThat(tables.claim(MonitoringRounds.TABLES, round.getId(), "a", now, now.plusSeconds(120))).as("own lease").isEqualTo(1);
        assertThat(tables.renew(MonitoringRounds.TABLES, round.getId(), "b", now.plusSeconds(60))).isZero();
        assertThat(tables.renew(MonitoringRounds.TABLES, round.getId(), "a", now.plusSeconds(60))).isEqualTo(1);
        assertThat(tables.claim(MonitoringRounds.TABLES, round.getId(), "b", now.plusSeconds(61), now.plusSeconds(120)))
                .as("expired").isEqualTo(1);
        assertThat(rounds.findById(round.getId()).getWorker()).isEqualTo("b");
        assertThat(tables.markOpen(MonitoringRounds.TABLES, round.getId(), "a")).as("only the holder opens").isZero();
        assertThat(tables.markOpen(MonitoringRounds.TABLES, round.getId(), "b")).isEqualTo(1);
        MonitoringRound open = rounds.findById(round.getId());
        assertThat(open.getStatus()).isEqualTo(MonitoringRoundStatus.OPEN);
        assertThat(open.getWorker()).isNull();
        assertThat(open.getLeaseUntil()).isNull();
        assertThat(tables.claim(MonitoringRounds.TABLES, round.getId(), "c", now, now.plusSeconds(60))).as("not OPENING").isZero();
    }

    @Test
    void antiJoinSkipsTargetsWithAReportAndPagesByTargetId() {
        List<Long> approved = fixtures.targets("450001", 2062, 5, TargetStatus.APPROVED);
        fixtures.targets("450001", 2062, 2, TargetStatus.DRAFT);
        MonitoringRound round = fixtures.openingRound(finance, 2062, 6, 5, null, null);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Set<Long> units = Set.of(leting);

        assertThat(tables.countApprovedTargets(2062, units)).isEqualTo(5);
        reports.insertAll(List.of(MonitoringRounds.newReport(round.getId(), new TargetRef(approved.get(1), leting), 7L, now)));

        assertThat(tables.findTargetsWithoutItem(MonitoringRounds.TABLES, round.getId(), 2062, units, 0, 10)).extracting(TargetRef::id)
                .containsExactly(approved.get(0), approved.get(2), approved.get(3), approved.get(4));
        assertThat(tables.findTargetsWithoutItem(MonitoringRounds.TABLES, round.getId(), 2062, units, approved.get(2), 1))
                .containsExactly(new TargetRef(approved.get(3), leting));
        assertThat(tables.findTargetsWithoutItem(MonitoringRounds.TABLES, round.getId(), 2062, Set.of(fixtures.unit("460001")), 0, 10)).isEmpty();

        tables.refreshCreatedCount(MonitoringRounds.TABLES, round.getId());
        assertThat(rounds.findById(round.getId()).getCreatedCount()).isEqualTo(1);
    }

    @Test
    void aSecondReportForTheSameTargetAndRoundIsRefused() {
        List<Long> approved = fixtures.targets("450001", 2063, 2, TargetStatus.APPROVED);
        MonitoringRound round = fixtures.openingRound(finance, 2063, 6, 2, null, null);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        reports.insertAll(List.of(MonitoringRounds.newReport(round.getId(), new TargetRef(approved.get(0), leting), null, now)));

        assertThatThrownBy(() -> reports.insertAll(List.of(
                MonitoringRounds.newReport(round.getId(), new TargetRef(approved.get(1), leting), null, now),
                MonitoringRounds.newReport(round.getId(), new TargetRef(approved.get(0), leting), null, now))))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void reportRowsAndProgressCounts() {
        List<Long> approved = fixtures.targets("450001", 2064, 3, TargetStatus.APPROVED);
        MonitoringRound round = fixtures.openingRound(finance, 2064, 6, 3, null, null);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Long dept = fixtures.departmentOf("450001");
        reports.insertAll(approved.stream()
                .map(id -> MonitoringRounds.newReport(round.getId(), new TargetRef(id, leting), dept, now)).toList());

        List<MonitoringReport> rows = reports.findByRound(round.getId());
        assertThat(rows).extracting(MonitoringReport::getTargetId).containsExactlyElementsOf(approved);
        MonitoringReport first = reports.findById(rows.get(0).getId());
        assertThat(first.getStatus()).isEqualTo(ReportStatus.DRAFT);
        assertThat(first.getUnitId()).isEqualTo(leting);
        assertThat(first.getDepartmentId()).isEqualTo(dept);
        assertThat(first.isOverdue()).isFalse();
        assertThat(first.getExpectedCarryOver()).isNull();
        assertThat(first.getCreatedAt()).isEqualTo(now);
        assertThat(reports.findIdsByTargets(round.getId(), approved.subList(0, 2))).hasSize(2);

        ReportCounts counts = reports.counts(round.getId(), null, ReportStatus.SUBMITTED);
        assertThat(counts.getCreated()).isEqualTo(3);
        assertThat(counts.getSubmitted()).isZero();
        assertThat(counts.getRed()).isZero();
        assertThat(reports.counts(round.getId(), Set.of(fixtures.unit("460001")), ReportStatus.SUBMITTED).getCreated())
                .isZero();
        assertThat(reports.counts(round.getId(), Set.of(), ReportStatus.SUBMITTED).getCreated()).isZero();
        assertThat(reports.countInUnits(round.getId(), Set.of(leting))).isEqualTo(3);
    }
}
