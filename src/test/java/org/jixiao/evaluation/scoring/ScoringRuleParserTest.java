package org.jixiao.evaluation.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.jixiao.targets.ValueComparator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScoringRuleParserTest {
    private static final BigDecimal W = BigDecimal.TEN;

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static BigDecimal points(RuleReading r, String actual) {
        return Scores.round(r.rule().points(d(actual), W));
    }

    /**
     * Every 评分标准 of seed 000 (部门整体支出绩效指标), with the indicator's own 指标性质 and 指标值, and whether it
     * is read. Those not read fall back to the default formula (or, for qualitative ones, the evaluator's grade).
     */
    static Stream<Arguments> seed000() {
        return Stream.of(
                // prose, comparator, target, unit, read?, expected description / fallback reason fragment
                Arguments.of("完成率大于等于100%为满分，100%以下每降低5%，扣除权重分的10%，扣完为止", "GE", "100", "%", true,
                        "阶梯扣分：≥ 100% 得满分，每少 5% 扣权重分的 10%"),
                Arguments.of("开展2次及以上得满分，开展1次得权重分的50%，未开展不得分", "GE", "2", "次", true,
                        "分档计分：≥ 2次 得满分；≥ 1次 得权重分的 50%；其余不得分"),
                Arguments.of("大于等于2000人次得满分，每少200人次扣除权重分的10%，扣完为止", "GE", "2000", "人次", true,
                        "≥ 2000人次 得满分，每少 200人次 扣权重分的 10%"),
                Arguments.of("大于等于2次得满分，每少1次扣除权重分的50%", "GE", "2", "次", true,
                        "≥ 2次 得满分，每少 1次 扣权重分的 50%"),
                Arguments.of("大于等于9000人次得满分，每少900人次扣除权重分的10%，扣完为止", "GE", "9000", "人次", true,
                        "≥ 9000人次 得满分，每少 900人次 扣权重分的 10%"),
                Arguments.of("大于等于80家得满分，每少8家扣除权重分的10%，扣完为止", "GE", "80", "家", true,
                        "≥ 80家 得满分，每少 8家 扣权重分的 10%"),
                Arguments.of("完成3个得满分，每减少1个扣权重分的10%，扣完为止", "EQ", "3", "个", true,
                        "≥ 3个 得满分，每少 1个 扣权重分的 10%"),
                // the seed's rule says 30 where its 指标值 says 3: the rule is applied and the form says so
                Arguments.of("完成30件得满分，每少采购1件扣除权重分的4%，扣完为止", "GE", "3", "台（套）", true,
                        "与年度指标值（3）不一致，按评分标准计算"),
                Arguments.of("合格率为100%得满分，每降低4%扣除权重分的10%，扣完为止", "EQ", "100", "%", true,
                        "≥ 100% 得满分，每少 4% 扣权重分的 10%"),
                Arguments.of("=100%得满分，每降低4%扣除权重分的10%，扣完为止", "EQ", "100", "%", true,
                        "≥ 100% 得满分，每少 4% 扣权重分的 10%"),
                Arguments.of("平稳运行时间的比例大于等于95%得满分，每降低5%扣除权重分的10%，扣完为止", "GE", "95", "%", true,
                        "≥ 95% 得满分，每少 5% 扣权重分的 10%"),
                Arguments.of("按时完成得满分，未按时完成一项扣除权重分的10%，扣完为止", "EQ", "100", "%", false,
                        "按未完成的事项数扣分"),
                Arguments.of("“三公”经费实际支出数≤预算安排的三公经费数，得50%权重分，否则不得分；日常公用经费决算数≤日常公用经费调整预算数，得50%权重分，否则不得分",
                        "LE", "100", "%", false, "多个子条件分别计分"),
                Arguments.of("小于等于450元得满分，大于450元不得分", "LE", "450", "元", true,
                        "分档计分：≤ 450元 得满分；> 450元 不得分；其余不得分"),
                Arguments.of("小于等于310元得满分，大于310元不得分", "LE", "310", "元", true,
                        "分档计分：≤ 310元 得满分；> 310元 不得分"),
                Arguments.of("比上年下降得满分，比上年上升不得分", null, null, null, false, "定性描述"),
                Arguments.of("下降率大于0%得满分，等于0%得权重分的80%，小于0%不得分", "GT", "0", "%", true,
                        "分档计分：> 0% 得满分；= 0% 得权重分的 80%；< 0% 不得分"),
                Arguments.of("得到有效提升得满分，未得到不得分", null, null, null, false, "定性描述"),
                Arguments.of("全部整改得满分，每少整改2%扣除权重分的10%，扣完为止", "EQ", "100", "%", true,
                        "≥ 100% 得满分，每少 2% 扣权重分的 10%"),
                Arguments.of("受众人数大于等于10万人次得满分，每减少1万人次扣除权重分的20%，扣完为止", "GE", "10", "万人次", true,
                        "≥ 10人次 得满分，每少 1人次 扣权重分的 20%"),
                Arguments.of("满意度大于等于95%得满分，每减少5%扣除权重分的10%，扣完为止", "GE", "95", "%", true,
                        "≥ 95% 得满分，每少 5% 扣权重分的 10%"));
    }

    @ParameterizedTest
    @MethodSource("seed000")
    void everyRuleOfSeed000IsReadOrFallsBackWithAReason(String prose, String cmp, String target, String unit,
                                                        boolean read, String expected) {
        RuleReading r = ScoringRuleParser.parse(prose, cmp == null ? null : ValueComparator.valueOf(cmp),
                target == null ? null : d(target), unit);
        assertThat(r.read()).as(prose).isEqualTo(read);
        assertThat(r.source()).isEqualTo(prose);
        if (read) {
            assertThat(r.description()).startsWith("按评分标准计分").contains(expected);
            assertThat(r.fallbackReason()).isNull();
        } else {
            assertThat(r.rule()).isNull();
            assertThat(r.fallbackReason()).contains(expected);
            assertThat(r.description()).startsWith("评分标准未能识别").endsWith("按默认公式计分");
        }
    }

    @Test
    void perFull200ShortTenPercentOfTheWeightFloorZero() {
        RuleReading r = ScoringRuleParser.parse("每少200人次扣除权重分的10%，扣完为止", ValueComparator.GE, d("2000"), "人次");
        assertThat(r.read()).isTrue();
        assertThat(r.note()).contains("满分线取年度指标值 2000");
        assertThat(points(r, "2500")).isEqualByComparingTo("10");
        assertThat(points(r, "2000")).isEqualByComparingTo("10");
        assertThat(points(r, "1999")).as("not a full 200 short yet").isEqualByComparingTo("10");
        assertThat(points(r, "1801")).isEqualByComparingTo("10");
        assertThat(points(r, "1800")).isEqualByComparingTo("9");
        assertThat(points(r, "1601")).isEqualByComparingTo("9");
        assertThat(points(r, "1600")).isEqualByComparingTo("8");
        assertThat(points(r, "200")).isEqualByComparingTo("1");
        assertThat(points(r, "199")).isEqualByComparingTo("1");
        assertThat(points(r, "0")).isEqualByComparingTo("0");
        assertThat(points(r, "-500")).as("扣完为止").isEqualByComparingTo("0");
    }

    @Test
    void aBareStepRuleNeedsATarget() {
        RuleReading r = ScoringRuleParser.parse("每少200人次扣除权重分的10%，扣完为止");
        assertThat(r.read()).isFalse();
        assertThat(r.fallbackReason()).contains("未写满分线");
    }

    @Test
    void twoOrMoreRehearsalsFullOneHalfNoneZero() {
        RuleReading r = ScoringRuleParser.parse("开展2次及以上得满分，开展1次得权重分的50%，未开展不得分");
        assertThat(points(r, "3")).isEqualByComparingTo("10");
        assertThat(points(r, "2")).isEqualByComparingTo("10");
        assertThat(points(r, "1.5")).isEqualByComparingTo("5");
        assertThat(points(r, "1")).isEqualByComparingTo("5");
        assertThat(points(r, "0.99")).isEqualByComparingTo("0");
        assertThat(points(r, "0")).isEqualByComparingTo("0");
    }

    @Test
    void atMost450YuanFullAboveNothing() {
        RuleReading r = ScoringRuleParser.parse("小于等于450元得满分，大于450元不得分");
        assertThat(points(r, "0")).isEqualByComparingTo("10");
        assertThat(points(r, "450")).isEqualByComparingTo("10");
        assertThat(points(r, "450.01")).isEqualByComparingTo("0");
        assertThat(points(r, "9999")).isEqualByComparingTo("0");
    }

    @Test
    void declineAboveZeroFullZeroEightyPercentBelowNothing() {
        RuleReading r = ScoringRuleParser.parse("下降率大于0%得满分，等于0%得权重分的80%，小于0%不得分");
        assertThat(points(r, "0.01")).isEqualByComparingTo("10");
        assertThat(points(r, "12")).isEqualByComparingTo("10");
        assertThat(points(r, "0")).isEqualByComparingTo("8");
        assertThat(points(r, "-0.01")).isEqualByComparingTo("0");
    }

    @Test
    void perFiveDownTenPercentFromTheTarget() {
        RuleReading r = ScoringRuleParser.parse("每降低5%扣除权重分的10%", ValueComparator.GE, d("95"), "%");
        assertThat(r.read()).isTrue();
        assertThat(points(r, "95")).isEqualByComparingTo("10");
        assertThat(points(r, "90.01")).isEqualByComparingTo("10");
        assertThat(points(r, "90")).isEqualByComparingTo("9");
        assertThat(points(r, "85")).isEqualByComparingTo("8");
        assertThat(points(r, "45")).isEqualByComparingTo("0");
        assertThat(points(r, "0")).isEqualByComparingTo("0");
    }

    @Test
    void completionRateBelowHundredPerFiveDown() {
        RuleReading r = ScoringRuleParser.parse("完成率大于等于100%为满分，100%以下每降低5%，扣除权重分的10%，扣完为止");
        assertThat(points(r, "100")).isEqualByComparingTo("10");
        assertThat(points(r, "96")).isEqualByComparingTo("10");
        assertThat(points(r, "95")).isEqualByComparingTo("9");
        assertThat(points(r, "50")).isEqualByComparingTo("0");
    }

    @Test
    void twoShortWithoutFloorClauseStillStopsAtZero() {
        RuleReading r = ScoringRuleParser.parse("大于等于2次得满分，每少1次扣除权重分的50%");
        assertThat(points(r, "2")).isEqualByComparingTo("10");
        assertThat(points(r, "1")).isEqualByComparingTo("5");
        assertThat(points(r, "0")).isEqualByComparingTo("0");
    }

    @Test
    void tenThousandsAreScaledIntoTheIndicatorsUnit() {
        RuleReading inWan = ScoringRuleParser.parse("受众人数大于等于10万人次得满分，每减少1万人次扣除权重分的20%，扣完为止",
                ValueComparator.GE, d("10"), "万人次");
        assertThat(points(inWan, "10")).isEqualByComparingTo("10");
        assertThat(points(inWan, "9")).isEqualByComparingTo("8");
        assertThat(points(inWan, "5.5")).isEqualByComparingTo("2");
        RuleReading inPersons = ScoringRuleParser.parse("受众人数大于等于10万人次得满分，每减少1万人次扣除权重分的20%，扣完为止",
                ValueComparator.GE, d("100000"), "人次");
        assertThat(inPersons.rule()).isEqualTo(new StepDeduction(d("100000"), true, d("10000"), d("0.2"), false, "人次"));
        assertThat(points(inPersons, "90000")).isEqualByComparingTo("8");
    }

    @Test
    void theRuleSaysThirtyWhereTheTargetSaysThree() {
        RuleReading r = ScoringRuleParser.parse("完成30件得满分，每少采购1件扣除权重分的4%，扣完为止", ValueComparator.GE, d("3"), "台（套）");
        assertThat(points(r, "30")).isEqualByComparingTo("10");
        assertThat(points(r, "3")).isEqualByComparingTo("0");
        assertThat(points(r, "28")).isEqualByComparingTo("9.2");
    }

    @Test
    void allRectifiedMeansHundredPercent() {
        RuleReading r = ScoringRuleParser.parse("全部整改得满分，每少整改2%扣除权重分的10%，扣完为止");
        assertThat(points(r, "100")).isEqualByComparingTo("10");
        assertThat(points(r, "98")).isEqualByComparingTo("9");
        assertThat(points(r, "97")).isEqualByComparingTo("9");
    }

    @Test
    void lowerIsBetterStepsCountBeyondTheLine() {
        RuleReading r = ScoringRuleParser.parse("不超过48小时得满分，每超过12小时扣除权重分的25%");
        assertThat(r.rule()).isEqualTo(new StepDeduction(d("48"), false, d("12"), d("0.25"), false, "小时"));
        assertThat(points(r, "48")).isEqualByComparingTo("10");
        assertThat(points(r, "60")).isEqualByComparingTo("7.5");
        assertThat(points(r, "200")).isEqualByComparingTo("0");
    }

    @Test
    void pointsInsteadOfAShare() {
        RuleReading r = ScoringRuleParser.parse("大于等于10次得满分，每少1次扣1分");
        assertThat(points(r, "8")).isEqualByComparingTo("8");
        assertThat(Scores.round(r.rule().points(d("8"), d("5")))).isEqualByComparingTo("3");
    }

    @Test
    void fullWidthAndSpacesAreRead() {
        RuleReading r = ScoringRuleParser.parse(" 大于等于 ２０００ 人次得满分；每少 ２００ 人次扣除权重分的１０％ ");
        assertThat(r.rule()).isEqualTo(new StepDeduction(d("2000"), true, d("200"), d("0.1"), false, "人次"));
    }

    @Test
    void unreadableProseSaysWhy() {
        assertThat(ScoringRuleParser.parse("大于等于2次得满分").fallbackReason()).contains("只写了满分条件");
        assertThat(ScoringRuleParser.parse("酌情扣分，最多扣5分").fallbackReason()).contains("无法识别");
        assertThat(ScoringRuleParser.parse("大于等于2次得满分，每少1次扣除权重分的50%，每少2次扣除权重分的100%")
                .fallbackReason()).contains("多种扣分办法");
        assertThat(ScoringRuleParser.parse("开展2次得满分，开展1次得权重分的150%").fallbackReason()).contains("无法识别");
        assertThat(ScoringRuleParser.parse("  ").written()).isFalse();
        assertThat(ScoringRuleParser.parse(null)).isEqualTo(RuleReading.none());
        assertThat(RuleReading.none().description()).isEqualTo("未写评分标准，按默认公式计分");
    }
}
