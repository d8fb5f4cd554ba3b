package org.jixiao.monitoring.internal;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface LightThresholdMapper {

    @Select("SELECT finance_org_id, fiscal_year, budget_red_below, budget_green_from, indicator_red_below, "
            + "indicator_green_from, indicator_blue_from, blue_enabled, budget_mode, version, updated_by, updated_at "
            + "FROM light_threshold WHERE finance_org_id = #{financeOrgId} AND fiscal_year = #{fiscalYear}")
    LightThresholdSetting find(@Param("financeOrgId") Long financeOrgId, @Param("fiscalYear") int fiscalYear);

    @Insert("INSERT INTO light_threshold (finance_org_id, fiscal_year, budget_red_below, budget_green_from, "
            + "indicator_red_below, indicator_green_from, indicator_blue_from, blue_enabled, budget_mode, version, "
            + "updated_by, updated_at) VALUES (#{financeOrgId}, #{fiscalYear}, #{budgetRedBelow}, #{budgetGreenFrom}, "
            + "#{indicatorRedBelow}, #{indicatorGreenFrom}, #{indicatorBlueFrom}, #{blueEnabled}, #{budgetMode}, 1, "
            + "#{updatedBy}, #{updatedAt})")
    void insert(LightThresholdSetting setting);

    @Update("UPDATE light_threshold SET budget_red_below = #{budgetRedBelow}, budget_green_from = #{budgetGreenFrom}, "
            + "indicator_red_below = #{indicatorRedBelow}, indicator_green_from = #{indicatorGreenFrom}, "
            + "indicator_blue_from = #{indicatorBlueFrom}, blue_enabled = #{blueEnabled}, budget_mode = #{budgetMode}, "
            + "updated_by = #{updatedBy}, updated_at = #{updatedAt}, version = version + 1 "
            + "WHERE finance_org_id = #{financeOrgId} AND fiscal_year = #{fiscalYear} AND version = #{version}")
    int update(LightThresholdSetting setting);
}
