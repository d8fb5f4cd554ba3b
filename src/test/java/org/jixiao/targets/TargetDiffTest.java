package org.jixiao.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.targets.TargetChange.Kind;
import org.jixiao.targets.TargetChange.Section;
import org.junit.jupiter.api.Test;

/** TargetDiff without Spring: what a reviewer of an adjustment sees as changed. */
class TargetDiffTest {

    @Test
    void identicalVersionsHaveNoChanges() {
        assertThat(TargetDiff.between(target(), target())).isEmpty();
    }

    @Test
    void sameNumbersWithDifferentScaleAndBlankVersusMissingTextAreNoChange() {
        PerformanceTarget after = target();
        after.setFiscalFunds(new BigDecimal("200"));
        after.setPeriodGoals("  ");
        after.getIndicators().get(0).setWeight(new BigDecimal("25"));
        after.getIndicators().get(0).setName(" 组织专家审查次数 ");
        after.setSpendingPlan(new ArrayList<>(List.of(point(6, "50.0"), point(12, "100"))));
        assertThat(TargetDiff.between(target(), after)).isEmpty();
    }

    @Test
    void headerFieldsWithBeforeAndAfterAndChineseLabels() {
        PerformanceTarget after = target();
        after.setName("专家会诊服务（调整）");
        after.setFiscalFunds(new BigDecimal("220.00"));
        after.setFundUse(null);
        after.setPeriodGoals("2025-2026 年完成");

        List<TargetChange> changes = TargetDiff.between(target(), after);

        assertThat(changes).containsExactly(
                new TargetChange(Section.HEADER, null, Kind.CHANGED, "name", "项目名称", "专家会诊服务", "专家会诊服务（调整）"),
                new TargetChange(Section.HEADER, null, Kind.CHANGED, "fiscalFunds", "财政资金（万元）", "200.00", "220.00"),
                new TargetChange(Section.HEADER, null, Kind.CHANGED, "totalFunds", "预算数（万元）", "210.00", "230.00"),
                new TargetChange(Section.HEADER, null, Kind.CHANGED, "fundUse", "资金用途", "专家会诊", null),
                new TargetChange(Section.HEADER, null, Kind.CHANGED, "periodGoals", "实施期目标", null, "2025-2026 年完成"));
    }

    @Test
    void spendingPlanMonthsAddedRemovedAndChanged() {
        PerformanceTarget after = target();
        after.setSpendingPlan(new ArrayList<>(List.of(point(3, "25"), point(6, "60"), point(12, "100"))));
        PerformanceTarget before = target();
        before.getSpendingPlan().add(1, point(9, "75"));

        assertThat(TargetDiff.between(before, after)).containsExactly(
                new TargetChange(Section.SPENDING_PLAN, "3月", Kind.ADDED, "percent", "累计支出比例（%）", null, "25.00"),
                new TargetChange(Section.SPENDING_PLAN, "6月", Kind.CHANGED, "percent", "累计支出比例（%）", "50.00", "60.00"),
                new TargetChange(Section.SPENDING_PLAN, "9月", Kind.REMOVED, "percent", "累计支出比例（%）", "75.00", null));
    }

    @Test
    void indicatorsMatchedByTheirThreeLevelNames() {
        PerformanceTarget after = target();
        Indicator count = after.getIndicators().get(0);
        count.setValueText("≥14次");
        count.applyParsedValue();
        count.setWeight(new BigDecimal("20.00"));
        after.getIndicators().remove(1);
        after.getIndicators().add(indicator("产出指标", "质量指标", "会诊报告合格率", "=100%", "30.00"));
        after.getIndicators().get(1).setBasis("问卷调查");

        List<TargetChange> changes = TargetDiff.between(target(), after);

        String key = "产出指标 / 数量指标 / 组织专家审查次数";
        assertThat(changes).containsExactly(
                new TargetChange(Section.INDICATOR, key, Kind.CHANGED, "valueText", "指标值", "≥12次", "≥14次"),
                new TargetChange(Section.INDICATOR, key, Kind.CHANGED, "value", "目标值", "12", "14"),
                new TargetChange(Section.INDICATOR, key, Kind.CHANGED, "weight", "分值", "25", "20"),
                new TargetChange(Section.INDICATOR, "产出指标 / 时效指标 / 按时完成项目", Kind.REMOVED, null, null,
                        "按时完成，分值 25", null),
                new TargetChange(Section.INDICATOR, "满意度指标 / 服务对象满意度指标 / 满意率", Kind.CHANGED, "basis",
                        "指标值确定依据", "年度工作计划", "问卷调查"),
                new TargetChange(Section.INDICATOR, "产出指标 / 质量指标 / 会诊报告合格率", Kind.ADDED, null, null, null,
                        "=100%，分值 30"));
    }

