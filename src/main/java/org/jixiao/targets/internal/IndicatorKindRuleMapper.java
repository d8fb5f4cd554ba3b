package org.jixiao.targets.internal;

import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.jixiao.targets.IndicatorKindRuleService;

@Mapper
public interface IndicatorKindRuleMapper {

    @Select("SELECT sort_order, unit, name_contains, name_ends_with, kind, fallback_kind FROM indicator_kind_rule "
            + "WHERE finance_org_id = #{financeId} AND fiscal_year = #{year} ORDER BY sort_order")
    List<IndicatorKindRuleService.StoredRule> find(@Param("financeId") Long financeId, @Param("year") int year);

    @Delete("DELETE FROM indicator_kind_rule WHERE finance_org_id = #{financeId} AND fiscal_year = #{year}")
    int delete(@Param("financeId") Long financeId, @Param("year") int year);

    @Insert("INSERT INTO indicator_kind_rule (finance_org_id, fiscal_year, sort_order, unit, name_contains, "
            + "name_ends_with, kind, fallback_kind) VALUES (#{financeId}, #{year}, #{r.sortOrder}, #{r.unit}, "
            + "#{r.nameContains}, #{r.nameEndsWith}, #{r.kind}, #{r.fallbackKind})")
    void insert(@Param("financeId") Long financeId, @Param("year") int year,
                @Param("r") IndicatorKindRuleService.StoredRule rule);
}
