package org.jixiao.evaluation.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jixiao.evaluation.internal.SelfEvaluation;
import org.jixiao.evaluation.internal.SelfEvaluationMapper;
import org.jixiao.evaluation.SelfEvaluationStatus;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.RoundFixtures;
import org.jixiao.support.TargetFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.dao.DuplicateKeyException;

/**
 * Self-evaluation rounds over the shared round machinery: one self-evaluation per approved target in scope,
 * created in the background; the year's round once; scope and refusals. Fiscal years 2065–2066.
 */
@IntegrationTest
class EvaluationRoundApiTest {
    @Autowired
    TestRestTemplate rest;
    @Autowired
    SelfEvaluationMapper evaluations;

    private Api as(String user) {
        return Api.as(rest, user);
    }

    private long approvedTarget(int year, String name) {
        return TargetFixtures.approved(rest, year, name);
    }

    private JsonNode awaitOpen(long roundId) {
        return RoundFixtures.awaitOpen(rest, "/api/evaluation-rounds/" + roundId);
    }

    @Test
    void aRoundGivesEachApprovedTargetOneSelfEvaluation() {
        int year = 2065;
        long first = approvedTarget(year, "自评项目甲");
        long second = approvedTarget(year, "自评项目乙");
        JsonNode opened = as("finance").post("/api/evaluation-rounds",
                Map.of("fiscalYear", year, "dueDate", (year + 1) + "-03-31")).expect(202).body();
        long roundId = opened.get("id").asLong();
        assertThat(opened.get("status").asText()).isIn("OPENING", "OPEN");
        JsonNode round = awaitOpen(roundId);
        assertThat(round.get("total").asInt()).isEqualTo(2);
        assertThat(round.get("created").asInt()).isEqualTo(2);
        assertThat(round.get("submitted").asInt()).isZero();
        assertThat(round.get("grades").get("优").asInt()).isZero();
        assertThat(round.get("grades").has("差")).isTrue();

        JsonNode list = as("staff").get("/api/self-evaluations?roundId=" + roundId).expect(200).body();
        assertThat(list.findValuesAsText("targetId")).containsExactlyInAnyOrder(String.valueOf(first), String.valueOf(second));
        assertThat(list.findValuesAsText("status")).containsOnly("DRAFT");
        assertThat(list.get(0).get("targetName").asText()).startsWith("自评项目");
        // 年初预算数 is the approved target's funds
        SelfEvaluation row = evaluations.findById(list.get(0).get("id").asLong());
        assertThat(row.getPlannedFunds()).isEqualByComparingTo("200.00");

        // each self-evaluation has its review process: the unit's fill task, completed through the form only
        List<JsonNode> fills = new java.util.ArrayList<>();
        as("staff").tasks().forEach(t -> {
            if ("SELF_EVALUATION".equals(t.get("type").asText())) {
                fills.add(t);
            }
        });
        assertThat(fills).extracting(t -> t.get("subjectId").asText())
                .containsAll(list.findValuesAsText("id"));
        assertThat(fills.get(0).get("name").asText()).isEqualTo("填报绩效自评");
        assertThat(fills.get(0).get("decisions")).isEmpty();
        as("staff").post("/api/tasks/" + fills.get(0).get("id").asText() + "/approve", null).expect(409);

        JsonNode again = as("finance").post("/api/evaluation-rounds",
                Map.of("fiscalYear", year, "dueDate", (year + 1) + "-04-30")).expect(409).body();
        assertThat(again.get("roundId").asLong()).isEqualTo(roundId);
        // the database refuses a second self-evaluation of a target in the round, whoever tries
        SelfEvaluation duplicate = new SelfEvaluation();
        duplicate.setRoundId(roundId);
        duplicate.setTargetId(first);
        duplicate.setUnitId(row.getUnitId());
        duplicate.setStatus(SelfEvaluationStatus.DRAFT);
        duplicate.setCreatedAt(Instant.now());
        assertThatThrownBy(() -> evaluations.insertAll(List.of(duplicate))).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void scopeAndRefusals() {
        int year = 2066;
        approvedTarget(year, "自评范围项目");
        as("staff").post("/api/evaluation-rounds", Map.of("fiscalYear", year, "dueDate", (year + 1) + "-03-31")).expect(403);
        JsonNode invalid = as("finance").post("/api/evaluation-rounds",
                Map.of("fiscalYear", 1999, "departmentIds", List.of(987654321L))).expect(422).body();
        assertThat(invalid.toString()).contains("fiscalYear", "dueDate", "departmentIds[0]");
        long department = as("dept").get("/api/me").expect(200).body().get("org").get("id").asLong();
        long roundId = as("finance").post("/api/evaluation-rounds",
                Map.of("fiscalYear", year, "dueDate", (year + 1) + "-03-31", "departmentIds", List.of(department)))
                .expect(202).id();
        awaitOpen(roundId);
        // a round of one department: the other department's people never see it
        as("dept2").get("/api/evaluation-rounds/" + roundId).expect(404);
        as("staff2").get("/api/self-evaluations?roundId=" + roundId).expect(404);
        assertThat(as("dept").get("/api/evaluation-rounds/" + roundId).expect(200).body().get("created").asInt())
                .isEqualTo(1);
        assertThat(as("staff").get("/api/self-evaluations?roundId=" + roundId).expect(200).body()).hasSize(1);
        as("finance").get("/api/evaluation-rounds/999999999").expect(404);
        assertThat(as("finance").get("/api/evaluation-rounds?fiscalYear=" + year).expect(200).body()).hasSize(1);
    }
}
