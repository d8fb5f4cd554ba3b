package org.jixiao.approval.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.Race;
import org.jixiao.support.TargetFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * 批量审核 over HTTP (issue 12 §2): each item on its own, so a missing, foreign or form task leaves the others
 * approved; the same type and step only; org scope kept; bounds on the request as 422 on the field. Targets of
 * 2026 (no rounds).
 */
@IntegrationTest
class BatchApprovalApiTest {
    @Autowired
    TestRestTemplate rest;

    private Api as(String user) {
        return Api.as(rest, user);
    }

    @Test
    void approvesEachItemOnItsOwnAndRefusesWhatNeedsPerItemWork() {
        List<Long> targets = new ArrayList<>();
        List<String> leaderTasks = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long id = submitted("批量审核项目 " + i);
            targets.add(id);
            leaderTasks.add(as("leader").taskOf("TARGET", id));
        }
        List<String> batch = new ArrayList<>(leaderTasks);
        batch.add(1, "no-such-task");
        // a task of the leader at another step or of another type is refused, not approved
        String otherKind = otherTaskOf("leader");
        if (otherKind != null) {
            batch.add(otherKind);
        }

        JsonNode results = as("leader").post("/api/tasks/batch/approve",
                Map.of("taskIds", batch, "opinion", "同意，批量审核")).expect(200).body().get("results");

        Map<String, JsonNode> byTask = byTask(results);
        assertThat(results).hasSize(batch.size());
        leaderTasks.forEach(t -> {
            assertThat(byTask.get(t).get("status").asText()).isEqualTo("APPROVED");
            assertThat(byTask.get(t).get("problem").isNull()).isTrue();
        });
        assertThat(byTask.get("no-such-task").get("status").asText()).isEqualTo("NOT_FOUND");
        assertThat(byTask.get("no-such-task").get("problem").get("status").asInt()).isEqualTo(404);
        if (otherKind != null) {
            assertThat(byTask.get(otherKind).get("status").asText()).isEqualTo("REFUSED");
            assertThat(byTask.get(otherKind).get("problem").get("detail").asText()).contains("同一类型、同一环节");
        }
        for (long id : targets) {
            assertThat(as("staff").get("/api/targets/" + id).expect(200).body().get("status").asText())
                    .isEqualTo("DEPT_REVIEW");
            JsonNode last = last(as("staff").get("/api/targets/" + id + "/history").expect(200).body());
            assertThat(last.get("opinion").asText()).isEqualTo("同意，批量审核");
        }

        // done is done: a second try approves nothing again
        JsonNode again = as("leader").post("/api/tasks/batch/approve", Map.of("taskIds", leaderTasks))
                .expect(200).body().get("results");
        again.forEach(r -> assertThat(r.get("status").asText()).isIn("NOT_FOUND", "CONFLICT"));

