package org.jixiao.config.internal;

import java.math.BigDecimal;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.jixiao.config.TargetRulesService;

@Mapper
public interface TargetRuleMapper {
    @Select("SELECT required_level1 AS requiredLevel1, indicator_total AS indicatorTotal FROM target_rule "
            + "WHERE finance_org_id = #{financeId} AND fiscal_year = #{year}")
    TargetRulesService.StoredRule find(@Param("financeId") Long financeId, @Param("year") int year);

    @Insert("INSERT INTO target_rule (finance_org_id, fiscal_year, required_level1, indicator_total) "
            + "VALUES (#{financeId}, #{year}, #{requiredLevel1}, #{indicatorTotal})")
    void insert(@Param("financeId") Long financeId, @Param("year") int year,
                @Param("requiredLevel1") String requiredLevel1, @Param("indicatorTotal") BigDecimal indicatorTotal);
}
