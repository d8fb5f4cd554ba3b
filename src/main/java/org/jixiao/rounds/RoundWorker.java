package org.jixiao.rounds;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jixiao.rounds.internal.RoundTableMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates a round's items in the background, one bounded chunk per transaction, until every approved target in
 * scope has exactly one item; then the round becomes OPEN. Works for any {@link RoundKind}.
 *
 * <p>Exactly-once: each chunk selects approved targets in scope <em>without</em> an item in the round (anti-join,
 * keyset by target id) and inserts their items; the unique key on (round, target) refuses any second item, and a
 * chunk that hits it (a racing worker) is rolled back and re-run, so its anti-join skips what the other worker
 * created. Whatever must exist with an item (its process) is created in the chunk's transaction. A crash loses at
 * most the uncommitted chunk.
 *
 * <p>One worker per round: a worker first claims the round's lease; every chunk renews it in the chunk's own
 * transaction (which also locks the round row), and stops when the lease was lost. Another node may take over
 * once the lease has expired. Clocks of the nodes are assumed to agree to well within the lease duration.
 *
 * <p>Settings: {@code jixiao.rounds.chunk-size}, {@code .lease}, {@code .threads}; the former
 * {@code jixiao.monitoring.*} names of the same settings still work (they applied to every kind already).
 */
