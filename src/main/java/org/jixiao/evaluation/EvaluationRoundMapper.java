package org.jixiao.evaluation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.jixiao.rounds.TargetRef;

@Mapper
public interface EvaluationRoundMapper {

    void insert(EvaluationRound round);

    void insertDepartment(@Param("roundId") Long roundId, @Param("departmentId") Long departmentId);

    EvaluationRound findById(@Param("id") Long id);

    List<Long> findDepartmentIds(@Param("roundId") Long roundId);

    /** The bureau's round of the year (the unique key), or null. */
    EvaluationRound findByKey(@Param("financeOrgId") Long financeOrgId, @Param("fiscalYear") int fiscalYear);

    List<EvaluationRound> findByFinance(@Param("financeOrgId") Long financeOrgId,
                                        @Param("fiscalYear") Integer fiscalYear);

    List<Long> findIdsByStatus(@Param("status") EvaluationRoundStatus status);

    int claim(@Param("id") Long id, @Param("worker") String worker, @Param("now") Instant now,
              @Param("leaseUntil") Instant leaseUntil);

    int renew(@Param("id") Long id, @Param("worker") String worker, @Param("leaseUntil") Instant leaseUntil);

    int refreshCreatedCount(@Param("id") Long id);

    int markOpen(@Param("id") Long id, @Param("worker") String worker);

    int release(@Param("id") Long id, @Param("worker") String worker);

    int countApprovedTargets(@Param("fiscalYear") int fiscalYear, @Param("unitIds") Collection<Long> unitIds);

    /** Approved targets in scope without a self-evaluation in the round (per lineage), by id after afterId. */
    List<TargetRef> findTargetsWithoutEvaluation(@Param("roundId") Long roundId, @Param("fiscalYear") int fiscalYear,
                                                 @Param("unitIds") Collection<Long> unitIds,
                                                 @Param("afterId") long afterId, @Param("limit") int limit);
}
