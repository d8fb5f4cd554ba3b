package org.jixiao.monitoring.internal;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.jixiao.monitoring.ReportStatus;
import org.jixiao.monitoring.ReportSummary;

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

    /** id, unit and department of the round's reports for these targets: what starting their processes needs. */
    List<MonitoringReport> findStarts(@Param("roundId") Long roundId, @Param("targetIds") Collection<Long> targetIds);

    /** Figures and lights, if {@code version} is still current; returns the rows changed (0 = stale). */
    int updateFigures(MonitoringReport report);

    /** Stored lights recomputed from unchanged figures, if {@code version} is still current (0 = saved meanwhile). */
    int updateLights(MonitoringReport report);

    int updateIndicatorLight(ReportIndicator row);

    /** 0 rows when the report is APPROVED (a final state is never left). */
    int updateStatus(@Param("id") Long id, @Param("status") ReportStatus status, @Param("now") java.time.Instant now);

    /** Bumps the version where the report still has the status (and version, unless null); 1 row = claimed. */
    int claim(@Param("id") Long id, @Param("status") ReportStatus status, @Param("version") Integer version);

    int updateRectificationRequest(@Param("id") Long id, @Param("request") String request,
                                   @Param("followUp") BudgetFollowUp followUp);

    int updateRectificationResult(@Param("id") Long id, @Param("result") String result, @Param("version") int version,
                                  @Param("by") String by, @Param("now") java.time.Instant now);

    int urge(@Param("id") Long id, @Param("now") java.time.Instant now);

    List<MonitoringReport> findByTargetAndStatus(@Param("targetId") Long targetId,
                                                 @Param("statuses") Collection<ReportStatus> statuses);

    /** Points the report at another version of its target with the lights recomputed for it (0 = stale). */
    int retarget(MonitoringReport report);

    List<Long> findIdsByStatus(@Param("roundId") Long roundId, @Param("statuses") Collection<ReportStatus> statuses);

    int markReminded(@Param("ids") Collection<Long> ids, @Param("now") java.time.Instant now);

    int markOverdue(@Param("ids") Collection<Long> ids);

    /** The round's reports in the units (null = all), with target and unit names. */
    List<ReportSummary> findSummaries(@Param("roundId") Long roundId, @Param("unitIds") Collection<Long> unitIds);

    List<ReportSummary> findSummariesByIds(@Param("ids") Collection<Long> ids);

    List<ReportIndicator> findIndicators(@Param("reportId") Long reportId);

    void deleteIndicators(@Param("reportId") Long reportId);

    /** The indicator rows of every report of the round (a cancelled round). */
    void deleteIndicatorsOfRound(@Param("roundId") Long roundId);

    void insertIndicators(@Param("rows") List<ReportIndicator> rows);

    /** Whether the round has at least one report in one of the units. */
    int countInUnits(@Param("roundId") Long roundId, @Param("unitIds") Collection<Long> unitIds);
}
