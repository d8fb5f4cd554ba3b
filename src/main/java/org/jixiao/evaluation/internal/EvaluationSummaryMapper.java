package org.jixiao.evaluation.internal;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.jixiao.evaluation.SelfEvaluationStatus;

/** The queries of a round's summary; {@code unitIds} null = every unit of the round. */
@Mapper
public interface EvaluationSummaryMapper {

    /** Submitted and approved self-evaluations per final grade (grades without any are absent). */
    List<GradeCount> grades(@Param("roundId") Long roundId, @Param("unitIds") Collection<Long> unitIds,
                            @Param("submitted") Collection<SelfEvaluationStatus> submitted);

    /** Per department ({@code byUnit} false) or per unit; the average over submitted ones. */
    List<OrgAverage> averages(@Param("roundId") Long roundId, @Param("unitIds") Collection<Long> unitIds,
                              @Param("submitted") Collection<SelfEvaluationStatus> submitted,
                              @Param("byUnit") boolean byUnit);

    /** Submitted ones with the lowest final totals, lowest first. */
    List<EvaluationListEntry> lowest(@Param("roundId") Long roundId, @Param("unitIds") Collection<Long> unitIds,
                                     @Param("submitted") Collection<SelfEvaluationStatus> submitted,
                                     @Param("limit") int limit);

    List<EvaluationListEntry> withUnit(@Param("roundId") Long roundId, @Param("unitIds") Collection<Long> unitIds,
                                       @Param("withUnit") Collection<SelfEvaluationStatus> withUnit,
                                       @Param("limit") int limit);

    int countWithUnit(@Param("roundId") Long roundId, @Param("unitIds") Collection<Long> unitIds,
                      @Param("withUnit") Collection<SelfEvaluationStatus> withUnit);

    /** The target's approved self-evaluation of the latest round, or null. */
    LatestResult latestApproved(@Param("targetId") Long targetId);
}
