package org.jixiao.targets.api;

import org.jixiao.support.ReviewSheetBodies;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TargetFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Issue 9 §4: a 目标调整 keeps the fiscal year, kind and unit of the target it adjusts. Before, a 2025 target's
 * adjustment saved as 2035 was approved and took the project (and its round reports) out of 2025.
 */
@IntegrationTest
class AdjustmentInvariantsApiTest {
    @Autowired
    TestRestTemplate rest;

    private Api staff() {
        return Api.as(rest, "staff");
    }

    @Test
    void anAdjustmentCannotMoveItsTargetToAnotherYearKindOrUnit() {
        long original = TargetFixtures.approved(rest, 2025, "调整不改年度");
        long adjustment = staff().post("/api/targets/" + original + "/adjustments", Map.of("reason", "追加预算"))
                .expect(201).id();
        Map<String, Object> draft = Api.toMap(staff().get("/api/targets/" + adjustment).expect(200).body());

        Map<String, Object> otherYear = new java.util.LinkedHashMap<>(draft);
        otherYear.put("fiscalYear", 2035);
        assertRefused(adjustment, otherYear, "fiscalYear", "2025");

        Map<String, Object> otherKind = new java.util.LinkedHashMap<>(draft);
        otherKind.put("kind", "DEPARTMENT");
        assertRefused(adjustment, otherKind, "kind", "项目绩效目标");

        Map<String, Object> otherUnit = new java.util.LinkedHashMap<>(draft);
        otherUnit.put("unitCode", "460001");
        assertRefused(adjustment, otherUnit, "unitCode", "450001");

        // the same document with only allowed changes is saved, and approval keeps the year
        Map<String, Object> allowed = new java.util.LinkedHashMap<>(draft);
        allowed.put("fiscalFunds", "230.00");
        staff().put("/api/targets/" + adjustment, allowed).expect(200);
        staff().post("/api/targets/" + adjustment + "/submit", null).expect(200);
        for (String reviewer : List.of("leader", "dept", "finance")) {
            Api api = Api.as(rest, reviewer);
            ReviewSheetBodies.approve(api, api.taskOf("TARGET", adjustment), null).expect(200);
        }
        JsonNode approved = staff().get("/api/targets/" + adjustment).expect(200).body();
        assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.get("fiscalYear").asInt()).isEqualTo(2025);
        assertThat(approved.get("kind").asText()).isEqualTo("PROJECT");
        assertThat(approved.get("unitCode").asText()).isEqualTo("450001");
    }

    @Test
    void aFirstVersionDraftMayStillChangeItsYear() {
        long draft = staff().post("/api/targets", TargetFixtures.validProject("草稿可改年度")).expect(201).id();
        Map<String, Object> body = Api.toMap(staff().get("/api/targets/" + draft).expect(200).body());
        body.put("fiscalYear", 2026);
        assertThat(staff().put("/api/targets/" + draft, body).expect(200).body().get("fiscalYear").asInt())
                .isEqualTo(2026);
    }

    private void assertRefused(long adjustment, Map<String, Object> body, String field, String names) {
        int version = staff().get("/api/targets/" + adjustment).expect(200).body().get("version").asInt();
        Api.Response r = staff().put("/api/targets/" + adjustment, body);
        assertThat(r.status()).as(field).isEqualTo(422);
        JsonNode error = null;
        for (JsonNode e : r.body().get("errors")) {
            if (field.equals(e.get("field").asText())) {
                error = e;
            }
        }
        assertThat(error).as(r.body().toString()).isNotNull();
        assertThat(error.get("message").asText()).contains(names);
        JsonNode after = staff().get("/api/targets/" + adjustment).expect(200).body();
        assertThat(after.get("version").asInt()).as("nothing saved").isEqualTo(version);
        assertThat(after.get("fiscalYear").asInt()).isEqualTo(2025);
        assertThat(after.get("kind").asText()).isEqualTo("PROJECT");
    }
}
