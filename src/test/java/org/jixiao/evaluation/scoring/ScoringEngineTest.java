package org.jixiao.evaluation.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jixiao.evaluation.scoring.QualitativeGrade.ACHIEVED;
import static org.jixiao.evaluation.scoring.QualitativeGrade.PARTIAL;
import static org.jixiao.targets.ValueComparator.EQ;
import static org.jixiao.targets.ValueComparator.GE;
import static org.jixiao.targets.ValueComparator.LE;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jixiao.common.FieldViolation;
import org.jixiao.targets.IndicatorValue;
import org.jixiao.targets.IndicatorValueParser;
import org.junit.jupiter.api.Test;

class ScoringEngineTest {

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    /** A quantitative row typed as on the form: the 指标值 text goes through the target's own parser. */
    static IndicatorInput row(String key, String level1, String valueText, String weight, String actual) {
        IndicatorValue v = IndicatorValueParser.parse(valueText);
        return IndicatorInput.quantitative(key, level1, v.comparator(), v.value(), d(weight), RuleReading.none(), d(actual));
    }

    /**
     * Seed 004 (衡阳市应急管理局 2023 部门整体支出绩效自评表): 执行率 100% → 10; every indicator's 得分 as printed.
     * Its qualitative rows (成本控制在预算内, 长期) and the 满意度 row scored 8 for "达到95%以上" are graded by the
     * evaluator: 8 of 10 is the bottom of 达成年度指标 [8, 10].
     */
    @Test
    void seed004IsReproduced() {
        Evaluation seed = new Evaluation(d("11368.25"), d("11368.25"), List.of(
                IndicatorInput.qualitative("控制成本", "成本指标", d("20"), ACHIEVED, d("20")),
                row("安全生产控制指标在省控制指标内", "产出指标", "100%", "5", "100"),
                row("杜绝重特大事故发生", "产出指标", "0", "2", "0"),
                row("重点工作办结率", "产出指标", "100%", "2", "100"),
                row("大力推动应急管理工作融合，提高安全风险防控水平", "产出指标", "100%", "1", "100"),
                row("重点工作办结率（二）", "产出指标", "100%", "5", "100"),
                row("项目完成率", "产出指标", "100%", "5", "100"),
                row("提升应急救援能力", "效益指标", "95%以上", "20", "100"),
                IndicatorInput.qualitative("发挥作用的期限", "效益指标", d("20"), ACHIEVED, d("20")),
                IndicatorInput.qualitative("社会公众对工作的期望", "满意度指标", d("10"), ACHIEVED, d("8"))));
        ScoreSheet sheet = ScoringEngine.score(ScoringConfigTest.seed004(), seed);

        assertThat(sheet.budget().rate()).isEqualByComparingTo("100");
        assertThat(sheet.budget().score().toPlainString()).isEqualTo("10.00");
        assertThat(sheet.items()).extracting(i -> i.score().toPlainString())
                .containsExactly("20.00", "5.00", "2.00", "2.00", "1.00", "5.00", "5.00", "20.00", "20.00", "8.00");
        assertThat(sheet.indicatorScore()).isEqualByComparingTo("88");
        assertThat(sheet.total().toPlainString()).isEqualTo("98.00");
        assertThat(sheet.grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(sheet.outcome().recommendation()).isEqualTo(Recommendation.PRIORITY);
        assertThat(sheet.items().get(2).rule()).startsWith("默认公式（等于目标");
        assertThat(sheet.items().get(9).rule()).isEqualTo("定性指标：达成年度指标，得分区间 [8, 10]");
        assertThat(sheet.items().get(9).belowFull()).as("needs 偏差原因").isTrue();
        // the seed's own rows add up to 产出 20 / 效益 40 under headings of 40 / 20: said, not hidden
        assertThat(sheet.warnings()).containsExactly("「产出指标」各指标分值合计 20，配置为 40",
                "「效益指标」各指标分值合计 40，配置为 20");
    }

    @Test
    void aProseRuleOverridesTheDefaultFormulaAndAnUnreadableOneSaysSo() {
        RuleReading training = ScoringRuleParser.parse("大于等于2000人次得满分，每少200人次扣除权重分的10%，扣完为止",
                GE, d("2000"), "人次");
        RuleReading unread = ScoringRuleParser.parse("按时完成得满分，未按时完成一项扣除权重分的10%，扣完为止", EQ, d("100"), "%");
        Evaluation e = new Evaluation(d("100"), d("85"), List.of(
                IndicatorInput.quantitative("培训", "产出指标", GE, d("2000"), d("10"), training, d("1700")),
                IndicatorInput.quantitative("按时完成率", "产出指标", EQ, d("100"), d("10"), unread, d("90")),
                IndicatorInput.quantitative("成本", "产出指标", LE, d("450"), d("30"), RuleReading.none(), d("495")),
                IndicatorInput.quantitative("受益", "效益指标", GE, d("100"), d("30"), RuleReading.none(), d("100")),
                IndicatorInput.qualitative("满意度", "满意度指标", d("10"), PARTIAL, d("7.5"))));
        ScoreSheet sheet = ScoringEngine.score(ScoringConfig.defaults(), e);
        // 1700 is one full 200 short (300): 9, not the 8.5 of a/t × w
        assertThat(sheet.items()).extracting(i -> i.score().toPlainString())
                .containsExactly("9.00", "9.00", "27.00", "30.00", "7.50");
        assertThat(sheet.items().get(0).rule()).startsWith("按评分标准计分（阶梯扣分");
        assertThat(sheet.items().get(1).rule()).startsWith("评分标准未能识别（按未完成的事项数扣分")
                .contains("按默认公式计分：等于目标");
        assertThat(sheet.budget().score()).isEqualByComparingTo("8.5");
        assertThat(sheet.total().toPlainString()).isEqualTo("91.00");
        assertThat(sheet.grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(sheet.warnings()).isEmpty();
    }

    @Test
    void regionalBandsAndFormulaComeFromTheConfiguration() {
        ScoringConfig regional = new ScoringConfig(BigDecimal.TEN, d("90"), ScoringConfig.defaults().weights(),
                LowerIsBetterFormula.RATIO, new GradeBands(d("80"), d("70"), d("60")), Map.of(
                Grade.EXCELLENT, new Outcome(Recommendation.PRIORITY, "优先安排"),
                Grade.GOOD, new Outcome(Recommendation.KEEP, "正常安排"),
                Grade.FAIR, new Outcome(Recommendation.REDUCE, "核减 10%"),
                Grade.POOR, new Outcome(Recommendation.CANCEL, "不再安排")));
        Evaluation e = new Evaluation(d("100"), d("100"), List.of(
                IndicatorInput.quantitative("成本", "产出指标", LE, d("100"), d("50"), null, d("200")),
                IndicatorInput.quantitative("效益", "效益指标", GE, d("10"), d("30"), null, d("10")),
                IndicatorInput.qualitative("满意度", "满意度指标", d("10"), ACHIEVED, d("10"))));
        ScoreSheet ratio = ScoringEngine.score(regional, e);
        assertThat(ratio.items().get(0).score()).isEqualByComparingTo("25");   // t/a × w
        assertThat(ratio.total()).isEqualByComparingTo("75");
        assertThat(ratio.grade()).isEqualTo(Grade.GOOD);
        assertThat(ratio.outcome().label()).isEqualTo("正常安排");
        ScoreSheet central = ScoringEngine.score(ScoringConfig.defaults(), e);
        assertThat(central.items().get(0).score()).isEqualByComparingTo("0");  // a ≥ 2t
        assertThat(central.grade()).isEqualTo(Grade.POOR);
    }

    @Test
    void totalsAreSumsOfRoundedScores() {
        Evaluation e = new Evaluation(d("3"), d("2"), List.of(
                IndicatorInput.quantitative("a", "产出指标", GE, d("3"), d("10"), null, d("1")),
                IndicatorInput.quantitative("b", "产出指标", GE, d("3"), d("10"), null, d("1")),
                IndicatorInput.quantitative("c", "产出指标", GE, d("3"), d("10"), null, d("1"))));
        ScoreSheet sheet = ScoringEngine.score(ScoringConfig.defaults(), e);
        assertThat(sheet.total().toPlainString()).isEqualTo("16.66");   // 6.67 + 3 × 3.33
    }

    @Test
    void outOfBandAndMissingInputIsRefusedPerField() {
        Evaluation e = new Evaluation(null, d("-1"), List.of(
                IndicatorInput.qualitative("q", "满意度指标", d("10"), PARTIAL, d("8")),
                IndicatorInput.qualitative("q2", "满意度指标", d("10"), null, null),
                IndicatorInput.quantitative("n", "产出指标", GE, null, d("0"), null, null)));
        Map<String, String> v = ScoreInputChecks.violations(e).stream()
                .collect(Collectors.toMap(FieldViolation::field, FieldViolation::message));
        assertThat(v).containsOnlyKeys("budget.planned", "budget.executed", "indicators[0].score", "indicators[1].grade",
                "indicators[1].score", "indicators[2].weight", "indicators[2].value", "indicators[2].actual");
        assertThat(v.get("indicators[0].score")).isEqualTo("「部分达成并具有一定效果」的得分须在 [6, 8) 之间，现为 8");
        assertThatThrownBy(() -> ScoringEngine.score(ScoringConfig.defaults(), e))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("indicators[0].score");
    }

    @Test
    void oneIndicatorAloneAsAFormScoresItWhileTyping() {
        ItemScore item = ScoringEngine.scoreIndicator(ScoringConfig.defaults(),
                IndicatorInput.quantitative("k", "产出指标", GE, d("2000"), d("10"),
                        ScoringRuleParser.parse("每少200人次扣除权重分的10%，扣完为止", GE, d("2000"), "人次"), d("1500")));
        assertThat(item.score().toPlainString()).isEqualTo("8.00");
        assertThat(item.rule()).contains("满分线取年度指标值 2000");
        assertThat(ScoreInputChecks.violations("", IndicatorInput.qualitative("q", "满意度指标", d("10"), ACHIEVED, d("11"))))
                .extracting(FieldViolation::field).containsExactly("score");
        assertThatThrownBy(() -> ScoringEngine.scoreIndicator(ScoringConfig.defaults(),
                IndicatorInput.quantitative("k", "产出指标", GE, d("1"), d("10"), null, null)))
                .hasMessageContaining("actual");
    }
}