    @Test
    void comparatorAndUnitChangesAreNamed() {
        PerformanceTarget after = target();
        Indicator rate = after.getIndicators().get(2);
        rate.setValueText("≤ 5 天");
        rate.applyParsedValue();

        List<TargetChange> changes = TargetDiff.between(target(), after);

        assertThat(changes).extracting(TargetChange::field).containsExactly("valueText", "comparator", "value", "unit");
        assertThat(changes.get(1)).extracting(TargetChange::before, TargetChange::after).containsExactly("≥", "≤");
        assertThat(changes.get(3)).extracting(TargetChange::before, TargetChange::after).containsExactly("%", "天");
    }

    @Test
    void movingAnIndicatorIsNoChangeAndDuplicatesPairInOrder() {
        PerformanceTarget before = target();
        before.getIndicators().add(indicator("产出指标", "数量指标", "组织专家审查次数", "≥1次", "5"));
        PerformanceTarget after = target();
        after.getIndicators().add(0, indicator("产出指标", "数量指标", "组织专家审查次数", "≥12次", "25"));
        after.getIndicators().remove(1);
        after.getIndicators().add(indicator("产出指标", "数量指标", "组织专家审查次数", "≥2次", "5"));

        List<TargetChange> changes = TargetDiff.between(before, after);

        assertThat(changes).extracting(TargetChange::item, TargetChange::field, TargetChange::before, TargetChange::after)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("产出指标 / 数量指标 / 组织专家审查次数 #2", "valueText", "≥1次", "≥2次"),
                        org.assertj.core.groups.Tuple.tuple("产出指标 / 数量指标 / 组织专家审查次数 #2", "value", "1", "2"));
    }

    @Test
    void annualTasksMatchedByName() {
        PerformanceTarget before = target();
        before.setTasks(new ArrayList<>(List.of(new AnnualTask("应急演练", "全年 4 次", new BigDecimal("10.00"), null),
                new AnnualTask("宣传", "安全月", new BigDecimal("5.00"), BigDecimal.ONE))));
        PerformanceTarget after = target();
        after.setTasks(new ArrayList<>(List.of(new AnnualTask("应急演练", "全年 6 次", new BigDecimal("12.00"), null),
                new AnnualTask("培训", null, null, new BigDecimal("2.00")))));

        assertThat(TargetDiff.between(before, after)).containsExactly(
                new TargetChange(Section.TASK, "应急演练", Kind.CHANGED, "content", "任务内容", "全年 4 次", "全年 6 次"),
                new TargetChange(Section.TASK, "应急演练", Kind.CHANGED, "fiscalAmount", "财政拨款（万元）", "10.00", "12.00"),
                new TargetChange(Section.TASK, "宣传", Kind.REMOVED, null, null, "安全月；财政拨款 5.00 万元；其他资金 1.00 万元", null),
                new TargetChange(Section.TASK, "培训", Kind.ADDED, null, null, null, "其他资金 2.00 万元"));
    }

    private static PerformanceTarget target() {
        PerformanceTarget t = new PerformanceTarget();
        t.setKind(TargetKind.PROJECT);
        t.setFiscalYear(2025);
        t.setName("专家会诊服务");
        t.setFiscalFunds(new BigDecimal("200.00"));
        t.setOtherFunds(new BigDecimal("10.00"));
        t.setFundUse("专家会诊");
        t.setGoals("开展专家会诊。");
        t.setSpendingPlan(new ArrayList<>(List.of(point(6, "50.00"), point(12, "100.00"))));
        t.getIndicators().add(indicator("产出指标", "数量指标", "组织专家审查次数", "≥12次", "25.00"));
        t.getIndicators().add(indicator("产出指标", "时效指标", "按时完成项目", "按时完成", "25.00"));
        t.getIndicators().add(indicator("满意度指标", "服务对象满意度指标", "满意率", "≥95%", "10.00"));
        return t;
    }

    private static Indicator indicator(String level1, String level2, String name, String valueText, String weight) {
        Indicator i = new Indicator();
        i.setLevel1(level1);
        i.setLevel2(level2);
        i.setName(name);
        i.setValueText(valueText);
        i.applyParsedValue();
        i.setWeight(new BigDecimal(weight));
        i.setBasis("年度工作计划");
        return i;
    }

    private static SpendingPlanPoint point(int month, String percent) {
        return new SpendingPlanPoint(month, new BigDecimal(percent));
    }
}
