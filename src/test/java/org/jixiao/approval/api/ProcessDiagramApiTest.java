package org.jixiao.approval.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TargetFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Issue 13 §5, the process diagram over REST: the deployed BPMN with the current activity and the passed ones, the
 * current step's holders by name, and the scope of the subject (another unit's staff: 404; a draft: 404). Written
 * against any process definition: it asserts that the ids are the diagram's own, not which steps the chain has.
 * Fiscal year 2025 (targets only, no rounds).
 */
@IntegrationTest
class ProcessDiagramApiTest {
    private static final int YEAR = 2025;

    @Autowired
    TestRestTemplate rest;

    private Api as(String user) {
        return Api.as(rest, user);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    @Test
    void aSubmittedTargetShowsWhereItStandsToThoseWhoMaySeeIt() {
        Map<String, Object> body = TargetFixtures.validProject("流程图目标");
        body.put("fiscalYear", YEAR);
        long id = as("staff").post("/api/targets", body).expect(201).id();
        as("staff").get("/api/processes/TARGET/" + id + "/diagram").expect(404);
        as("staff").post("/api/targets/" + id + "/submit", null).expect(200);

        JsonNode first = as("staff").get("/api/processes/TARGET/" + id + "/diagram").expect(200).body();
        String xml = first.get("bpmnXml").asText();
        assertThat(xml).contains("definitions", "bpmndi:BPMNDiagram");
        List<String> current = texts(first.get("currentActivityIds"));
        List<String> passed = texts(first.get("passedActivityIds"));
        assertThat(current).isNotEmpty();
        assertThat(passed).isNotEmpty();
        current.forEach(a -> assertThat(xml).as("current activity in the diagram").contains("id=\"" + a + "\""));
        passed.forEach(a -> assertThat(xml).as("passed activity in the diagram").contains("id=\"" + a + "\""));
        assertThat(first.get("ended").asBoolean()).isFalse();
        JsonNode step = first.get("currentSteps").get(0);
        assertThat(current).contains(step.get("activityId").asText());
        assertThat(step.get("holders").toString()).as("the unit leader holds the first review").contains("李负责人");

        as("leader").post("/api/tasks/" + as("leader").taskOf("TARGET", id) + "/approve", null).expect(200);
        JsonNode second = as("dept").get("/api/processes/target/" + id + "/diagram").expect(200).body();
        assertThat(texts(second.get("passedActivityIds"))).as("the leader's step is passed now")
                .contains(step.get("activityId").asText());
        assertThat(second.get("currentSteps").get(0).get("holders").toString()).contains("王审核");
        as("finance").get("/api/processes/TARGET/" + id + "/diagram").expect(200);

        JsonNode hidden = as("staff2").get("/api/processes/TARGET/" + id + "/diagram").expect(404).body();
        assertThat(hidden.get("status").asInt()).isEqualTo(404);
        assertThat(hidden.toString()).doesNotContain("bpmnXml");
        as("dept2").get("/api/processes/TARGET/" + id + "/diagram").expect(404);
        as("staff").get("/api/processes/NO_SUCH_TYPE/" + id + "/diagram").expect(404);
        as("staff").get("/api/processes/TARGET/" + Long.MAX_VALUE + "/diagram").expect(404);
        assertThat(as("staff").get("/api/processes/TARGET/abc/diagram").status()).isEqualTo(400);
    }
}
