package org.jixiao.targets.sheet;

import org.jixiao.common.xlsx.CellError;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.targets.AnnualTask;
import org.jixiao.targets.Indicator;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.targets.SpendingPlanPoint;
import org.jixiao.targets.TargetKind;
import org.jixiao.targets.sheet.TargetWorkbooks.SheetRead;
import org.junit.jupiter.api.Test;

/** Export then import gives the same target, for both layouts; the blank templates read as empty drafts. */
class RoundTripTest {

    @Test
    void projectComesBackTheSame() {
        PerformanceTarget t = new PerformanceTarget();
        t.setKind(TargetKind.PROJECT);
        t.setFiscalYear(2024);
        t.setUnitCode("450001");
        t.setUnitName("乐亭县应急管理局本级");
        t.setProjectCode("13022524P00CL0E10035D");
        t.setName("安全生产专家会诊服务费");
        t.setProjectAttribute("延续");
        t.setImplementationPeriod("2024-2026");
        t.setFiscalFunds(new BigDecimal("180.50"));
        t.setOtherFunds(new BigDecimal("19.50"));
        t.setFundUse("主要用于化工企业开展每季度一次的事故隐患专家会诊工作");
        t.setGoals("=开展每季度一次的事故隐患专家会诊工作"); // a formula-looking text stays text
        t.setPeriodGoals("三年内实现重点企业会诊全覆盖");
        t.setSpendingPlan(new ArrayList<>(List.of(new SpendingPlanPoint(3, new BigDecimal("25")),
                new SpendingPlanPoint(6, new BigDecimal("50.5")), new SpendingPlanPoint(12, new BigDecimal("100")))));
        t.getIndicators().add(indicator("产出指标", "数量指标", "组织专家审查次数", "≥12次", "25.00", "每少1次扣2分"));
        t.getIndicators().add(indicator("产出指标", "数量指标", "专家会诊企业数", "≥30家", "10", null));
        t.getIndicators().add(indicator("产出指标", "成本指标", "会诊成本", "≤200万元", "5", null));
        t.getIndicators().add(indicator("效果指标", "社会效益指标", "隐患整改率", "-100%", "30", null));
        t.getIndicators().add(indicator("满意度指标", "服务对象满意度指标", "满意率", "90%以上", "10", null));
        assertSame(t, readBack(t));
    }

    @Test
    void departmentComesBackTheSame() {
        PerformanceTarget t = new PerformanceTarget();
        t.setKind(TargetKind.DEPARTMENT);
        t.setFiscalYear(2021);
        t.setUnitCode("450001");
        t.setName("库尔勒市应急管理局");
        t.setFiscalFunds(new BigDecimal("1120.04"));
        t.setOtherFunds(new BigDecimal("5.00"));
        t.setTasks(new ArrayList<>(List.of(
                new AnnualTask("干部队伍建设", "为退休干部提供生活保障", new BigDecimal("3.79"), new BigDecimal("0.00")),
                new AnnualTask("安全生产项目", "排查企业、非煤矿山不少于1.5万个", new BigDecimal("1116.25"),
                        new BigDecimal("5.00")))));
        t.setGoals("目标1：安全生产宣传、培训12次");
        t.getIndicators().add(indicator("成本指标", "经济成本指标", "人均运转经费数", "≤11.56万元", "20", null));
        t.getIndicators().add(indicator("产出指标", "质量指标", "工作保障率", "-100%", "40", null));
        t.getIndicators().add(indicator("效益指标", "社会效益指标", "安全生产事故发生率", "≤8%", "20", null));
        t.getIndicators().add(indicator("满意度指标", "服务对象满意度指标", "企业满意度", "≥90%", "10", null));
        assertSame(t, readBack(t));
    }

    @Test
    void templatesReadAsEmptyDraftsOfTheirKind() {
        for (TargetKind kind : TargetKind.values()) {
            SheetRead read = TargetWorkbooks.read(TargetWorkbooks.template(kind, 2026), null).get(0);
            assertThat(read.target().getKind()).isEqualTo(kind);
            assertThat(read.target().getFiscalYear()).isEqualTo(2026);
            assertThat(read.target().getIndicators()).isEmpty();
            assertThat(read.errors()).extracting(CellError::message).containsExactly(kind == TargetKind.PROJECT
                    ? "未找到项目名称（「项目名称」右侧的单元格）" : "未找到部门（单位）名称");
        }
    }

    private static PerformanceTarget readBack(PerformanceTarget t) {
        List<SheetRead> sheets = TargetWorkbooks.read(TargetWorkbooks.write(List.of(t)), null);
        assertThat(sheets).hasSize(1);
        assertThat(sheets.get(0).errors()).isEmpty();
        return sheets.get(0).target();
    }

    private static void assertSame(PerformanceTarget expected, PerformanceTarget actual) {
        assertThat(actual).usingRecursiveComparison()
                .comparingOnlyFields("kind", "fiscalYear", "unitCode", "projectCode", "name", "projectAttribute",
                        "implementationPeriod", "fundUse", "goals", "periodGoals")
                .isEqualTo(expected);
        assertThat(actual.getFiscalFunds()).isEqualByComparingTo(expected.getFiscalFunds());
        assertThat(actual.getOtherFunds()).isEqualByComparingTo(expected.getOtherFunds());
        assertThat(actual.getSpendingPlan()).hasSameSizeAs(expected.getSpendingPlan());
        for (int i = 0; i < expected.getSpendingPlan().size(); i++) {
            assertThat(actual.getSpendingPlan().get(i).month()).isEqualTo(expected.getSpendingPlan().get(i).month());
            assertThat(actual.getSpendingPlan().get(i).percent())
                    .isEqualByComparingTo(expected.getSpendingPlan().get(i).percent());
        }
        assertThat(actual.getTasks()).usingRecursiveFieldByFieldElementComparator(
                org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
                        .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).build())
                .isEqualTo(expected.getTasks());
        assertThat(actual.getIndicators()).usingRecursiveFieldByFieldElementComparator(
                org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
                        .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                        .withIgnoredFields("id", "sortOrder").build())
                .isEqualTo(expected.getIndicators());
    }

    private static Indicator indicator(String l1, String l2, String name, String value, String weight, String rule) {
        Indicator i = new Indicator();
        i.setLevel1(l1);
        i.setLevel2(l2);
        i.setName(name);
        i.setDescription(name + "（描述）");
        i.setValueText(value);
        i.applyParsedValue();
        i.setWeight(new BigDecimal(weight));
        i.setBasis("根据年初工作计划安排");
        i.setStandard("计划标准");
        i.setScoringRule(rule);
        return i;
    }
}
