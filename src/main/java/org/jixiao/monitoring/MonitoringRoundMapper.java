package org.jixiao.monitoring;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.jixiao.rounds.TargetRef;

@Mapper
public interface MonitoringRoundMapper {

    void insert(MonitoringRound round);

    void insertDepartment(@Param("roundId") Long roundId, @Param("departmentId") Long departmentId);

    MonitoringRound findById(@Param("id") Long id);

    List<Long> findDepartmentIds(@Param("roundId") Long roundId);

    /** The round of a bureau, year and cut-off month (the unique key), or null. */
    MonitoringRound findByKey(@Param("financeOrgId") Long financeOrgId, @Param("fiscalYear") int fiscalYear,
                              @Param("cutoffMonth") int cutoffMonth);

    List<MonitoringRound> findByFinance(@Param("financeOrgId") Long financeOrgId,
                                        @Param("fiscalYear") Integer fiscalYear);

    List<Long> findIdsByStatus(@Param("status") RoundStatus status);

    /**
     * Takes the round's lease for {@code worker} if it is OPENING and unclaimed, expired, or already ours.
     * 1 when claimed, 0 when another worker holds a live lease (or the round is no longer OPENING).
     */
    int claim(@Param("id") Long id, @Param("worker") String worker, @Param("now") Instant now,
              @Param("leaseUntil") Instant leaseUntil);

    /** Extends our lease; 0 when the lease was lost. Also locks the round row until the transaction ends. */
    int renew(@Param("id") Long id, @Param("worker") String worker, @Param("leaseUntil") Instant leaseUntil);

    /** created_count := the number of report rows of the round. */
    int refreshCreatedCount(@Param("id") Long id);

    /** OPENING → OPEN by the lease holder; total becomes the final number of reports; lease cleared. */
    int markOpen(@Param("id") Long id, @Param("worker") String worker);

    int release(@Param("id") Long id, @Param("worker") String worker);

    /** OPEN → CLOSED once every report of the round is approved; returns the rows changed. */
    int closeIfAllApproved(@Param("id") Long id);

    /** Approved targets of the year in the given units (the round's total when it opens). */
    int countApprovedTargets(@Param("fiscalYear") int fiscalYear, @Param("unitIds") Collection<Long> unitIds);

    /** The next approved targets in scope without a report in the round, by id after {@code afterId}. */
    List<TargetRef> findTargetsWithoutReport(@Param("roundId") Long roundId, @Param("fiscalYear") int fiscalYear,
                                             @Param("unitIds") Collection<Long> unitIds,
                                             @Param("afterId") long afterId, @Param("limit") int limit);
}
