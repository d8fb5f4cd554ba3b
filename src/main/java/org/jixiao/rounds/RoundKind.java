package org.jixiao.rounds;

import java.time.Instant;
import java.util.List;

/**
 * One kind of round over its own tables. The round row carries the lease ({@code worker}, {@code lease_until}); the
 * item table has a unique key on (round, target), which is the database's guarantee of exactly-once.
 */
public interface RoundKind {

    /** For logs and the worker's bookkeeping, e.g. {@code 监控}. */
    String label();

    /** The round as the worker needs it, or null when it does not exist. */
    RoundRef find(Long roundId);

    /** Rounds whose items are still being created. */
    List<Long> openingRoundIds();

    /** Takes the lease if the round is OPENING and unclaimed, expired or already ours; 1 when claimed. */
    int claim(Long roundId, String worker, Instant now, Instant leaseUntil);

    /** Extends our lease and locks the round row until the transaction ends; 0 when the lease was lost. */
    int renew(Long roundId, String worker, Instant leaseUntil);

    void release(Long roundId, String worker);

    /** The next approved targets in scope without an item in the round, by id after {@code afterTargetId}. */
    List<TargetRef> targetsWithoutItem(RoundRef round, long afterTargetId, int limit);

    /**
     * Inserts one item per target in one statement (failing as a whole on a duplicate) and whatever must exist
     * with it, such as its process; returns the new items' ids. Runs in the chunk's transaction.
     */
    List<Long> createItems(RoundRef round, List<TargetRef> targets, Instant now);

    /** The round's created count := its number of items. */
    void refreshCreatedCount(Long roundId);

    /** OPENING → OPEN by the lease holder (total := items, lease cleared); 1 when done. */
    int markOpen(Long roundId, String worker);

    /** After a chunk committed. A failure here is logged and does not stop the round. */
    default void chunkCreated(Long roundId, List<Long> itemIds) {
    }

    /** After the round turned OPEN. A failure here is logged. */
    default void opened(Long roundId) {
    }
}
