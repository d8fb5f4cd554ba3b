package org.jixiao.rounds.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.jixiao.rounds.RoundHeader;
import org.jixiao.rounds.RoundTables;
import org.jixiao.rounds.TargetRef;

/**
 * The SQL every kind of round shares, over the kind's own tables ({@link RoundTables}): its scope, its lease and
 * the anti-join that finds targets still without an item. One copy instead of one per kind.
 */
@Mapper
public interface RoundTableMapper {

    RoundHeader findHeader(@Param("t") RoundTables tables, @Param("id") Long id);

    void insertDepartment(@Param("t") RoundTables tables, @Param("roundId") Long roundId,
                          @Param("departmentId") Long departmentId);

    List<Long> findDepartmentIds(@Param("t") RoundTables tables, @Param("roundId") Long roundId);

    List<Long> findIdsByStatus(@Param("t") RoundTables tables, @Param("status") String status);

    /**
     * Takes the round's lease for {@code worker} if it is OPENING and unclaimed, expired, or already ours.
     * 1 when claimed, 0 when another worker holds a live lease (or the round is no longer OPENING).
     */
    int claim(@Param("t") RoundTables tables, @Param("id") Long id, @Param("worker") String worker,
              @Param("now") Instant now, @Param("leaseUntil") Instant leaseUntil);

    /** Extends our lease; 0 when the lease was lost. Also locks the round row until the transaction ends. */
    int renew(@Param("t") RoundTables tables, @Param("id") Long id, @Param("worker") String worker,
              @Param("leaseUntil") Instant leaseUntil);

    /** created_count := the number of item rows of the round. */
    int refreshCreatedCount(@Param("t") RoundTables tables, @Param("id") Long id);

    /** OPENING → OPEN by the lease holder; total becomes the final number of items; lease cleared. */
    int markOpen(@Param("t") RoundTables tables, @Param("id") Long id, @Param("worker") String worker);

    int release(@Param("t") RoundTables tables, @Param("id") Long id, @Param("worker") String worker);

    /** Approved targets of the year in the given units (a round's total when it opens). */
    int countApprovedTargets(@Param("fiscalYear") int fiscalYear, @Param("unitIds") Collection<Long> unitIds);

    /** The next approved targets in scope without an item in the round (per lineage), by id after {@code afterId}. */
    List<TargetRef> findTargetsWithoutItem(@Param("t") RoundTables tables, @Param("roundId") Long roundId,
                                           @Param("fiscalYear") int fiscalYear,
                                           @Param("unitIds") Collection<Long> unitIds,
                                           @Param("afterId") long afterId, @Param("limit") int limit);

    /** OPEN → CLOSED by finance (no more submissions): 1 for the one caller that closed it, else 0. */
    int close(@Param("t") RoundTables tables, @Param("id") Long id, @Param("closedBy") String closedBy,
              @Param("closedAt") Instant closedAt);

    /**
     * OPEN → CANCELLED while no item was ever handed in: 1 for the one caller that may now delete the round,
     * else 0 (the status stays until the round row is deleted in the same transaction).
     */
    int markCancelled(@Param("t") RoundTables tables, @Param("id") Long id);

    /** The ids of the round's items. */
    List<Long> findItemIds(@Param("t") RoundTables tables, @Param("roundId") Long roundId);

    /** Items of the round never handed in: those a cancel may delete. */
    int deleteUnsubmittedItems(@Param("t") RoundTables tables, @Param("roundId") Long roundId);

    int countItems(@Param("t") RoundTables tables, @Param("roundId") Long roundId);

    int deleteDepartments(@Param("t") RoundTables tables, @Param("roundId") Long roundId);

    int deleteRound(@Param("t") RoundTables tables, @Param("id") Long id);

    void insertCancelled(@Param("kind") String kind, @Param("round") RoundHeader round,
                         @Param("deletedItems") int deletedItems, @Param("by") String by, @Param("at") Instant at);

    /** The bureau of a cancelled round of the kind, null when the round was never cancelled. */
    Long findCancelledBureau(@Param("kind") String kind, @Param("roundId") Long roundId);
}
