package org.jixiao.targets.internal;

import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.jixiao.targets.IndicatorKindRuleService;
import org.jixiao.targets.IndicatorKindRuleSettings;

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

    /** The version row of a bureau's rules for a year (null: never edited, the central defaults apply). */
    @Select("SELECT fiscal_year, version, updated_by, updated_at FROM indicator_kind_rule_set "
            + "WHERE finance_org_id = #{financeId} AND fiscal_year = #{year}")
    IndicatorKindRuleSettings.Stamp findSet(@Param("financeId") Long financeId, @Param("year") int year);

    /** The first save of a bureau's year; the primary key lets only one of several simultaneous first saves in. */
    @Insert("INSERT INTO indicator_kind_rule_set (finance_org_id, fiscal_year, version, updated_by, updated_at) "
            + "VALUES (#{financeId}, #{year}, 1, #{by}, #{at})")
    void insertSet(@Param("financeId") Long financeId, @Param("year") int year, @Param("by") String by,
                   @Param("at") java.time.Instant at);

    /** A later save, only from the version read: 0 rows when someone saved in between. */
    @Update("UPDATE indicator_kind_rule_set SET version = version + 1, updated_by = #{by}, updated_at = #{at} "
            + "WHERE finance_org_id = #{financeId} AND fiscal_year = #{year} AND version = #{version}")
    int updateSet(@Param("financeId") Long financeId, @Param("year") int year, @Param("version") int version,
                  @Param("by") String by, @Param("at") java.time.Instant at);

    /** Unconditional (the internal {@code define}, used by tests and the demo): the next version. */
    @Update("UPDATE indicator_kind_rule_set SET version = version + 1, updated_by = #{by}, updated_at = #{at} "
            + "WHERE finance_org_id = #{financeId} AND fiscal_year = #{year}")
    int bumpSet(@Param("financeId") Long financeId, @Param("year") int year, @Param("by") String by,
                @Param("at") java.time.Instant at);
}
