package org.jixiao.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.Race;
import org.jixiao.support.TargetFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * 抄送 over HTTP (issue 13 §3, issue 12 §2): the task's holder copies it to colleagues whose scope includes the
 * subject; they get a CC notice, a row in 抄送我的 and can open it; users of another unit or department are refused
 * with the reason; only the holder may copy; identical CCs sent at once leave one row per user and one audit line.
 * Targets of 2031 (no rounds).
 */
@IntegrationTest
class CarbonCopyApiTest {
    @Autowired
    TestRestTemplate rest;

    private Api as(String user) {
        return Api.as(rest, user);
    }

    @Test
    void theHolderCopiesATaskToColleaguesInScopeOnly() {
        long id = submitted("抄送测试项目");
        String task = as("leader").taskOf("TARGET", id);

        JsonNode copied = as("leader").post("/api/tasks/" + task + "/cc",
                Map.of("users", List.of("dept"), "note", "请主管部门提前了解")).expect(200).body();
        assertThat(copied.get("copied")).hasSize(1);

        JsonNode row = mine("dept", id).get(0);
        assertThat(row.get("taskId").asText()).isEqualTo(task);
        assertThat(row.get("subjectName").asText()).isEqualTo("抄送测试项目");
        assertThat(row.get("note").asText()).isEqualTo("请主管部门提前了解");
        assertThat(row.get("location").asText()).isEqualTo("targets/" + id);
        as("dept").get("/api/targets/" + id).expect(200);
        JsonNode notice = ccNotices("dept", id).get(0);
        assertThat(notice.get("opinion").asText()).isEqualTo("请主管部门提前了解");
        assertThat(notice.get("location").asText()).isEqualTo("targets/" + id);

        // outside the subject's scope: another unit's staff, another department, another unit's leader
        for (String outsider : List.of("staff2", "dept2", "leader2")) {
            JsonNode problem = as("leader").post("/api/tasks/" + task + "/cc", Map.of("users", List.of(outsider)))
                    .expect(422).body();
            assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("users[0]");
            assertThat(problem.get("detail").asText()).contains("数据范围");
            assertThat(mine(outsider, id)).isEmpty();
            as(outsider).get("/api/targets/" + id).expect(404);
        }
        as("leader").post("/api/tasks/" + task + "/cc", Map.of("users", List.of("dept", "nobody-here")))
                .expect(422);
        as("leader").post("/api/tasks/" + task + "/cc", Map.of("users", List.of("leader"))).expect(422);
        as("leader").post("/api/tasks/" + task + "/cc", Map.of("users", List.of())).expect(422);
        as("leader").post("/api/tasks/" + task + "/cc", null).expect(422);
        as("leader").post("/api/tasks/" + task + "/cc", Map.of("users", List.of("finance"), "note", "长".repeat(2001)))
                .expect(422);
        assertThat(mine("finance", id)).as("a refused request copies nobody").isEmpty();

        // only the task's holder copies: the drafter and another department's reviewer cannot
        as("staff").post("/api/tasks/" + task + "/cc", Map.of("users", List.of("dept"))).expect(403);
        as("dept2").post("/api/tasks/" + task + "/cc", Map.of("users", List.of("finance"))).expect(404);
        as("leader").post("/api/tasks/no-such-task/cc", Map.of("users", List.of("dept"))).expect(404);

        // copying the same people again adds nobody
        as("leader").post("/api/tasks/" + task + "/cc", Map.of("users", List.of("dept"))).expect(409);
        assertThat(mine("dept", id)).hasSize(1);
    }

    @Test
    void tenIdenticalCopiesAtOnceLeaveOneRowPerUser() {
        long id = submitted("抄送并发项目");
        String task = as("leader").taskOf("TARGET", id);

        Race.oneWinner(Race.same(() -> as("leader").post("/api/tasks/" + task + "/cc",
                Map.of("users", List.of("finance", "desk")))));

        assertThat(mine("finance", id)).hasSize(1);
        assertThat(mine("desk", id)).hasSize(1);
        assertThat(ccNotices("finance", id)).hasSize(1);
        List<JsonNode> audited = new ArrayList<>();
        as("staff").get("/api/targets/" + id + "/history").expect(200).body().forEach(e -> {
            if ("CC".equals(e.get("action").asText())) {
                audited.add(e);
            }
        });
        assertThat(audited).hasSize(1);
        assertThat(audited.get(0).get("opinion").asText()).startsWith("抄送：");
    }

    private long submitted(String name) {
        var body = TargetFixtures.validProject(name);
        body.put("fiscalYear", 2031);
        long id = as("staff").post("/api/targets", body).expect(201).id();
        as("staff").post("/api/targets/" + id + "/submit", null).expect(200);
        return id;
    }

    private List<JsonNode> mine(String user, long subjectId) {
        List<JsonNode> rows = new ArrayList<>();
        as(user).get("/api/tasks/cc?size=100").expect(200).body().get("items").forEach(r -> {
            if (r.get("subjectId").asLong() == subjectId) {
                rows.add(r);
            }
        });
        return rows;
    }

    private List<JsonNode> ccNotices(String user, long subjectId) {
        List<JsonNode> rows = new ArrayList<>();
        as(user).get("/api/notifications?size=100").expect(200).body().get("items").forEach(n -> {
            if (n.get("subjectId").asLong() == subjectId && "CC".equals(n.get("kind").asText())) {
                rows.add(n);
            }
        });
        return rows;
    }
}
