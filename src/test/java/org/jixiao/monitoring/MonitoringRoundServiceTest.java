package org.jixiao.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jixiao.common.ConflictException;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.NotFoundException;
import org.jixiao.common.ValidationException;
import org.jixiao.monitoring.internal.MonitoringReport;
import org.jixiao.monitoring.internal.MonitoringReportMapper;
import org.jixiao.monitoring.internal.MonitoringRound;
import org.jixiao.monitoring.internal.MonitoringRoundMapper;
import org.jixiao.monitoring.internal.MonitoringRounds;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgDirectory;
import org.jixiao.rounds.RoundScopes;
import org.jixiao.rounds.internal.RoundTableMapper;
import org.jixiao.rounds.TargetRef;
import org.jixiao.rounds.RoundResumer;
import org.jixiao.rounds.RoundWorker;
import org.jixiao.support.IntegrationTest;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.targets.internal.TargetMapper;
import org.jixiao.targets.TargetStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opening rounds and creating exactly one report per approved target in scope: duplicates, concurrent
 * opens, chunking, a crash half-way, racing workers. Each test uses its own fiscal year (2040s).
 */
@IntegrationTest
@RecordApplicationEvents
class MonitoringRoundServiceTest {
    private static final Duration WAIT = Duration.ofSeconds(90);

    @Autowired
    MonitoringRoundService service;
    @Autowired
    RoundWorker worker;
    @Autowired
    RoundResumer resumer;
    @Autowired
    MonitoringRounds kind;
    @Autowired
    MonitoringRoundMapper rounds;
    @Autowired
    RoundTableMapper tables;
    @Autowired
    RoundScopes scopes;
    @Autowired
    MonitoringReportMapper reports;
    @Autowired
    TargetMapper targetMapper;
    @Autowired
    OrgDirectory directory;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationEvents events;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;

    MonitoringFixtures fixtures;
    CurrentUser finance;

    @BeforeEach
    void setUp() {
        fixtures = new MonitoringFixtures(targetMapper, rounds, directory, transaction);
        finance = fixtures.user("finance");
    }

    private MonitoringRoundSummary awaitOpen(Long id) {
        return MonitoringFixtures.await(() -> service.get(finance, id), r -> r.status() == MonitoringRoundStatus.OPEN, WAIT);
    }

    /** Asserts one report per expected target and nothing else; returns the reports by target. */
    private Map<Long, MonitoringReport> assertExactlyOnePerTarget(Long roundId, Set<Long> expectedTargets) {
        List<MonitoringReport> rows = reports.findByRound(roundId);
        List<Long> targetIds = rows.stream().map(MonitoringReport::getTargetId).toList();
        assertThat(targetIds).doesNotHaveDuplicates();
        assertThat(new HashSet<>(targetIds)).isEqualTo(expectedTargets);
        return rows.stream().collect(Collectors.toMap(MonitoringReport::getTargetId, r -> r));
    }

    /** Every report of the round has exactly one review process, started with it (business key = report id). */
    private void assertOneProcessPerReport(Long roundId) {
        Set<String> reportKeys = reports.findByRound(roundId).stream().map(r -> String.valueOf(r.getId()))
                .collect(Collectors.toSet());
        List<String> processKeys = runtime.createProcessInstanceQuery().processDefinitionKey("MonitoringReportProcess")
                .list().stream().map(org.camunda.bpm.engine.runtime.ProcessInstance::getBusinessKey)
                .filter(reportKeys::contains).toList();
        assertThat(processKeys).doesNotHaveDuplicates();
        assertThat(new HashSet<>(processKeys)).isEqualTo(reportKeys);
    }

    private Set<Long> approvedDemoTargets(int year, String... unitCodes) {
        Set<Long> units = Stream.of(unitCodes).map(fixtures::unit).collect(Collectors.toSet());
        return targetMapper.findInScope(units, year, TargetStatus.APPROVED).stream()
                .map(PerformanceTarget::getId).collect(Collectors.toSet());
    }

