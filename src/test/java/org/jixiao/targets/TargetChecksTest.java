package org.jixiao.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jixiao.common.FieldViolation;
import org.jixiao.config.TargetRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TargetChecksTest {
    private static final TargetRules DEFAULTS = TargetRules.defaults();

    /** Seed 001's 安全生产专家会诊服务费, which passes every check. */
    static PerformanceTarget project() {
        PerformanceTarget t = new PerformanceTarget();
        t.setKind(TargetKind.PROJECT);
        t.setFiscalYear(2024);
        t.setName("安全生产专家会诊服务费");
        t.setProjectCode("13022524P00CL0E10035D");
        t.setFiscalFunds(new BigDecimal("200.00"));
        t.setOtherFunds(new BigDecimal("0.00"));
        t.setGoals("开展每季度一次的事故隐患专家会诊工作");
        t.setSpendingPlan(new ArrayList<>(List.of(point(3, "25"), point(6, "50"), point(10, "75"), point(12, "100"))));
        t.setIndicators(new ArrayList<>(List.of(
                indicator("产出指标", "数量指标", "组织专家审查次数", "≥12次", "25"),
                indicator("产出指标", "时效指标", "按时完成项目", "按时完成", "25"),
                indicator("效益指标", "社会效益指标", "事故隐患整改率", "90%以上", "30"),
                indicator("满意度指标", "服务对象满意度指标", "企业满意度", "≥ 95%", "10"))));
        return t;
    }

    static PerformanceTarget department() {
        PerformanceTarget t = new PerformanceTarget();
        t.setKind(TargetKind.DEPARTMENT);
        t.setFiscalYear(2021);
        t.setName("库尔勒市应急管理局2021年部门整体支出");
        t.setFiscalFunds(new BigDecimal("1377.88"));
        t.setOtherFunds(BigDecimal.ZERO);
        t.setGoals("目标1：保障机构正常运转");
        t.setTasks(new ArrayList<>(List.of(
                new AnnualTask("基本支出", "保障运转", new BigDecimal("898.04"), BigDecimal.ZERO),
                new AnnualTask("项目支出", "应急救援", new BigDecimal("479.84"), BigDecimal.ZERO))));
        t.setIndicators(new ArrayList<>(List.of(
                indicator("产出指标", "数量指标", "三公经费变动率", "≤0%", "30"),
                indicator("效果指标", "社会效益指标", "安全生产形势", "长期", "50"),
                indicator("满意度", "服务对象满意度指标", "群众满意度", "≥90%", "10"))));
        return t;
    }

    static Indicator indicator(String l1, String l2, String name, String valueText, String weight) {
        Indicator i = new Indicator();
        i.setLevel1(l1);
        i.setLevel2(l2);
        i.setName(name);
        i.setValueText(valueText);
        i.setWeight(weight == null ? null : new BigDecimal(weight));
        return i;
    }

    static SpendingPlanPoint point(int month, String percent) {
        return new SpendingPlanPoint(month, percent == null ? null : new BigDecimal(percent));
    }

    @Test
    void realTargetsOfTheSeedsPass() {
        assertThat(TargetChecks.check(project(), DEFAULTS)).isEmpty();
        assertThat(TargetChecks.check(department(), DEFAULTS)).as("效果指标 counts as 效益, 满意度 as 满意度指标").isEmpty();
    }

    static Stream<Arguments> singleMistakes() {
        return Stream.of(
                mistake("name blank", t -> t.setName(" "), "name", "请填写名称"),
                mistake("project code missing", t -> t.setProjectCode(null), "projectCode", "项目编码"),
                mistake("goals missing", t -> t.setGoals(""), "goals", "年度绩效目标"),
                mistake("fiscal funds missing", t -> t.setFiscalFunds(null), "fiscalFunds", "财政资金"),
                mistake("other funds missing", t -> t.setOtherFunds(null), "otherFunds", "其他资金"),
                mistake("zero budget", t -> t.setFiscalFunds(BigDecimal.ZERO), "fiscalFunds", "大于 0"),
                mistake("no spending plan", t -> t.getSpendingPlan().clear(), "spendingPlan", "资金支出计划"),
                mistake("plan does not end at 100", t -> t.getSpendingPlan().set(3, point(12, "95")),
                        "spendingPlan[3].percent", "现为 12 月 95%"),
                mistake("plan decreases", t -> t.getSpendingPlan().set(2, point(10, "40")),
                        "spendingPlan[2].percent", "10 月（40%）不能低于 6 月（50%）"),
                mistake("plan months out of order", t -> t.getSpendingPlan().set(2, point(5, "75")),
                        "spendingPlan[2].month", "5 月排在 6 月之后"),
                mistake("plan percent missing", t -> t.getSpendingPlan().set(1, point(6, null)),
                        "spendingPlan[1].percent", "6 月累计支出比例"),
                mistake("no indicators", t -> t.getIndicators().clear(), "indicators", "至少填写一个"),
                mistake("level1 missing", t -> t.getIndicators().get(0).setLevel1(null), "indicators[0].level1", "缺少一级指标"),
                mistake("level2 missing", t -> t.getIndicators().get(1).setLevel2(""), "indicators[1].level2", "缺少二级指标"),
                mistake("name missing", t -> t.getIndicators().get(2).setName(null), "indicators[2].name", "第 3 个指标缺少三级指标名称"),
                mistake("value unreadable", t -> t.getIndicators().get(0).setValueText("≥**天"),
                        "indicators[0].valueText", "指标「组织专家审查次数」：指标值缺少数字"),
                mistake("value blank", t -> t.getIndicators().get(0).setValueText(null),
                        "indicators[0].valueText", "未填写指标值"),
                mistake("unit missing", t -> t.getIndicators().get(0).setValueText("≥12"),
                        "indicators[0].valueText", "缺少计量单位"));
    }

    static Arguments mistake(String name, Consumer<PerformanceTarget> change, String field, String message) {
        return Arguments.of(name, change, field, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleMistakes")
    void eachMistakeIsReportedOnItsField(String name, Consumer<PerformanceTarget> change, String field, String message) {
        PerformanceTarget t = project();
        change.accept(t);

        List<FieldViolation> violations = TargetChecks.check(t, DEFAULTS);

        assertThat(violations).anySatisfy(v -> {
            assertThat(v.field()).isEqualTo(field);
            assertThat(v.message()).contains(message);
        });
    }

    @Test
    void weightsMustBePositiveAndAddUpToTheTotal() {
        PerformanceTarget t = project();
        t.getIndicators().get(0).setWeight(BigDecimal.ZERO);
        t.getIndicators().get(1).setWeight(null);

        assertThat(TargetChecks.check(t, DEFAULTS)).extracting(FieldViolation::field, FieldViolation::message).contains(
                org.assertj.core.groups.Tuple.tuple("indicators[0].weight", "指标「组织专家审查次数」的分值应大于 0"),
                org.assertj.core.groups.Tuple.tuple("indicators[1].weight", "指标「按时完成项目」的分值应大于 0"),
                org.assertj.core.groups.Tuple.tuple("indicators", "指标分值合计 40 分，应为 90 分"));
    }

    @Test
    void decimalWeightsAreSummedExactly() {
        PerformanceTarget t = project();
        t.getIndicators().get(0).setWeight(new BigDecimal("24.95"));
        t.getIndicators().get(1).setWeight(new BigDecimal("25.05"));

        assertThat(TargetChecks.check(t, DEFAULTS)).isEmpty();
    }

    @Test
    void everyMissingCategoryIsNamed() {
        PerformanceTarget t = project();
        t.getIndicators().removeIf(i -> !i.getLevel1().equals("产出指标"));
        t.getIndicators().get(0).setWeight(new BigDecimal("45"));
        t.getIndicators().get(1).setWeight(new BigDecimal("45"));

        assertThat(TargetChecks.check(t, DEFAULTS)).extracting(FieldViolation::message)
                .containsExactly("缺少一级指标「效益指标」", "缺少一级指标「满意度指标」");
    }

    @Test
    void aRegionWithCostAsItsOwnCategoryRequiresIt() {
        TargetRules withCost = new TargetRules(List.of("成本指标", "产出指标", "效益指标", "满意度指标"), new BigDecimal("90"));

        assertThat(TargetChecks.check(project(), withCost)).extracting(FieldViolation::message)
                .containsExactly("缺少一级指标「成本指标」");

        PerformanceTarget t = project();
        t.getIndicators().get(0).setWeight(new BigDecimal("5"));
        t.getIndicators().add(indicator("成本", "经济成本指标", "项目总成本", "≤200万元", "20"));
        assertThat(TargetChecks.check(t, withCost)).isEmpty();
    }

    @Test
    void theIndicatorTotalComesFromTheRules() {
        TargetRules hundred = new TargetRules(DEFAULTS.requiredLevel1(), new BigDecimal("100"));

        assertThat(TargetChecks.check(project(), hundred)).extracting(FieldViolation::message)
                .containsExactly("指标分值合计 90 分，应为 100 分");
    }

    @Test
    void allViolationsAreReportedAtOnce() {
        PerformanceTarget t = project();
        t.setName(null);
        t.setGoals(null);
        t.getSpendingPlan().set(3, point(12, "90"));
        t.getIndicators().get(0).setValueText("无法确定的1-2次");
        t.getIndicators().get(3).setWeight(new BigDecimal("5"));

        assertThat(TargetChecks.check(t, DEFAULTS)).extracting(FieldViolation::field).containsExactly(
                "name", "goals", "spendingPlan[3].percent", "indicators[0].valueText", "indicators");
    }

    @Test
    void departmentTasksMustAddUpToTheFunds() {
        PerformanceTarget t = department();
        t.getTasks().get(1).setFiscalAmount(new BigDecimal("479.83"));
        t.getTasks().get(1).setOtherAmount(new BigDecimal("1.00"));

        assertThat(TargetChecks.check(t, DEFAULTS)).extracting(FieldViolation::field, FieldViolation::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("tasks", "年度主要任务的财政拨款合计 1377.87 万元，与财政资金 1377.88 万元不一致"),
                org.assertj.core.groups.Tuple.tuple("tasks", "年度主要任务的其他资金合计 1.00 万元，与其他资金 0.00 万元不一致"));
    }

    @Test
    void departmentTargetsNeedTasksButNoSpendingPlanNorProjectCode() {
        PerformanceTarget t = department();
        t.getTasks().clear();

        assertThat(TargetChecks.check(t, DEFAULTS)).extracting(FieldViolation::field).containsExactly("tasks");
        assertThat(TargetChecks.check(department(), DEFAULTS)).isEmpty();
    }

    @Test
    void goalsMessageNamesTheDepartmentForm() {
        PerformanceTarget t = department();
        t.setGoals(null);

        assertThat(TargetChecks.check(t, DEFAULTS)).extracting(FieldViolation::message).containsExactly("请填写年度总体目标");
    }
}