        // another department's reviewer sees none of them; this department's finds them at its step
        List<String> deptTasks = targets.stream().map(id -> as("dept").taskOf("TARGET", id)).toList();
        as("dept2").post("/api/tasks/batch/approve", Map.of("taskIds", deptTasks)).expect(200).body().get("results")
                .forEach(r -> assertThat(r.get("status").asText()).isEqualTo("NOT_FOUND"));
        as("dept").post("/api/tasks/batch/approve", Map.of("taskIds", deptTasks)).expect(200).body().get("results")
                .forEach(r -> assertThat(r.get("status").asText()).isEqualTo("APPROVED"));
        for (long id : targets) {
            assertThat(as("staff").get("/api/targets/" + id).expect(200).body().get("status").asText())
                    .isEqualTo("FINANCE_REVIEW");
        }
    }

    /**
     * Ten batches over the same three tasks at once, and single approvals of the first task among them: each task
     * is approved exactly once (one APPROVED result or one 200 in all), every other attempt is told 409 or 404, and
     * each target's history holds one unit-leader approval.
     */
    @Test
    void concurrentBatchesApproveEachTaskOnce() {
        List<Long> targets = new ArrayList<>();
        List<String> tasks = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long id = submitted("批量审核并发项目 " + i);
            targets.add(id);
            tasks.add(as("leader").taskOf("TARGET", id));
        }
        Map<String, Object> body = Map.of("taskIds", tasks, "opinion", "同意，并发批量");
        List<Api.Response> answers = Race.run(Race.THREADS, i -> i % 3 == 2
                ? as("leader").post("/api/tasks/" + tasks.get(0) + "/approve", Map.of("opinion", "同意，单项"))
                : as("leader").post("/api/tasks/batch/approve", body));

        Map<String, Integer> approved = new HashMap<>();
        for (Api.Response answer : answers) {
            if (answer.body() != null && answer.body().has("results")) {
                assertThat(answer.status()).isEqualTo(200);
                answer.body().get("results").forEach(r -> {
                    String status = r.get("status").asText();
                    assertThat(status).isIn("APPROVED", "CONFLICT", "NOT_FOUND");
                    if ("APPROVED".equals(status)) {
                        approved.merge(r.get("taskId").asText(), 1, Integer::sum);
                    } else {
                        assertThat(r.get("problem").get("status").asInt()).isIn(404, 409);
                    }
                });
            } else if (answer.status() == 200) {
                approved.merge(tasks.get(0), 1, Integer::sum);
            } else {
                assertThat(answer.status()).as(String.valueOf(answer.body())).isIn(404, 409);
            }
        }
        assertThat(approved).containsOnlyKeys(tasks).allSatisfy((task, times) -> assertThat(times).isOne());
        for (long id : targets) {
            JsonNode history = as("staff").get("/api/targets/" + id + "/history").expect(200).body();
            int approvals = 0;
            for (JsonNode event : history) {
                approvals += "APPROVE".equals(event.get("action").asText()) ? 1 : 0;
            }
            assertThat(approvals).as("approvals of target " + id).isOne();
            assertThat(as("staff").get("/api/targets/" + id).expect(200).body().get("status").asText())
                    .isEqualTo("DEPT_REVIEW");
        }
    }

    @Test
    void formTasksAreRefusedWithTheReason() {
        String fill = null;
        for (JsonNode t : as("staff").tasks()) {
            if (t.get("decisions").isEmpty()) {
                fill = t.get("id").asText();
                break;
            }
        }
        assertThat(fill).as("staff has a report or self-evaluation to fill (demo data)").isNotNull();

        JsonNode result = as("staff").post("/api/tasks/batch/approve", Map.of("taskIds", List.of(fill)))
                .expect(200).body().get("results").get(0);

        assertThat(result.get("status").asText()).isEqualTo("REFUSED");
        assertThat(result.get("problem").get("detail").asText()).contains("须在对应页面填报并提交");
        assertThat(as("staff").tasks().findValuesAsText("id")).contains(fill);
    }

    /** Year 2095: a red monitoring report reaches finance, which must decide on 整改 for it alone. */
    @Test
    void aRedReportAtFinanceIsRefused() {
        long target = TargetFixtures.approved(rest, 2095, "批量审核红灯项目");
        long round = as("finance").post("/api/monitoring-rounds",
                Map.of("fiscalYear", 2095, "cutoffMonth", 6, "dueDate", "2095-07-15")).expect(202).id();
        long end = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (!"OPEN".equals(as("finance").get("/api/monitoring-rounds/" + round).expect(200).body()
                .get("status").asText())) {
            assertThat(System.nanoTime()).as("round opened in time").isLessThan(end);
            Thread.onSpinWait();
        }
        long report = -1;
        for (JsonNode r : as("staff").get("/api/monitoring-reports?roundId=" + round).expect(200).body()) {
            if (r.get("targetId").asLong() == target) {
                report = r.get("id").asLong();
            }
        }
        JsonNode blank = as("staff").get("/api/monitoring-reports/" + report).expect(200).body();
        JsonNode saved = as("staff").put("/api/monitoring-reports/" + report, redReport(blank)).expect(200).body();
        assertThat(saved.get("light").asText()).isEqualTo("RED");
        as("staff").post("/api/monitoring-reports/" + report + "/submit", Map.of("version", saved.get("version")))
                .expect(200);
        for (String reviewer : List.of("leader", "dept")) {
            String task = as(reviewer).taskOf("MONITORING_REPORT", report);
            as(reviewer).post("/api/tasks/batch/approve", Map.of("taskIds", List.of(task))).expect(200);
        }
        String financeTask = as("finance").taskOf("MONITORING_REPORT", report);

        JsonNode result = as("finance").post("/api/tasks/batch/approve", Map.of("taskIds", List.of(financeTask)))
                .expect(200).body().get("results").get(0);

        assertThat(result.get("status").asText()).isEqualTo("REFUSED");
        assertThat(result.get("problem").get("detail").asText()).contains("亮红灯").contains("整改");
        assertThat(as("finance").taskOf("MONITORING_REPORT", report)).isEqualTo(financeTask);
    }

    /** 2 of ≥12次 by June (red, with reason and measures), the rates at 96%, qualitative ones achieved. */
    static Map<String, Object> redReport(JsonNode report) {
        Map<String, Object> body = Api.toMap(report);
        body.put("executedFunds", "90");
        body.put("expectedCarryOver", "0");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (JsonNode i : report.get("indicators")) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("indicatorId", i.get("indicatorId").asLong());
            row.put("likelihood", "POSSIBLE");
            if (i.get("comparator").isNull()) {
                row.put("achievement", "ACHIEVED");
            } else if ("组织专家审查次数".equals(i.get("name").asText())) {
                row.put("valueToDate", "2");
                row.put("expectedYearEnd", "8");
                row.put("deviationReasons", List.of("STAFF"));
                row.put("measures", "下半年增加专家会诊");
            } else {
                row.put("valueToDate", "96");
                row.put("expectedYearEnd", "96");
            }
            rows.add(row);
        }
        body.put("indicators", rows);
        return body;
    }

    @Test
    void theRequestIsBoundedAndCheckedOnItsFields() {
        List<String> tooMany = IntStream.range(0, 201).mapToObj(i -> "t" + i).toList();
        assertField(as("finance").post("/api/tasks/batch/approve", Map.of("taskIds", tooMany)), "taskIds");
        assertField(as("finance").post("/api/tasks/batch/approve", Map.of("taskIds", List.of())), "taskIds");
        assertField(as("finance").post("/api/tasks/batch/approve", null), "taskIds");
        assertField(as("finance").post("/api/tasks/batch/approve", Map.of("taskIds", List.of("a", "a"))),
                "taskIds[1]");
        assertField(as("finance").post("/api/tasks/batch/approve",
                Map.of("taskIds", List.of("a"), "opinion", "意".repeat(2001))), "opinion");
        Map<String, Object> nullItem = new HashMap<>();
        nullItem.put("taskIds", java.util.Arrays.asList("a", null));
        assertThat(as("finance").post("/api/tasks/batch/approve", nullItem).status()).isEqualTo(422);
        // 200 unknown ids are a valid request: each is answered on its own
        List<String> twoHundred = IntStream.range(0, 200).mapToObj(i -> "unknown-" + i).toList();
        JsonNode results = as("finance").post("/api/tasks/batch/approve", Map.of("taskIds", twoHundred))
                .expect(200).body().get("results");
        assertThat(results).hasSize(200);
        results.forEach(r -> assertThat(r.get("status").asText()).isEqualTo("NOT_FOUND"));
    }

    private long submitted(String name) {
        Map<String, Object> body = TargetFixtures.validProject(name);
        body.put("fiscalYear", 2026);
        long id = as("staff").post("/api/targets", body).expect(201).id();
        as("staff").post("/api/targets/" + id + "/submit", null).expect(200);
        return id;
    }

    /** A task of the user that is not a target's unit-leader review (e.g. the demo's report to confirm), or null. */
    private String otherTaskOf(String user) {
        for (JsonNode t : as(user).tasks()) {
            if (!"TARGET".equals(t.get("type").asText()) && t.get("decisions").toString().contains("APPROVE")) {
                return t.get("id").asText();
            }
        }
        return null;
    }

    private static Map<String, JsonNode> byTask(JsonNode results) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        results.forEach(r -> map.put(r.get("taskId").asText(), r));
        return map;
    }

    private static JsonNode last(JsonNode history) {
        return history.get(history.size() - 1);
    }

    private static void assertField(Api.Response response, String field) {
        assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(422);
        assertThat(response.body().toString()).contains(field);
    }
}
