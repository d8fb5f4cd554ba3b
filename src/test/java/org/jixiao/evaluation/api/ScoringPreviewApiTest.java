package org.jixiao.evaluation.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** POST /api/scoring/preview over real HTTP: scores with the caller's bureau rules, 422 per field, saves nothing. */
@IntegrationTest
class ScoringPreviewApiTest {
    @Autowired
    TestRestTemplate rest;

    private Api as(String user) {
        return Api.as(rest, user);
    }

    static Map<String, Object> indicator(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    static Map<String, Object> body(int year, Object planned, Object executed, List<Map<String, Object>> indicators) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fiscalYear", year);
        Map<String, Object> budget = new LinkedHashMap<>();
        budget.put("planned", planned);
        budget.put("executed", executed);
        body.put("budget", budget);
        body.put("indicators", indicators);
        return body;
    }

    private static Map<String, String> byField(JsonNode problem) {
        Map<String, String> byField = new HashMap<>();
        problem.get("errors").forEach(e -> byField.merge(e.get("field").asText(), e.get("message").asText(),
                (a, b) -> a + "；" + b));
        return byField;
    }

    @Test
    void scoresWithTheDefaultsProseRulesAndTypedValues() {
        JsonNode r = as("staff").post("/api/scoring/preview", body(2004, "100", "85", List.of(
                indicator("key", "training", "level1", "产出指标", "comparator", "GE", "value", "2000", "weight", "20",
                        "scoringRule", "大于等于2000人次得满分，每少200人次扣除权重分的10%，扣完为止", "actual", "1700"),
                indicator("key", "drills", "level1", "产出", "valueText", "≥2次", "weight", "10",
                        "scoringRule", "开展2次及以上得满分，开展1次得权重分的50%，未开展不得分", "actual", "1"),
                indicator("key", "cost", "level1", "产出指标", "valueText", "不超过 450 元", "weight", "10",
                        "scoringRule", "小于等于450元得满分，大于450元不得分", "actual", "451"),
                indicator("key", "onTime", "level1", "产出指标", "comparator", "EQ", "value", "100", "weight", "10",
                        "scoringRule", "按时完成得满分，未按时完成一项扣除权重分的10%，扣完为止", "actual", "90"),
                indicator("key", "benefit", "level1", "效益指标", "comparator", "LE", "value", "100", "weight", "30",
                        "actual", "150"),
                indicator("key", "satisfaction", "level1", "满意度指标", "comparator", null, "weight", "10",
                        "grade", "PARTIAL", "score", "7.5")))).expect(200).body();
        assertThat(r.get("fiscalYear").asInt()).isEqualTo(2004);
        assertThat(r.get("budgetScore").decimalValue()).isEqualByComparingTo("8.5");
        assertThat(r.get("executionRate").decimalValue()).isEqualByComparingTo("85");
        JsonNode items = r.get("items");
        assertThat(items).hasSize(6);
        assertThat(items.get(0).get("key").asText()).isEqualTo("training");
        assertThat(items.get(0).get("score").decimalValue()).isEqualByComparingTo("18");
        assertThat(items.get(0).get("rule").asText()).startsWith("按评分标准计分（阶梯扣分");
        assertThat(items.get(1).get("score").decimalValue()).isEqualByComparingTo("5");
        assertThat(items.get(1).get("rule").asText()).contains("分档计分");
        assertThat(items.get(2).get("score").decimalValue()).isEqualByComparingTo("0");
        assertThat(items.get(3).get("score").decimalValue()).isEqualByComparingTo("9");
        assertThat(items.get(3).get("rule").asText()).startsWith("评分标准未能识别").contains("默认公式");
        assertThat(items.get(4).get("score").decimalValue()).isEqualByComparingTo("15");
        assertThat(items.get(4).get("rule").asText()).contains("t < a < 2t");
        assertThat(items.get(5).get("score").decimalValue()).isEqualByComparingTo("7.5");
        assertThat(items.get(5).get("belowFull").asBoolean()).isTrue();
        // 8.5 + 18 + 5 + 0 + 9 + 15 + 7.5
        assertThat(r.get("total").decimalValue()).isEqualByComparingTo("63");
        assertThat(r.get("grade").asText()).isEqualTo("中");
        assertThat(r.get("recommendation").get("code").asText()).isEqualTo("REDUCE");
        assertThat(r.get("warnings")).as("产出 50, 效益 30, 满意度 10: as configured").isEmpty();
        assertThat(as("admin").get("/api/scoring-config/2004").body().get("configured").asBoolean())
                .as("a preview saves nothing").isFalse();
    }

