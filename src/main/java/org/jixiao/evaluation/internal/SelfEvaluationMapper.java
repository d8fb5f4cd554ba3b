package org.jixiao.evaluation.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.jixiao.evaluation.SelfEvaluationStatus;
import org.jixiao.evaluation.SelfEvaluationSummary;

@Mapper
public interface SelfEvaluationMapper {

    /** One multi-row INSERT; fails as a whole on a duplicate (round, target). */
    void insertAll(@Param("rows") List<SelfEvaluation> rows);

    SelfEvaluation findById(@Param("id") Long id);

    /** id, unit and department of the round's self-evaluations for these targets (what starting processes needs). */
    List<SelfEvaluation> findStarts(@Param("roundId") Long roundId, @Param("targetIds") Collection<Long> targetIds);

    List<SelfEvaluation> findByRound(@Param("roundId") Long roundId);

    /** Ids of the round's self-evaluations in these statuses, by id. */
    List<Long> findIdsByStatus(@Param("roundId") Long roundId,
                               @Param("statuses") Collection<SelfEvaluationStatus> statuses);

    /** With target and unit names; units null = all. */
    List<SelfEvaluationSummary> findSummaries(@Param("roundId") Long roundId, @Param("unitIds") Collection<Long> unitIds);

    List<SelfEvaluationSummary> findSummariesByIds(@Param("ids") Collection<Long> ids);

    /** Progress of a round over some units (null = all); overdue = still with the unit after {@code today} > due. */
    EvaluationCounts counts(@Param("roundId") Long roundId, @Param("unitIds") Collection<Long> unitIds,
                            @Param("submitted") Collection<SelfEvaluationStatus> submitted,
                            @Param("withUnit") Collection<SelfEvaluationStatus> withUnit,
                            @Param("overdue") boolean overdue);

    /** The unit's figures and the scores, if {@code version} is still current; 0 = stale. */
    int updateForm(SelfEvaluation evaluation);

    int updateReviewed(@Param("id") Long id, @Param("total") java.math.BigDecimal total, @Param("grade") String grade);

    List<SelfEvaluationIndicator> findIndicators(@Param("id") Long id);

    void deleteIndicators(@Param("id") Long id);

    /** The indicator rows of every self-evaluation of the round (a cancelled round). */
    void deleteIndicatorsOfRound(@Param("roundId") Long roundId);

    void insertIndicators(@Param("rows") List<SelfEvaluationIndicator> rows);

    int updateReview(@Param("id") Long id, @Param("indicatorId") Long indicatorId,
                     @Param("score") java.math.BigDecimal score, @Param("reason") String reason);

    /** 0 rows when the self-evaluation is APPROVED (a final state is never left). */
    int updateStatus(@Param("id") Long id, @Param("status") SelfEvaluationStatus status, @Param("now") Instant now);

    /** Bumps the version where it still has the status (and version, unless null); 1 row = claimed. */
    int claim(@Param("id") Long id, @Param("status") SelfEvaluationStatus status, @Param("version") Integer version);
}