@Component
public class RoundWorker implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(RoundWorker.class);
    private static final int DUPLICATE_RETRIES = 6;

    private final TransactionTemplate transaction;
    private final RoundTableMapper tables;
    private final RoundScopes scopes;
    private final int chunkSize;
    private final Duration lease;
    private final String nodeId;
    private final ThreadPoolTaskExecutor executor;
    private final Set<String> submitted = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    RoundWorker(TransactionTemplate transaction, RoundTableMapper tables, RoundScopes scopes,
                @Value("${jixiao.rounds.chunk-size:${jixiao.monitoring.chunk-size:500}}") int chunkSize,
                @Value("${jixiao.rounds.lease:${jixiao.monitoring.lease:PT2M}}") Duration lease,
                @Value("${jixiao.rounds.threads:${jixiao.monitoring.threads:2}}") int threads,
                @Value("${jixiao.node-name:}") String nodeName) {
        this.transaction = transaction;
        this.tables = tables;
        this.scopes = scopes;
        this.chunkSize = chunkSize;
        this.lease = lease;
        // the configured node name (two nodes on one host) or the host name, plus a per-start suffix
        this.nodeId = (nodeName.isBlank() ? hostName() : nodeName) + "-" + UUID.randomUUID().toString().substring(0, 8);
        this.executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setQueueCapacity(1000);
        executor.setThreadNamePrefix("round-");
        executor.initialize();
    }

    /** This node's worker id, as written into the round's {@code worker} column. */
    public String nodeId() {
        return nodeId;
    }

    /**
     * Queues the round on the bounded executor (at most once per round on this node at a time). A full queue is
     * not an error: the periodic resume picks the round up later.
     */
    public void submit(RoundKind kind, Long roundId) {
        String key = kind.label() + ":" + roundId;
        if (stopping || !submitted.add(key)) {
            return;
        }
        try {
            executor.execute(() -> {
                try {
                    work(kind, roundId, nodeId, chunkSize);
                } catch (RuntimeException e) {
                    log.error("{} round {}: creating items failed; it is resumed after the lease expires",
                            kind.label(), roundId, e);
                } finally {
                    submitted.remove(key);
                }
            });
        } catch (TaskRejectedException e) {
            submitted.remove(key);
            log.warn("{} round {}: worker queue full, left for the next resume", kind.label(), roundId);
        }
    }

    /**
     * Queues the round once the caller's transaction has committed (the worker must see the round row), or at
     * once outside a transaction.
     */
    public void submitAfterCommit(RoundKind kind, Long roundId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    submit(kind, roundId);
                }
            });
        } else {
            submit(kind, roundId);
        }
    }

    /**
     * Works the round to OPEN as {@code worker}. Returns true when the round is OPEN afterwards because of this
     * call, false when another worker holds the lease, the lease was lost, or this node is stopping.
     */
    public boolean work(RoundKind kind, Long roundId, String worker, int size) {
        Instant now = Instant.now();
        if (tables.claim(kind.tables(), roundId, worker, now, now.plus(lease)) != 1) {
            return false;
        }
        RoundRef round = scopes.ref(kind.tables(), roundId);
        long after = 0;
        while (!stopping) {
            Chunk chunk = chunk(kind, round, worker, after, size);
            if (chunk == null) {
                return false;
            }
            if (!chunk.itemIds().isEmpty()) {
                announce(kind, roundId, () -> kind.chunkCreated(roundId, chunk.itemIds()));
            }
            if (chunk.lastTargetId() != null) {
                after = chunk.lastTargetId();
            } else if (after > 0) {
                after = 0; // one pass from the start catches targets approved with lower ids meanwhile
            } else {
                Boolean opened = finish(kind, round, worker);
                if (opened != null) {
                    return opened;
                }
            }
        }
        tables.release(kind.tables(), roundId, worker);
        return false;
    }

    /** A committed chunk: the new item ids and the last target id looked at (null when none was left). */
    public record Chunk(List<Long> itemIds, Long lastTargetId) {
    }

    /**
     * One chunk in one transaction: renew the lease, select up to {@code size} targets without an item after
     * {@code after}, create their items, refresh the created count. Null when the lease was lost.
     */
    public Chunk chunk(RoundKind kind, RoundRef round, String worker, long after, int size) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> {
                    if (tables.renew(kind.tables(), round.id(), worker, leaseEnd()) == 0) {
                        return null;
                    }
                    List<TargetRef> targets = round.unitIds().isEmpty() ? List.of()
                            : targetsWithoutItem(kind, round, after, size);
                    if (targets.isEmpty()) {
                        return new Chunk(List.of(), null);
                    }
                    List<Long> ids = kind.createItems(round, targets, Instant.now().truncatedTo(ChronoUnit.SECONDS));
                    tables.refreshCreatedCount(kind.tables(), round.id());
                    return new Chunk(ids, targets.get(targets.size() - 1).id());
                });
            } catch (DuplicateKeyException e) {
                if (attempt >= DUPLICATE_RETRIES) {
                    throw e;
                }
                log.info("{} round {}: another writer created some of this chunk's items; re-running it",
                        kind.label(), round.id());
                pause(100L * attempt); // H2 refuses an uncommitted duplicate at once: let the other writer commit
            }
        }
    }

    /**
     * OPENING → OPEN if no target is left, in one transaction under the lease. True when opened, false when the
     * lease was lost, null when a target was approved meanwhile and needs its item first.
     */
    private Boolean finish(RoundKind kind, RoundRef round, String worker) {
        Boolean opened = transaction.execute(status -> {
            if (tables.renew(kind.tables(), round.id(), worker, leaseEnd()) == 0) {
                return false;
            }
            if (!round.unitIds().isEmpty() && !targetsWithoutItem(kind, round, 0, 1).isEmpty()) {
                return null;
            }
            tables.refreshCreatedCount(kind.tables(), round.id());
            return tables.markOpen(kind.tables(), round.id(), worker) == 1;
        });
        if (Boolean.TRUE.equals(opened)) {
            log.info("{} round {} is open", kind.label(), round.id());
            announce(kind, round.id(), () -> kind.opened(round.id()));
        }
        return opened;
    }

    private List<TargetRef> targetsWithoutItem(RoundKind kind, RoundRef round, long after, int size) {
        return tables.findTargetsWithoutItem(kind.tables(), round.id(), round.fiscalYear(), round.unitIds(), after, size);
    }

    private Instant leaseEnd() {
        return Instant.now().plus(lease);
    }

    /** Runs a kind's after-commit callback; a failure is logged and does not stop the round. */
    private static void announce(RoundKind kind, Long roundId, Runnable callback) {
        try {
            callback.run();
        } catch (RuntimeException e) {
            log.error("{} round {}: a listener failed; the items stay created", kind.label(), roundId, e);
        }
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
