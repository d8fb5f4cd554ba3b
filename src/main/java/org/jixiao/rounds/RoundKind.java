package org.jixiao.rounds;

import java.time.Instant;
import java.util.List;

/**
 * One kind of round over its own tables. Everything the kinds share — scope, lease, the anti-join that finds targets
 * without an item, opening and counting — runs on {@link #tables()} through {@link RoundTableMapper}; a kind adds
 * only how its items are made. The round row carries the lease ({@code worker}, {@code lease_until}); the item table
 * has a unique key on (round, target), which is the database's guarantee of exactly-once.
 *
 * <p>A new kind of round is one implementation of this interface plus its tables (round, department, item).
 */
public interface RoundKind {

    /** For logs and the worker's bookkeeping, e.g. {@code Monitoring}. */
    String label();

    /** The kind's round, department and item tables. */
    RoundTables tables();

    /**
     * Inserts one item per target in one statement (failing as a whole on a duplicate) and whatever must exist
     * with it, such as its process; returns the new items' ids. Runs in the chunk's transaction.
     */
    List<Long> createItems(RoundRef round, List<TargetRef> targets, Instant now);

    /**
     * Before the due date: reminds the units still holding items of the round (recorded in each item's history).
     * Returns how many items. Run by the round's deadline process.
     */
    int remindUnsubmitted(Long roundId);

    /** After the due date: marks the items still with their units overdue (recorded likewise). Returns how many. */
    int markOverdue(Long roundId);

    /**
     * The process every item runs, its business key the item's id ({@code MonitoringReportProcess}); a cancelled
     * round's items end theirs.
     */
    String itemProcessKey();

    /**
     * Cancelling a round: deletes the rows that hang on the round's items (e.g. their indicator rows), before the
     * shared lifecycle deletes the items themselves. Runs in the cancel's transaction.
     */
    void deleteItemDetails(Long roundId);

    /** After a chunk committed. A failure here is logged and does not stop the round. */
    default void chunkCreated(Long roundId, List<Long> itemIds) {
    }

    /** After the round turned OPEN. A failure here is logged. */
    default void opened(Long roundId) {
    }
}
