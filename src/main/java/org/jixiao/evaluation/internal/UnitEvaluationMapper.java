package org.jixiao.evaluation.internal;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.jixiao.evaluation.PendingEvaluation;
import org.jixiao.evaluation.SelfEvaluationStatus;

/** Self-evaluations as the workbench sees them. */
@Mapper
public interface UnitEvaluationMapper {

    /** Columns in the order of {@link PendingEvaluation}'s components; open rounds only, earliest due first. */
    @Select("""
            <script>
            SELECT e.id, e.round_id, r.fiscal_year, r.due_date, t.name AS target_name, e.status
            FROM self_evaluation e
              JOIN evaluation_round r ON r.id = e.round_id
              JOIN performance_target t ON t.id = e.target_id
            WHERE r.finance_org_id = #{financeOrgId} AND r.status = 'OPEN'
              AND e.unit_id IN <foreach collection="unitIds" item="u" open="(" separator="," close=")">#{u}</foreach>
              AND e.status IN <foreach collection="statuses" item="s" open="(" separator="," close=")">#{s}</foreach>
            ORDER BY r.due_date, e.id
            </script>""")
    List<PendingEvaluation> findPending(@Param("financeOrgId") Long financeOrgId,
                                        @Param("unitIds") Collection<Long> unitIds,
                                        @Param("statuses") Collection<SelfEvaluationStatus> statuses);
}