    @Test
    void opensOverTheDemoTargetsOfAllDepartments() {
        Set<Long> expected = new HashSet<>();
        for (var unit : directory.unitsUnder(finance.financeBureauId())) {
            targetMapper.findInScope(Set.of(unit), 2024, TargetStatus.APPROVED).forEach(t -> expected.add(t.getId()));
        }
        assertThat(approvedDemoTargets(2024, "450001")).as("demo data: 乐亭 has approved 2024 targets").isNotEmpty();

        MonitoringRoundSummary opened = service.open(finance, 2024, 5, LocalDate.of(2024, 6, 10), null, LocalDate.of(2024, 6, 1));
        assertThat(opened.total()).isEqualTo(expected.size());
        assertThat(opened.allDepartments()).isTrue();

        MonitoringRoundSummary open = awaitOpen(opened.id());
        assertThat(open.total()).isEqualTo(expected.size());
        assertThat(open.created()).isEqualTo(expected.size());
        assertThat(open.submitted()).isZero();
        assertThat(open.lights()).isEqualTo(new MonitoringRoundSummary.Lights(0, 0, 0, 0));
        Map<Long, MonitoringReport> byTarget = assertExactlyOnePerTarget(opened.id(), expected);
        Long letingDept = fixtures.departmentOf("450001");
        assertThat(byTarget.values()).allSatisfy(r -> {
            assertThat(r.getStatus()).isEqualTo(ReportStatus.DRAFT);
            assertThat(r.getUnitId()).isEqualTo(fixtures.unit("450001"));
            assertThat(r.getDepartmentId()).isEqualTo(letingDept);
        });
    }

