package org.jixiao.monitoring;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jixiao.org.OrgDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates a round's reports in the background, one bounded chunk per transaction, until every approved
 * target in scope has exactly one report; then the round becomes OPEN.
 *
 * <p>Exactly-once: each chunk selects approved targets in scope <em>without</em> a report in the round
 * (anti-join, keyset by target id) and inserts their reports; {@code UNIQUE(round_id, target_id)} refuses
 * any second report, and a chunk that hits it (a racing worker) is rolled back and re-run, so its anti-join
 * skips what the other worker created. A crash loses at most the uncommitted chunk.
 *
 * <p>One worker per round: a worker first claims the round's lease ({@code worker}, {@code lease_until});
 * every chunk renews it in the chunk's own transaction (which also locks the round row), and stops when the
 * lease was lost. Another node may take over once the lease has expired. Clocks of the nodes are assumed to
 * agree to well within the lease duration.
 */
@Component
class RoundWorker implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(RoundWorker.class);
    private static final int DUPLICATE_RETRIES = 6;

    private final MonitoringRoundMapper rounds;
    private final MonitoringReportMapper reports;
    private final RoundScope scope;
    private final OrgDirectory directory;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final int chunkSize;
    private final Duration lease;
    private final String nodeId;
    private final ThreadPoolTaskExecutor executor;
    private final Set<Long> submitted = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    RoundWorker(MonitoringRoundMapper rounds, MonitoringReportMapper reports, RoundScope scope,
                OrgDirectory directory, TransactionTemplate transaction, ApplicationEventPublisher events,
                @Value("${jixiao.monitoring.chunk-size:500}") int chunkSize,
                @Value("${jixiao.monitoring.lease:PT2M}") Duration lease,
                @Value("${jixiao.monitoring.threads:2}") int threads) {
        this.rounds = rounds;
        this.reports = reports;
        this.scope = scope;
        this.directory = directory;
        this.transaction = transaction;
        this.events = events;
        this.chunkSize = chunkSize;
        this.lease = lease;
        this.nodeId = hostName() + "-" + UUID.randomUUID().toString().substring(0, 8);
        this.executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setQueueCapacity(1000);
        executor.setThreadNamePrefix("monitoring-round-");
        executor.initialize();
    }

    /** This node's worker id, as written into {@code monitoring_round.worker}. */
    String nodeId() {
        return nodeId;
    }

    /**
     * Queues the round on the bounded executor (at most once per round on this node at a time). A full
     * queue is not an error: the periodic resume picks the round up later.
     */
    void submit(Long roundId) {
        if (stopping || !submitted.add(roundId)) {
            return;
        }
        try {
            executor.execute(() -> {
                try {
                    work(roundId, nodeId, chunkSize);
                } catch (RuntimeException e) {
                    log.error("Monitoring round {}: creating reports failed; it is resumed after the lease expires",
                            roundId, e);
                } finally {
                    submitted.remove(roundId);
                }
            });
        } catch (TaskRejectedException e) {
            submitted.remove(roundId);
            log.warn("Monitoring round {}: worker queue full, left for the next resume", roundId);
        }
    }

    /**
     * Works the round to OPEN as {@code worker}. Returns true when the round is OPEN afterwards because of
     * this call, false when another worker holds the lease, the lease was lost, or this node is stopping.
     */
    boolean work(Long roundId, String worker, int size) {
        if (!claim(roundId, worker)) {
            return false;
        }
        MonitoringRound round = rounds.findById(roundId);
        Set<Long> units = scope.unitIds(round);
        Map<Long, Long> departments = directory.departmentsOf(units);
        long after = 0;
        while (!stopping) {
            Chunk chunk = chunk(round, worker, units, departments, after, size);
            if (chunk == null) {
                return false;
            }
            if (!chunk.reportIds().isEmpty()) {
                announce(new MonitoringReportsCreated(roundId, chunk.reportIds()));
            }
            if (chunk.lastTargetId() != null) {
                after = chunk.lastTargetId();
            } else if (after > 0) {
                after = 0; // one pass from the start catches targets approved with lower ids meanwhile
            } else {
                Boolean opened = finish(round, worker, units);
                if (opened != null) {
                    return opened;
                }
            }
        }
        rounds.release(roundId, worker);
        return false;
    }

    /** A committed chunk: the new report ids and the last target id looked at (null when none was left). */
    record Chunk(List<Long> reportIds, Long lastTargetId) {
    }

    /**
     * One chunk in one transaction: renew the lease, select up to {@code size} targets without a report
     * after {@code after}, insert their reports, refresh created_count. Null when the lease was lost.
     */
    Chunk chunk(MonitoringRound round, String worker, Set<Long> units, Map<Long, Long> departments, long after,
                int size) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> {
                    if (rounds.renew(round.getId(), worker, leaseEnd()) == 0) {
                        return null;
                    }
                    List<TargetRef> targets = units.isEmpty() ? List.of()
                            : rounds.findTargetsWithoutReport(round.getId(), round.getFiscalYear(), units, after, size);
                    if (targets.isEmpty()) {
                        return new Chunk(List.of(), null);
                    }
                    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
                    List<MonitoringReport> rows = new ArrayList<>(targets.size());
                    for (TargetRef target : targets) {
                        rows.add(newReport(round.getId(), target, departments.get(target.unitId()), now));
                    }
                    reports.insertAll(rows);
                    rounds.refreshCreatedCount(round.getId());
                    List<Long> ids = reports.findIdsByTargets(round.getId(), targets.stream().map(TargetRef::id).toList());
                    return new Chunk(ids, targets.get(targets.size() - 1).id());
                });
            } catch (DuplicateKeyException e) {
                if (attempt >= DUPLICATE_RETRIES) {
                    throw e;
                }
                log.info("Monitoring round {}: another writer created some of this chunk's reports; re-running it",
                        round.getId());
                pause(100L * attempt); // H2 refuses an uncommitted duplicate at once: let the other writer commit
            }
        }
    }

    /**
     * OPENING → OPEN if no target is left, in one transaction under the lease. True when opened, false
     * when the lease was lost, null when a target was approved meanwhile and needs its report first.
     */
    private Boolean finish(MonitoringRound round, String worker, Set<Long> units) {
        Boolean opened = transaction.execute(status -> {
            if (rounds.renew(round.getId(), worker, leaseEnd()) == 0) {
                return false;
            }
            if (!units.isEmpty()
                    && !rounds.findTargetsWithoutReport(round.getId(), round.getFiscalYear(), units, 0, 1).isEmpty()) {
                return null;
            }
            rounds.refreshCreatedCount(round.getId());
            return rounds.markOpen(round.getId(), worker) == 1;
        });
        if (opened == null) {
            return null;
        }
        if (opened) {
            MonitoringRound open = rounds.findById(round.getId());
            log.info("Monitoring round {} is open with {} reports", round.getId(), open.getTotal());
            announce(new MonitoringRoundOpened(round.getId(), open.getTotal()));
        }
        return opened;
    }

    private boolean claim(Long roundId, String worker) {
        Instant now = Instant.now();
        return rounds.claim(roundId, worker, now, now.plus(lease)) == 1;
    }

    private Instant leaseEnd() {
        return Instant.now().plus(lease);
    }

    /**
     * Publishes after the commit. A failing listener is logged and does not stop the round: the reports
     * exist either way, so whoever reacts (e.g. the process start) must be able to catch up by itself.
     */
    private void announce(Object event) {
        try {
            events.publishEvent(event);
        } catch (RuntimeException e) {
            log.error("A listener of {} failed; the reports stay created", event, e);
        }
    }

    static MonitoringReport newReport(Long roundId, TargetRef target, Long departmentId, Instant now) {
        MonitoringReport report = new MonitoringReport();
        report.setRoundId(roundId);
        report.setTargetId(target.id());
        report.setUnitId(target.unitId());
        report.setDepartmentId(departmentId);
        report.setStatus(ReportStatus.DRAFT);
        report.setCreatedAt(now);
        return report;
    }

    @Override
    public void destroy() {
        stopping = true;
        executor.shutdown();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while re-running a chunk", e);
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "node";
        }
    }
}
