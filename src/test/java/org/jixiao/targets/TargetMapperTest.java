package org.jixiao.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.jixiao.org.OrgDirectory;
import org.jixiao.support.IntegrationTest;
import org.jixiao.targets.internal.TargetMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** Our SQL against the real database of the run (H2, or MariaDB/MySQL with -Dtest.db=mysql). */
@IntegrationTest
@Transactional
class TargetMapperTest {

    @Autowired
    TargetMapper mapper;
    @Autowired
    OrgDirectory directory;

    Long leting;
    Long korla;

    @BeforeEach
    void units() {
        leting = directory.unitByCode("450001").orElseThrow().getId();
        korla = directory.unitByCode("460001").orElseThrow().getId();
    }

    PerformanceTarget stored(Long unitId, int year, String name) {
        PerformanceTarget t = new PerformanceTarget();
        t.setKind(TargetKind.PROJECT);
        t.setFiscalYear(year);
        t.setUnitId(unitId);
        t.setProjectCode("13022524P00CL0E10035D");
        t.setName(name);
        t.setProjectAttribute("延续");
        t.setImplementationPeriod("2024年");
        t.setFiscalFunds(new BigDecimal("99.18"));
        t.setOtherFunds(new BigDecimal("0.50"));
        t.setFundUse("用于自然灾害受灾群众救助");
        t.setGoals("及时救助受灾群众，保障基本生活");
        t.setPeriodGoals("长期");
        t.setStatus(TargetStatus.DRAFT);
        t.setCreatedBy("staff");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        t.setCreatedAt(now);
        t.setUpdatedAt(now);
        mapper.insert(t);
        return t;
    }

    @Test
    void storesEveryHeaderFieldExactly() {
        PerformanceTarget t = stored(leting, 2031, "自然灾害救助资金（映射测试）");

        PerformanceTarget read = mapper.findById(t.getId());

        assertThat(read).usingRecursiveComparison()
                .ignoringFields("unitCode", "unitName", "spendingPlan", "tasks", "indicators")
                .isEqualTo(t);
        assertThat(read.getUnitCode()).isEqualTo("450001");
        assertThat(read.getUnitName()).isEqualTo("乐亭县应急管理局本级");
        assertThat(read.getFiscalFunds()).isEqualTo(new BigDecimal("99.18"));
        assertThat(read.getOtherFunds()).isEqualTo(new BigDecimal("0.50"));
        assertThat(read.getVersion()).isZero();
    }

    @Test
    void updateWithAStaleVersionChangesNothing() {
        PerformanceTarget t = stored(leting, 2031, "乐观锁测试");
        t.setName("第一次修改");
        assertThat(mapper.update(t)).isEqualTo(1);

        t.setName("基于旧版本的修改");
        assertThat(mapper.update(t)).as("version 0 is stale now").isZero();

        PerformanceTarget read = mapper.findById(t.getId());
        assertThat(read.getName()).isEqualTo("第一次修改");
        assertThat(read.getVersion()).isEqualTo(1);
    }

    @Test
    void statusChangesBumpTheVersion() {
        PerformanceTarget t = stored(leting, 2031, "状态变更测试");

        assertThat(mapper.updateStatus(t.getId(), TargetStatus.UNIT_REVIEW)).isEqualTo(1);

        PerformanceTarget read = mapper.findById(t.getId());
        assertThat(read.getStatus()).isEqualTo(TargetStatus.UNIT_REVIEW);
        assertThat(read.getVersion()).isEqualTo(1);
    }

    @Test
    void scopeQueryFiltersByUnitYearAndStatus() {
        PerformanceTarget a = stored(leting, 2032, "乐亭 2032");
        PerformanceTarget b = stored(korla, 2032, "库尔勒 2032");
        PerformanceTarget c = stored(leting, 2033, "乐亭 2033");
        mapper.updateStatus(c.getId(), TargetStatus.APPROVED);

        assertThat(mapper.findInScope(Set.of(leting), 2032, null)).extracting(PerformanceTarget::getId)
                .containsExactly(a.getId());
        assertThat(mapper.findInScope(Set.of(leting, korla), 2032, null)).extracting(PerformanceTarget::getId)
                .containsExactlyInAnyOrder(a.getId(), b.getId());
        assertThat(mapper.findInScope(Set.of(leting), null, TargetStatus.APPROVED)).extracting(PerformanceTarget::getId)
                .contains(c.getId()).doesNotContain(a.getId());
        assertThat(mapper.findByIds(List.of(a.getId(), c.getId()))).extracting(PerformanceTarget::getName)
                .containsExactlyInAnyOrder("乐亭 2032", "乐亭 2033");
    }

