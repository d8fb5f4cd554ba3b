package org.jixiao.evaluation.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jixiao.common.FieldViolation;
import org.junit.jupiter.api.Test;

class ScoringConfigTest {

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    /** Seed 004 (衡阳): 成本 20 / 产出 40 / 效益 20 / 满意度 10 with 10 budget points. */
    static ScoringConfig seed004() {
        return new ScoringConfig(BigDecimal.TEN, d("90"), List.of(new Level1Weight("成本指标", d("20")),
                new Level1Weight("产出指标", d("40")), new Level1Weight("效益指标", d("20")),
                new Level1Weight("满意度指标", d("10"))), LowerIsBetterFormula.BAND, GradeBands.defaults(),
                ScoringConfig.defaultOutcomes());
    }

    private static Map<String, String> byField(List<FieldViolation> v) {
        return v.stream().collect(Collectors.toMap(FieldViolation::field, FieldViolation::message, (a, b) -> a + "；" + b));
    }

    @Test
    void defaultsAndSeed004AreValid() {
        assertThat(ScoringConfig.defaults().violations()).isEmpty();
        assertThat(seed004().violations()).isEmpty();
        assertThat(seed004().weightOf("成本")).isEqualByComparingTo("20");
        assertThat(seed004().weightOf("效果指标")).as("效果 = 效益").isEqualByComparingTo("20");
        assertThat(ScoringConfig.defaults().weightOf("成本指标")).isNull();
        assertThat(ScoringConfig.defaults().outcome(Grade.POOR).recommendation()).isEqualTo(Recommendation.CANCEL);
    }

    @Test
    void everyProblemOnItsField() {
        ScoringConfig bad = new ScoringConfig(d("15"), d("90"), List.of(new Level1Weight("产出", d("50")),
                new Level1Weight("产出指标", d("30")), new Level1Weight(" ", d("0"))), null,
                new GradeBands(d("80"), d("85"), d("60")), Map.of(Grade.EXCELLENT, new Outcome(Recommendation.PRIORITY, "")));
        Map<String, String> v = byField(bad.violations());
        assertThat(v).containsOnlyKeys("indicatorTotal", "weights[1].level1", "weights[2].level1", "weights[2].weight",
                "lowerIsBetter", "excellentFrom", "outcomes.优", "outcomes.良", "outcomes.中", "outcomes.差");
        assertThat(v.get("indicatorTotal")).contains("之和应为 100");
        assertThat(v.get("weights[1].level1")).contains("重复");
        assertThat(v.get("excellentFrom")).contains("应高于「良」的起点");
    }

    @Test
    void weightsMustAddUpToTheIndicatorTotal() {
        ScoringConfig c = new ScoringConfig(BigDecimal.TEN, d("90"), List.of(new Level1Weight("产出指标", d("50")),
                new Level1Weight("效益指标", d("30"))), LowerIsBetterFormula.RATIO, new GradeBands(d("80"), d("70"), d("60")),
                ScoringConfig.defaultOutcomes());
        assertThat(byField(c.violations())).containsOnlyKeys("weights");
        assertThat(byField(c.violations()).get("weights")).isEqualTo("各一级指标分值之和（80）应等于绩效指标总分（90）");
    }
}
