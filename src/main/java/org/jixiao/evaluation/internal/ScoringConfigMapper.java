package org.jixiao.evaluation.internal;

import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface ScoringConfigMapper {

    @Select("SELECT finance_org_id, fiscal_year, budget_points, indicator_total, lower_formula, excellent_from, "
            + "good_from, fair_from, version, updated_by, updated_at FROM scoring_config "
            + "WHERE finance_org_id = #{financeOrgId} AND fiscal_year = #{fiscalYear}")
    ScoringSetting find(@Param("financeOrgId") Long financeOrgId, @Param("fiscalYear") int fiscalYear);

    @Select("SELECT sort_order, level1, points FROM scoring_level1_weight "
            + "WHERE finance_org_id = #{financeOrgId} AND fiscal_year = #{fiscalYear} ORDER BY sort_order")
    List<ScoringSetting.WeightRow> weights(@Param("financeOrgId") Long financeOrgId, @Param("fiscalYear") int fiscalYear);

    @Select("SELECT grade, recommendation, label FROM scoring_outcome "
            + "WHERE finance_org_id = #{financeOrgId} AND fiscal_year = #{fiscalYear}")
    List<ScoringSetting.OutcomeRow> outcomes(@Param("financeOrgId") Long financeOrgId, @Param("fiscalYear") int fiscalYear);

    @Insert("INSERT INTO scoring_config (finance_org_id, fiscal_year, budget_points, indicator_total, lower_formula, "
            + "excellent_from, good_from, fair_from, version, updated_by, updated_at) VALUES (#{financeOrgId}, "
            + "#{fiscalYear}, #{budgetPoints}, #{indicatorTotal}, #{lowerFormula}, #{excellentFrom}, #{goodFrom}, "
            + "#{fairFrom}, 1, #{updatedBy}, #{updatedAt})")
    void insert(ScoringSetting setting);

    @Update("UPDATE scoring_config SET budget_points = #{budgetPoints}, indicator_total = #{indicatorTotal}, "
            + "lower_formula = #{lowerFormula}, excellent_from = #{excellentFrom}, good_from = #{goodFrom}, "
            + "fair_from = #{fairFrom}, updated_by = #{updatedBy}, updated_at = #{updatedAt}, version = version + 1 "
            + "WHERE finance_org_id = #{financeOrgId} AND fiscal_year = #{fiscalYear} AND version = #{version}")
    int update(ScoringSetting setting);

    @Delete("DELETE FROM scoring_level1_weight WHERE finance_org_id = #{financeOrgId} AND fiscal_year = #{fiscalYear}")
    void deleteWeights(@Param("financeOrgId") Long financeOrgId, @Param("fiscalYear") int fiscalYear);

    @Delete("DELETE FROM scoring_outcome WHERE finance_org_id = #{financeOrgId} AND fiscal_year = #{fiscalYear}")
    void deleteOutcomes(@Param("financeOrgId") Long financeOrgId, @Param("fiscalYear") int fiscalYear);

    @Insert("INSERT INTO scoring_level1_weight (finance_org_id, fiscal_year, sort_order, level1, points) "
            + "VALUES (#{financeOrgId}, #{fiscalYear}, #{w.sortOrder}, #{w.level1}, #{w.points})")
    void insertWeight(@Param("financeOrgId") Long financeOrgId, @Param("fiscalYear") int fiscalYear,
                      @Param("w") ScoringSetting.WeightRow weight);

    @Insert("INSERT INTO scoring_outcome (finance_org_id, fiscal_year, grade, recommendation, label) "
            + "VALUES (#{financeOrgId}, #{fiscalYear}, #{o.grade}, #{o.recommendation}, #{o.label})")
    void insertOutcome(@Param("financeOrgId") Long financeOrgId, @Param("fiscalYear") int fiscalYear,
                       @Param("o") ScoringSetting.OutcomeRow outcome);
}