    @Test
    void indicatorsKeepTheirOrderOriginalTextAndParsedValue() {
        PerformanceTarget t = stored(leting, 2031, "指标映射测试");
        Indicator first = indicator(0, "产出指标", "数量指标", "开展应急演练次数", "不少于4次", "25.50");
        Indicator second = indicator(1, "满意度指标", "服务对象满意度指标", "群众满意度", "90%以上", "10");
        Indicator third = indicator(2, "效益指标", "社会效益指标", "保障能力", "长期", "54.5");
        mapper.insertIndicator(t.getId(), first);
        mapper.insertIndicator(t.getId(), second);
        mapper.insertIndicator(t.getId(), third);

        List<Indicator> read = mapper.findIndicators(t.getId());

        assertThat(read).extracting(Indicator::getName).containsExactly("开展应急演练次数", "群众满意度", "保障能力");
        Indicator drill = read.get(0);
        assertThat(drill.getValueText()).isEqualTo("不少于4次");
        assertThat(drill.getComparator()).isEqualTo(ValueComparator.GE);
        assertThat(drill.getValue()).isEqualByComparingTo("4");
        assertThat(drill.getUnit()).isEqualTo("次");
        assertThat(drill.getWeight()).isEqualByComparingTo("25.50");
        assertThat(drill.getScoringRule()).isEqualTo("开展2次及以上得满分，开展1次得权重分的50%，未开展不得分");
        assertThat(read.get(2).getComparator()).isNull();
        assertThat(read.get(2).getValue()).isNull();

        second.setValueText("≥ 95%");
        second.applyParsedValue();
        assertThat(mapper.updateIndicator(t.getId(), second)).isEqualTo(1);
        mapper.deleteIndicatorsExcept(t.getId(), List.of(first.getId(), second.getId()));

        List<Indicator> after = mapper.findIndicators(t.getId());
        assertThat(after).extracting(Indicator::getValueText).containsExactly("不少于4次", "≥ 95%");
        assertThat(after.get(1).getValue()).isEqualByComparingTo("95");
    }

    @Test
    void spendingPlanAndTasksRoundTripInOrder() {
        PerformanceTarget t = stored(korla, 2031, "计划与任务映射测试");
        mapper.insertSpendingPoint(t.getId(), new SpendingPlanPoint(3, new BigDecimal("25.00")));
        mapper.insertSpendingPoint(t.getId(), new SpendingPlanPoint(12, new BigDecimal("100")));
        mapper.insertSpendingPoint(t.getId(), new SpendingPlanPoint(6, new BigDecimal("50.5")));
        mapper.insertTask(t.getId(), 1, new AnnualTask("项目支出", "应急救援", new BigDecimal("479.84"), BigDecimal.ZERO));
        mapper.insertTask(t.getId(), 0, new AnnualTask("基本支出", "保障运转", new BigDecimal("898.04"), new BigDecimal("1.10")));

        assertThat(mapper.findSpendingPlan(t.getId())).extracting(SpendingPlanPoint::month).containsExactly(3, 6, 12);
        assertThat(mapper.findSpendingPlan(t.getId()).get(1).percent()).isEqualByComparingTo("50.5");
        List<AnnualTask> tasks = mapper.findTasks(t.getId());
        assertThat(tasks).extracting(AnnualTask::getName).containsExactly("基本支出", "项目支出");
        assertThat(tasks.get(0).getOtherAmount()).isEqualByComparingTo("1.10");

        mapper.deleteSpendingPlan(t.getId());
        mapper.deleteTasks(t.getId());
        assertThat(mapper.findSpendingPlan(t.getId())).isEmpty();
        assertThat(mapper.findTasks(t.getId())).isEmpty();
    }

    private static Indicator indicator(int order, String l1, String l2, String name, String valueText, String weight) {
        Indicator i = new Indicator();
        i.setSortOrder(order);
        i.setLevel1(l1);
        i.setLevel2(l2);
        i.setName(name);
        i.setDescription(name + "的说明");
        i.setValueText(valueText);
        i.applyParsedValue();
        i.setWeight(new BigDecimal(weight));
        i.setBasis("年度工作计划");
        i.setStandard("计划标准");
        i.setScoringRule("开展2次及以上得满分，开展1次得权重分的50%，未开展不得分");
        return i;
    }
}
