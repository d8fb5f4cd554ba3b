package org.jixiao.monitoring.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** /api/light-thresholds/{year}: read by anyone of the bureau, changed by ADMIN; 403, 422 per field, 409. */
@IntegrationTest
class LightThresholdApiTest {
    @Autowired
    TestRestTemplate rest;

    private Api as(String user) {
        return Api.as(rest, user);
    }

    private static Map<String, Object> body(Object version, String budgetRed, String budgetGreen, String red,
                                            String green, String blue, String mode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        body.put("budgetRedBelow", budgetRed);
        body.put("budgetGreenFrom", budgetGreen);
        body.put("indicatorRedBelow", red);
        body.put("indicatorGreenFrom", green);
        body.put("indicatorBlueFrom", blue);
        body.put("budgetMode", mode);
        return body;
    }

    @Test
    void defaultsThenSavedByAdmin() {
        JsonNode defaults = as("finance").get("/api/light-thresholds/2016").expect(200).body();
        assertThat(defaults.get("fiscalYear").asInt()).isEqualTo(2016);
        assertThat(defaults.get("configured").asBoolean()).isFalse();
        assertThat(defaults.get("version").asInt()).isZero();
        assertThat(defaults.get("budgetRedBelow").decimalValue()).isEqualByComparingTo("60");
        assertThat(defaults.get("budgetGreenFrom").decimalValue()).isEqualByComparingTo("80");
        assertThat(defaults.get("indicatorBlueFrom").decimalValue()).isEqualByComparingTo("120");
        assertThat(defaults.get("budgetMode").asText()).isEqualTo("TIME_ELAPSED");
        as("staff").get("/api/light-thresholds/2016").expect(200);
        as(null).get("/api/light-thresholds/2016").expect(401);
        as("admin").get("/api/light-thresholds/1999").expect(422);

        as("finance").put("/api/light-thresholds/2016", body(0, "50", "70", "50", "80", "120", "TIME_ELAPSED")).expect(403);

        JsonNode saved = as("admin").put("/api/light-thresholds/2016",
                body(0, "50", "70", "50", "80", null, "SPENDING_PLAN")).expect(200).body();
        assertThat(saved.get("configured").asBoolean()).isTrue();
        assertThat(saved.get("version").asInt()).isEqualTo(1);
        assertThat(saved.get("updatedBy").asText()).isEqualTo("admin");
        assertThat(saved.get("indicatorBlueFrom").isNull()).as("blue switched off").isTrue();
        assertThat(saved.get("budgetMode").asText()).isEqualTo("SPENDING_PLAN");
        JsonNode read = as("finance").get("/api/light-thresholds/2016").expect(200).body();
        assertThat(read.get("budgetRedBelow").decimalValue()).isEqualByComparingTo("50");
        assertThat(read.get("indicatorBlueFrom").isNull()).isTrue();

        // the second admin screen still holds version 0: refused, nothing overwritten
        JsonNode stale = as("admin").put("/api/light-thresholds/2016",
                body(0, "40", "70", "50", "80", "120", "TIME_ELAPSED")).expect(409).body();
        assertThat(stale.get("detail").asText()).contains("已被他人修改");
        assertThat(as("admin").get("/api/light-thresholds/2016").body().get("budgetRedBelow").decimalValue())
                .isEqualByComparingTo("50");
        JsonNode again = as("admin").put("/api/light-thresholds/2016",
                body(1, "40", "70", "50", "80", "125.5", "TIME_ELAPSED")).expect(200).body();
        assertThat(again.get("version").asInt()).isEqualTo(2);
        assertThat(again.get("indicatorBlueFrom").decimalValue()).isEqualByComparingTo("125.5");
    }

    @Test
    void invalidBandsAnswer422PerField() {
        JsonNode refused = as("admin").put("/api/light-thresholds/2013",
                body(0, "80", "60", "-5", "80", "100", null)).expect(422).body();
        Map<String, String> byField = new HashMap<>();
        refused.get("errors").forEach(e -> byField.merge(e.get("field").asText(), e.get("message").asText(),
                (a, b) -> a + "；" + b));
        assertThat(byField).containsOnlyKeys("budgetGreenFrom", "indicatorRedBelow", "indicatorBlueFrom", "budgetMode");
        assertThat(byField.get("budgetGreenFrom")).contains("预算执行绿灯线", "应高于红灯线");
        assertThat(byField.get("indicatorRedBelow")).contains("应大于 0%");
        assertThat(byField.get("indicatorBlueFrom")).contains("应高于 100%");
        as("admin").put("/api/light-thresholds/2013", body(null, "60", "80", "60", "80", "120", "TIME_ELAPSED"))
                .expect(422);
        as("admin").putRaw("/api/light-thresholds/2013", "{\"version\":0,\"budgetRedBelow\":\"abc\"}").expect(400);
        assertThat(as("admin").get("/api/light-thresholds/2013").body().get("configured").asBoolean()).isFalse();
    }
}