    @Test
    void seed004WithItsBureausWeightsAndRegionalFormula() {
        as("admin").put("/api/scoring-config/2005", ScoringConfigApiTest.seed004(0)).expect(200);
        JsonNode r = as("dept2").post("/api/scoring/preview", body(2005, "11368.25", "11368.25", List.of(
                indicator("key", "控制成本", "level1", "成本指标", "weight", "20", "grade", "ACHIEVED", "score", "20"),
                indicator("key", "安全生产控制指标", "level1", "产出指标", "valueText", "100%", "weight", "5", "actual", "100"),
                indicator("key", "杜绝重特大事故发生", "level1", "产出指标", "valueText", "0", "weight", "2", "actual", "0"),
                indicator("key", "重点工作办结率", "level1", "产出指标", "valueText", "100%", "weight", "2", "actual", "100"),
                indicator("key", "应急管理工作融合", "level1", "产出指标", "valueText", "100%", "weight", "1", "actual", "100"),
                indicator("key", "重点工作办结率2", "level1", "产出指标", "valueText", "100%", "weight", "5", "actual", "100"),
                indicator("key", "项目完成率", "level1", "产出指标", "valueText", "100%", "weight", "5", "actual", "100"),
                indicator("key", "提升应急救援能力", "level1", "效益指标", "valueText", "95%以上", "weight", "20", "actual", "100"),
                indicator("key", "发挥作用的期限", "level1", "效益指标", "valueText", "长期", "weight", "20",
                        "grade", "ACHIEVED", "score", "20"),
                indicator("key", "社会公众对工作的期望", "level1", "满意度指标", "weight", "10", "grade", "ACHIEVED",
                        "score", "8")))).expect(200).body();
        assertThat(r.get("budgetScore").decimalValue()).isEqualByComparingTo("10");
        assertThat(r.get("total").decimalValue()).isEqualByComparingTo("98");
        assertThat(r.get("grade").asText()).isEqualTo("优");
        assertThat(r.get("recommendation").get("label").asText()).isEqualTo("优先安排");
        assertThat(r.get("warnings").toString()).contains("「产出指标」各指标分值合计 20，配置为 40");

        // the bureau's 2005 rules: t/a × w for lower-is-better, and 优 from 80
        JsonNode ratio = as("staff").post("/api/scoring/preview", body(2005, "100", "100", List.of(
                indicator("key", "cost", "level1", "成本指标", "comparator", "LE", "value", "100", "weight", "20",
                        "actual", "400"),
                indicator("key", "out", "level1", "产出指标", "comparator", "GE", "value", "10", "weight", "70",
                        "actual", "10")))).expect(200).body();
        assertThat(ratio.get("items").get(0).get("score").decimalValue()).isEqualByComparingTo("5");
        assertThat(ratio.get("total").decimalValue()).isEqualByComparingTo("85");
        assertThat(ratio.get("grade").asText()).isEqualTo("优");
    }

    @Test
    void aQualitativeScoreOutsideItsBandIs422OnItsField() {
        JsonNode refused = as("staff").post("/api/scoring/preview", body(2004, "100", "100", List.of(
                indicator("key", "a", "level1", "产出指标", "comparator", "GE", "value", "1", "weight", "80", "actual", "1"),
                indicator("key", "s", "level1", "满意度指标", "weight", "10", "grade", "ACHIEVED", "score", "7.99"))))
                .expect(422).body();
        assertThat(byField(refused)).containsOnlyKeys("indicators[1].score");
        assertThat(byField(refused).get("indicators[1].score")).isEqualTo("「达成年度指标」的得分须在 [8, 10] 之间，现为 7.99");
    }

    @Test
    void missingAndInvalidInputIs422PerField() {
        JsonNode refused = as("staff").post("/api/scoring/preview", body(2004, null, "-1", List.of(
                indicator("key", "a", "level1", "产出指标", "comparator", "XX", "value", "1", "weight", "10", "actual", "1"),
                indicator("key", "b", "level1", "产出指标", "valueText", "≥**天", "weight", "10", "actual", "1"),
                indicator("key", "c", "level1", "产出指标", "comparator", "GE", "weight", "10"),
                indicator("level1", "效益指标", "weight", "0", "grade", "BAD", "score", "1"),
                indicator("key", "e", "weight", "10", "grade", "PARTIAL"),
                indicator("key", "f", "level1", "产出指标", "value", "3", "weight", "10", "actual", "3")))).expect(422).body();
        Map<String, String> v = byField(refused);
        assertThat(v).containsOnlyKeys("budget.planned", "budget.executed", "indicators[0].comparator",
                "indicators[1].valueText", "indicators[2].value", "indicators[2].actual", "indicators[3].key",
                "indicators[3].grade", "indicators[3].weight", "indicators[4].level1", "indicators[4].score",
                "indicators[5].comparator");
        assertThat(v.get("indicators[1].valueText")).contains("缺少数字");
        assertThat(refused.get("status").asInt()).isEqualTo(422);

        assertThat(byField(as("staff").post("/api/scoring/preview", Map.of("fiscalYear", 2004)).expect(422).body()))
                .containsKeys("budget.planned", "budget.executed", "indicators");
        as("staff").post("/api/scoring/preview", body(1999, "1", "1", List.of())).expect(422);
        as(null).post("/api/scoring/preview", body(2004, "1", "1", List.of())).expect(401);
        as("staff").postRaw("/api/scoring/preview", "{\"budget\":{\"planned\":\"abc\"}}").expect(400);
    }
}
