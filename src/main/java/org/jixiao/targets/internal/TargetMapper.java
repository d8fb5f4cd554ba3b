package org.jixiao.targets.internal;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.jixiao.targets.AnnualTask;
import org.jixiao.targets.Indicator;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.targets.SpendingPlanPoint;
import org.jixiao.targets.TargetStatus;

@Mapper
public interface TargetMapper {

    /** Header only (unit code and name joined in); children are loaded separately. */
    PerformanceTarget findById(@Param("id") Long id);

    List<PerformanceTarget> findInScope(@Param("unitIds") Collection<Long> unitIds,
                                        @Param("fiscalYear") Integer fiscalYear,
                                        @Param("status") TargetStatus status);

    List<PerformanceTarget> findByIds(@Param("ids") Collection<Long> ids);

    void insert(PerformanceTarget target);

    /** Optimistic update: 0 rows when the version moved on. Bumps the version. */
    int update(PerformanceTarget target);

    /** Status change by the process; bumps the version so concurrent editors see a conflict. */
    default int updateStatus(Long id, TargetStatus status) {
        return changeStatus(id, status, java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    /** As {@link #updateStatus}; {@code at} becomes approved_at when the status is APPROVED. */
    int changeStatus(@Param("id") Long id, @Param("status") TargetStatus status, @Param("at") java.time.Instant at);

    /** Bumps the version where the target still has the status (and version, unless null); 1 row = claimed. */
    int claim(@Param("id") Long id, @Param("status") TargetStatus status, @Param("version") Integer version);

    int startLineage(@Param("id") Long id);

    /** Every version of one target, oldest first. */
    List<PerformanceTarget> findLineage(@Param("lineageId") Long lineageId);

    int maxVersionNo(@Param("lineageId") Long lineageId);

    Long findOpenAdjustment(@Param("lineageId") Long lineageId);

    Long findApprovedVersion(@Param("lineageId") Long lineageId);

    int supersede(@Param("id") Long id);

    int deleteTarget(@Param("id") Long id);

    void deleteIndicators(@Param("targetId") Long targetId);

    void deleteAttachments(@Param("targetId") Long targetId);

    void copyAttachments(@Param("fromId") Long fromId, @Param("toId") Long toId);

    List<Indicator> findIndicators(@Param("targetId") Long targetId);

    void insertIndicator(@Param("targetId") Long targetId, @Param("i") Indicator indicator);

    int updateIndicator(@Param("targetId") Long targetId, @Param("i") Indicator indicator);

    void deleteIndicatorsExcept(@Param("targetId") Long targetId, @Param("keep") Collection<Long> keep);

    List<SpendingPlanPoint> findSpendingPlan(@Param("targetId") Long targetId);

    void deleteSpendingPlan(@Param("targetId") Long targetId);

    void insertSpendingPoint(@Param("targetId") Long targetId, @Param("p") SpendingPlanPoint point);

    List<AnnualTask> findTasks(@Param("targetId") Long targetId);

    void deleteTasks(@Param("targetId") Long targetId);

    void insertTask(@Param("targetId") Long targetId, @Param("sortOrder") int sortOrder, @Param("t") AnnualTask task);
}
