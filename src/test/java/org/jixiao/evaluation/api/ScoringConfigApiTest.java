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

/** /api/scoring-config/{year}: read and changed by ADMIN only; 403, 422 per field, 409. */
@IntegrationTest
class ScoringConfigApiTest {
    @Autowired
    TestRestTemplate rest;

    private Api as(String user) {
        return Api.as(rest, user);
    }

    static Map<String, Object> seed004(Object version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        body.put("budgetPoints", "10");
        body.put("indicatorTotal", "90");
        body.put("weights", List.of(Map.of("level1", "成本指标", "weight", "20"), Map.of("level1", "产出", "weight", "40"),
                Map.of("level1", "效益指标", "weight", "20"), Map.of("level1", "满意度指标", "weight", "10")));
        body.put("lowerIsBetter", "RATIO");
        body.put("excellentFrom", "80");
        body.put("goodFrom", "70");
        body.put("fairFrom", "60");
        body.put("outcomes", List.of(Map.of("grade", "优", "recommendation", "PRIORITY", "label", "优先安排"),
                Map.of("grade", "良", "recommendation", "KEEP", "label", "正常安排"),
                Map.of("grade", "中", "recommendation", "REDUCE", "label", "核减 10%"),
                Map.of("grade", "差", "recommendation", "CANCEL", "label", "不再安排")));
        return body;
    }

    @Test
    void defaultsThenSeed004SavedByAdmin() {
        as("staff").get("/api/scoring-config/2001").expect(403);
        as("finance").get("/api/scoring-config/2001").expect(403);
        JsonNode defaults = as("admin").get("/api/scoring-config/2001").expect(200).body();
        assertThat(defaults.get("configured").asBoolean()).isFalse();
        assertThat(defaults.get("version").asInt()).isZero();
        assertThat(defaults.get("budgetPoints").decimalValue()).isEqualByComparingTo("10");
        assertThat(defaults.get("indicatorTotal").decimalValue()).isEqualByComparingTo("90");
        assertThat(defaults.get("weights").toString()).contains("产出指标", "效益指标", "满意度指标");
        assertThat(defaults.get("lowerIsBetter").asText()).isEqualTo("BAND");
        assertThat(defaults.get("excellentFrom").decimalValue()).isEqualByComparingTo("90");
        assertThat(defaults.get("outcomes").get(3).get("recommendation").asText()).isEqualTo("CANCEL");
        as(null).get("/api/scoring-config/2001").expect(401);
        as("admin").get("/api/scoring-config/1999").expect(422);

        as("finance").put("/api/scoring-config/2001", seed004(0)).expect(403);
        JsonNode saved = as("admin").put("/api/scoring-config/2001", seed004(0)).expect(200).body();
        assertThat(saved.get("configured").asBoolean()).isTrue();
        assertThat(saved.get("version").asInt()).isEqualTo(1);
        assertThat(saved.get("updatedBy").asText()).isEqualTo("admin");
        assertThat(saved.get("weights").get(1).get("level1").asText()).as("canonical name").isEqualTo("产出指标");
        JsonNode read = as("admin").get("/api/scoring-config/2001").expect(200).body();
        assertThat(read.get("weights")).hasSize(4);
        assertThat(read.get("weights").get(0).get("weight").decimalValue()).isEqualByComparingTo("20");
        assertThat(read.get("lowerIsBetter").asText()).isEqualTo("RATIO");
        assertThat(read.get("outcomes").get(2).get("label").asText()).isEqualTo("核减 10%");
        assertThat(as("admin").get("/api/scoring-config/2002").body().get("configured").asBoolean())
                .as("another year keeps the defaults").isFalse();

        // a second admin screen still holds version 0: refused, nothing overwritten
        Map<String, Object> other = seed004(0);
        other.put("excellentFrom", "95");
        assertThat(as("admin").put("/api/scoring-config/2001", other).expect(409).body().get("detail").asText())
                .contains("已被他人修改");
        other.put("version", 1);
        other.put("weights", List.of(Map.of("level1", "产出指标", "weight", "60"), Map.of("level1", "效益指标", "weight", "30")));
        JsonNode again = as("admin").put("/api/scoring-config/2001", other).expect(200).body();
        assertThat(again.get("version").asInt()).isEqualTo(2);
        assertThat(again.get("weights")).hasSize(2);
        assertThat(again.get("excellentFrom").decimalValue()).isEqualByComparingTo("95");
    }

    @Test
    void inconsistentBandsAndWeightsAnswer422PerField() {
        Map<String, Object> body = seed004(0);
        body.put("weights", List.of(Map.of("level1", "产出指标", "weight", "50"), Map.of("level1", "产出", "weight", "30"),
                Map.of("level1", "效益指标", "weight", "5")));
        body.put("goodFrom", "85");
        body.put("lowerIsBetter", null);
        body.put("outcomes", List.of(Map.of("grade", "优", "recommendation", "PRIORITY", "label", "优先安排")));
        JsonNode refused = as("admin").put("/api/scoring-config/2003", body).expect(422).body();
        Map<String, String> byField = new HashMap<>();
        refused.get("errors").forEach(e -> byField.merge(e.get("field").asText(), e.get("message").asText(),
                (a, b) -> a + "；" + b));
        assertThat(byField).containsOnlyKeys("weights[1].level1", "excellentFrom", "lowerIsBetter", "outcomes.良",
                "outcomes.中", "outcomes.差");
        assertThat(byField.get("excellentFrom")).contains("应高于「良」的起点");

        Map<String, Object> sum = seed004(0);
        sum.put("weights", List.of(Map.of("level1", "产出指标", "weight", "50"), Map.of("level1", "效益指标", "weight", "30")));
        sum.put("budgetPoints", "20");
        JsonNode sums = as("admin").put("/api/scoring-config/2003", sum).expect(422).body();
        assertThat(sums.toString()).contains("indicatorTotal", "之和应为 100");
        sum.put("budgetPoints", "10");
        assertThat(as("admin").put("/api/scoring-config/2003", sum).expect(422).body().toString())
                .contains("\"weights\"", "各一级指标分值之和（80）应等于绩效指标总分（90）");
        Map<String, Object> eighty = seed004(0);
        eighty.put("budgetPoints", "20");
        eighty.put("indicatorTotal", "80");
        eighty.put("weights", List.of(Map.of("level1", "产出指标", "weight", "50"), Map.of("level1", "效益指标", "weight", "30")));
        JsonNode drafted = as("admin").put("/api/scoring-config/2003", eighty).expect(422).body();
        assertThat(drafted.get("errors")).singleElement().satisfies(e -> {
            assertThat(e.get("field").asText()).isEqualTo("indicatorTotal");
            assertThat(e.get("message").asText()).contains("（80）", "（90）", "编制");
        });
        as("admin").put("/api/scoring-config/2003", seed004(null)).expect(422);
        assertThat(as("admin").get("/api/scoring-config/2003").body().get("configured").asBoolean()).isFalse();
    }
}