    @Test
    void aDepartmentListLimitsTheRoundToItsUnits() {
        Set<Long> korla = approvedDemoTargets(2021, "460001");
        assertThat(korla).as("demo data: 库尔勒's 2021 target is approved").isNotEmpty();
        MonitoringRoundSummary opened = service.open(finance, 2021, 6, LocalDate.of(2021, 7, 15),
                List.of(fixtures.departmentOf("460001")), LocalDate.of(2021, 7, 1));
        assertThat(opened.departmentIds()).containsExactly(fixtures.departmentOf("460001"));
        awaitOpen(opened.id());
        assertExactlyOnePerTarget(opened.id(), korla);

        List<Long> leting = fixtures.targets("450001", 2042, 30, TargetStatus.APPROVED);
        List<Long> korla2042 = fixtures.targets("460001", 2042, 20, TargetStatus.APPROVED);
        MonitoringRoundSummary letingOnly = service.open(finance, 2042, 6, LocalDate.of(2042, 7, 15),
                List.of(fixtures.departmentOf("450001")));
        assertThat(letingOnly.total()).isEqualTo(30);
        assertThat(awaitOpen(letingOnly.id()).created()).isEqualTo(30);
        assertExactlyOnePerTarget(letingOnly.id(), new HashSet<>(leting));
        assertThat(korla2042).isNotEmpty();

        assertThat(service.get(fixtures.user("dept"), letingOnly.id()).created()).isEqualTo(30);
        assertThat(service.get(fixtures.user("staff"), letingOnly.id()).total()).isEqualTo(30);
        assertThatThrownBy(() -> service.get(fixtures.user("dept2"), letingOnly.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.get(fixtures.user("staff2"), letingOnly.id()))
                .isInstanceOf(NotFoundException.class);
        assertThat(service.list(fixtures.user("dept2"), 2042)).isEmpty();
        assertThat(service.list(finance, 2042)).extracting(MonitoringRoundSummary::id).containsExactly(letingOnly.id());
    }

    @Test
    void chunkedCreationOverMoreTargetsThanOneChunk() {
        Set<Long> expected = new HashSet<>();
        expected.addAll(fixtures.targets("450001", 2041, 700, TargetStatus.APPROVED));
        expected.addAll(fixtures.targets("460001", 2041, 500, TargetStatus.APPROVED));
        fixtures.targets("450001", 2041, 15, TargetStatus.DRAFT);
        fixtures.targets("460001", 2041, 15, TargetStatus.FINANCE_REVIEW);
        fixtures.targets("450001", 2040, 10, TargetStatus.APPROVED);

        MonitoringRoundSummary opened = service.open(finance, 2041, 6, LocalDate.of(2041, 7, 15), null);
        assertThat(opened.status()).isEqualTo(MonitoringRoundStatus.OPENING);
        assertThat(opened.total()).isEqualTo(1200);

        MonitoringRoundSummary open = awaitOpen(opened.id());
        assertThat(open.total()).isEqualTo(1200);
        assertThat(open.created()).isEqualTo(1200);
        assertThat(rounds.findById(opened.id()).getCreatedCount()).isEqualTo(1200);
        assertThat(rounds.findById(opened.id()).getWorker()).as("lease released").isNull();
        assertExactlyOnePerTarget(opened.id(), expected);
    }

    @Test
    void openingTheSameRoundTwiceAnswersConflictWithTheExistingId() {
        fixtures.targets("450001", 2043, 3, TargetStatus.APPROVED);
        MonitoringRoundSummary first = service.open(finance, 2043, 6, LocalDate.of(2043, 7, 15), null);

        assertThatThrownBy(() -> service.open(finance, 2043, 6, LocalDate.of(2043, 8, 1), null))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.properties()).containsEntry("roundId", first.id()));
        assertThat(service.open(finance, 2043, 7, LocalDate.of(2043, 8, 15), null).id()).isNotEqualTo(first.id());
    }

    @Test
    void concurrentOpensMakeExactlyOneRound() throws Exception {
        fixtures.targets("450001", 2044, 50, TargetStatus.APPROVED);
        CyclicBarrier start = new CyclicBarrier(2);
        Callable<Long> open = () -> {
            start.await();
            try {
                return service.open(finance, 2044, 6, LocalDate.of(2044, 7, 15), null).id();
            } catch (ConflictException e) {
                return -(Long) e.properties().get("roundId");
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Long> a = pool.submit(open);
            Future<Long> b = pool.submit(open);
            long x = a.get();
            long y = b.get();
            assertThat(Math.min(x, y)).as("one conflict").isNegative();
            assertThat(Math.max(x, y)).as("one success").isPositive();
            assertThat(Math.abs(x)).as("the conflict names the winner").isEqualTo(Math.abs(y));
        } finally {
            pool.shutdownNow();
        }
        assertThat(service.list(finance, 2044)).hasSize(1);
        awaitOpen(service.list(finance, 2044).get(0).id());
        assertThat(reports.findByRound(service.list(finance, 2044).get(0).id())).hasSize(50);
    }

    @Test
    void resumesAHalfDoneRoundOnceTheCrashedWorkersLeaseExpires() {
        List<Long> targets = fixtures.targets("460001", 2045, 450, TargetStatus.APPROVED);
        MonitoringRound crashed = fixtures.openingRound(finance.financeBureauId(), 2045, 6, 450, "dead-node",
                Instant.now().plusSeconds(3600));
        Instant now = Instant.now();
        Long korla = fixtures.unit("460001");
        reports.insertAll(targets.subList(0, 170).stream()
                .map(id -> MonitoringRounds.newReport(crashed.getId(), new TargetRef(id, korla), null, now)).toList());

        assertThat(worker.work(kind, crashed.getId(), "node-b", 100)).as("the dead node's lease is still live").isFalse();
        assertThat(reports.findByRound(crashed.getId())).hasSize(170);

        tables.claim(MonitoringRounds.TABLES, crashed.getId(), "dead-node", now, now.minusSeconds(60)); // the lease runs out
        assertThat(resumer.resumeAll()).isGreaterThanOrEqualTo(1);

        MonitoringRoundSummary open = awaitOpen(crashed.getId());
        assertThat(open.created()).isEqualTo(450);
        assertThat(open.total()).isEqualTo(450);
        assertExactlyOnePerTarget(crashed.getId(), new HashSet<>(targets));
    }

    @Test
    void twoThreadsRacingThroughChunksOfOneRoundCreateEachReportOnce() throws Exception {
        List<Long> targets = fixtures.targets("450001", 2046, 700, TargetStatus.APPROVED);
        MonitoringRound round = fixtures.openingRound(finance.financeBureauId(), 2046, 6, 700, "w",
                Instant.now().plusSeconds(3600));
        CyclicBarrier start = new CyclicBarrier(2);
        Callable<Integer> racer = () -> {
            start.await();
            int created = 0;
            while (true) {
                // both always start from the lowest target without a report: maximal overlap
                RoundWorker.Chunk chunk = worker.chunk(kind, scopes.ref(MonitoringRounds.TABLES, round.getId()), "w", 0, 50);
                if (chunk.lastTargetId() == null) {
                    return created;
                }
                created += chunk.itemIds().size();
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = pool.submit(racer);
            Future<Integer> b = pool.submit(racer);
            assertThat(a.get() + b.get()).isEqualTo(700);
        } finally {
            pool.shutdownNow();
        }
        assertThat(worker.work(kind, round.getId(), "w", 100)).isTrue();
        assertThat(service.get(finance, round.getId()).created()).isEqualTo(700);
        assertExactlyOnePerTarget(round.getId(), new HashSet<>(targets));
        assertOneProcessPerReport(round.getId());
    }

    @Test
    void aChunkThatCollidesWithAnUncommittedReportOfAnotherTransactionIsReRun() throws Exception {
        List<Long> targets = fixtures.targets("450001", 2055, 20, TargetStatus.APPROVED);
        MonitoringRound round = fixtures.openingRound(finance.financeBureauId(), 2055, 6, 20, "w",
                Instant.now().plusSeconds(3600));
        Long leting = fixtures.unit("450001");
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // another writer that does not go through the round's lease: report of target 5, not yet committed
            Future<?> other = pool.submit(() -> transaction.executeWithoutResult(tx -> {
                reports.insertAll(List.of(MonitoringRounds.newReport(round.getId(), new TargetRef(targets.get(5), leting),
                        null, Instant.now())));
                inserted.countDown();
                try {
                    commit.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            inserted.await();
            Future<RoundWorker.Chunk> chunk = pool.submit(() -> worker.chunk(kind, scopes.ref(MonitoringRounds.TABLES, round.getId()), "w", 0, 50));
            Thread.sleep(300); // the chunk's insert now waits on the uncommitted duplicate
            commit.countDown();
            other.get();
            assertThat(chunk.get().itemIds()).as("re-run without the other's target").hasSize(19);
        } finally {
            commit.countDown();
            pool.shutdownNow();
        }
        assertExactlyOnePerTarget(round.getId(), new HashSet<>(targets));
    }

    @Test
    void twoNodesWorkingTheSameRoundLeaveOneReportPerTarget() throws Exception {
        List<Long> targets = fixtures.targets("460001", 2047, 600, TargetStatus.APPROVED);
        MonitoringRound round = fixtures.openingRound(finance.financeBureauId(), 2047, 6, 600, "setup",
                Instant.now().plusSeconds(3600));
        Instant now = Instant.now();
        tables.claim(MonitoringRounds.TABLES, round.getId(), "setup", now, now.minusSeconds(1));
        CyclicBarrier start = new CyclicBarrier(2);
        List<Callable<Boolean>> nodes = new ArrayList<>();
        for (String node : List.of("node-a", "node-b")) {
            nodes.add(() -> {
                start.await();
                return worker.work(kind, round.getId(), node, 100);
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> results = pool.invokeAll(nodes);
            assertThat(results.get(0).get() ^ results.get(1).get()).as("exactly one node opened it").isTrue();
        } finally {
            pool.shutdownNow();
        }
        assertThat(service.get(finance, round.getId()).status()).isEqualTo(MonitoringRoundStatus.OPEN);
        assertExactlyOnePerTarget(round.getId(), new HashSet<>(targets));
        assertOneProcessPerReport(round.getId());
    }

    @Test
    void eachCommittedChunkIsAnnouncedWithItsReportIds() {
        List<Long> targets = fixtures.targets("450001", 2048, 25, TargetStatus.APPROVED);
        MonitoringRound round = fixtures.openingRound(finance.financeBureauId(), 2048, 6, 25, null, null);

        assertThat(worker.work(kind, round.getId(), "events", 10)).isTrue();

        List<MonitoringReportsCreated> chunks = events.stream(MonitoringReportsCreated.class)
                .filter(e -> e.roundId().equals(round.getId())).toList();
        assertThat(chunks).extracting(c -> c.reportIds().size()).containsExactly(10, 10, 5);
        Set<Long> announced = chunks.stream().flatMap(c -> c.reportIds().stream()).collect(Collectors.toSet());
        assertThat(announced).isEqualTo(reports.findByRound(round.getId()).stream()
                .map(MonitoringReport::getId).collect(Collectors.toSet()));
        assertThat(events.stream(MonitoringRoundOpened.class).filter(e -> e.roundId().equals(round.getId())))
                .containsExactly(new MonitoringRoundOpened(round.getId(), 25));
        assertThat(targets).hasSize(25);
    }

    @Test
    void onlyFinanceOpensAndInputIsChecked() {
        assertThatThrownBy(() -> service.open(fixtures.user("dept"), 2049, 6, LocalDate.of(2049, 7, 1), null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.open(fixtures.user("admin"), 2049, 6, LocalDate.of(2049, 7, 1), null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.open(finance, 2049, 12, null, List.of(fixtures.unit("450001"), -5L)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field())
                        .containsExactlyInAnyOrder("cutoffMonth", "dueDate", "departmentIds[0]", "departmentIds[1]"));
        assertThatThrownBy(() -> service.open(finance, 2049, 0, LocalDate.of(2049, 7, 1), List.of()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactlyInAnyOrder("cutoffMonth", "departmentIds"));
        assertThat(service.list(finance, 2049)).isEmpty();
        assertThatThrownBy(() -> service.get(finance, 999_999L)).isInstanceOf(NotFoundException.class);
    }
}
