package org.jixiao.monitoring;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface MonitoringReportMapper {

    /** One multi-row INSERT; fails as a whole on a duplicate (round, target). */
    void insertAll(@Param("reports") List<MonitoringReport> reports);

    MonitoringReport findById(@Param("id") Long id);

    List<MonitoringReport> findByRound(@Param("roundId") Long roundId);

    List<Long> findIdsByTargets(@Param("roundId") Long roundId, @Param("targetIds") Collection<Long> targetIds);

    /**
     * Progress of a round, optionally only over some units (null = the whole round); {@code submitted}
     * are the statuses that count as handed in ({@link ReportStatus#SUBMITTED}).
     */
    ReportCounts counts(@Param("roundId") Long roundId, @Param("unitIds") Collection<Long> unitIds,
                        @Param("submitted") Collection<ReportStatus> submitted);

    /** Whether the round has at least one report in one of the units. */
    int countInUnits(@Param("roundId") Long roundId, @Param("unitIds") Collection<Long> unitIds);
}
