package org.jixiao.approval.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.Race;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * /api/approval-chains/{year}/{type}: ADMIN of the bureau only; defaults, 422 per field, 409 on a stale version and
 * exactly one of ten parallel saves. Fiscal year 2030; the chains saved are deleted afterwards.
 */
@IntegrationTest
class ApprovalChainApiTest {
    private static final String PATH = "/api/approval-chains/2030/TARGET_DEPARTMENT";

    @Autowired TestRestTemplate rest;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void restore() {
        jdbc.update("DELETE FROM approval_chain_step WHERE fiscal_year = 2030");
        jdbc.update("DELETE FROM approval_chain WHERE fiscal_year = 2030");
    }

    @Test
    void defaultsAreTodaysChainAndOnlyAnAdminSeesThem() {
        as(null).get(PATH).expect(401);
        as("staff").get(PATH).expect(403);
        as("finance").get(PATH).expect(403);
        as("finance").put(PATH, body(0, steps())).expect(403);
        JsonNode chain = as("admin").get(PATH).expect(200).body();
        assertThat(chain.get("configured").asBoolean()).isFalse();
        assertThat(chain.get("configurable").asBoolean()).isTrue();
        assertThat(chain.get("version").asInt()).isZero();
        assertThat(chain.get("steps").findValuesAsText("name")).containsExactly("单位负责人审核", "主管部门审核", "财政局审核");
        assertThat(chain.get("steps").findValuesAsText("level")).containsExactly("UNIT", "DEPARTMENT", "FINANCE");
        // reports and self-evaluations are configurable too (issue 13 §1), their defaults today's fixed steps, and
        // their steps never carry the 88号 sheet (ReportChainsApiTest runs configured ones)
        JsonNode report = as("admin").get("/api/approval-chains/2030/MONITORING_REPORT").expect(200).body();
        assertThat(report.get("configurable").asBoolean()).isTrue();
        assertThat(report.get("configured").asBoolean()).isFalse();
        assertThat(report.get("steps").findValuesAsText("name")).containsExactly("单位负责人确认", "主管部门审核", "财政局审核");
        assertThat(as("admin").get("/api/approval-chains/2030/SELF_EVALUATION").expect(200).body().get("steps")
                .findValuesAsText("name")).containsExactly("单位负责人确认", "主管部门审核", "财政局审核（复核）");
        List<Map<String, Object>> graded = steps();
        graded.get(2).put("grading", true);
        assertThat(fields(as("admin").put("/api/approval-chains/2030/SELF_EVALUATION", body(0, graded))
                .expect(422).body())).containsExactly("steps[2].grading");
        assertThat(as("admin").get("/api/approval-chains/2030/SELF_EVALUATION").body().get("configured").asBoolean())
                .as("nothing saved").isFalse();
        assertThat(fields(as("admin").get("/api/approval-chains/2030/NOPE").expect(422).body()))
                .containsExactly("subjectType");
        as("admin").get("/api/approval-chains/1999/TARGET_PROJECT").expect(422);
    }

    @Test
    void invalidChainsAnswer422PerField() {
        assertThat(fields(as("admin").put(PATH, body(0, List.of())).expect(422).body())).containsExactly("steps");
        List<Map<String, Object>> bad = new ArrayList<>(steps());
        bad.get(1).put("key", "unit");
        bad.get(1).put("name", "名".repeat(41));
        bad.get(2).put("role", "BOSS");
        bad.get(2).put("slaDays", 0);
        bad.add(step("desk", "科室审核", "FINANCE_REVIEWER", "DESK", 999_999_999L));
        JsonNode problem = as("admin").put(PATH, body(null, bad)).expect(422).body();
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(fields(problem)).containsExactlyInAnyOrder("steps[1].key", "steps[1].name", "steps[2].role",
                "steps[2].slaDays", "steps[3].deskId", "version");
        assertThat(as("admin").get(PATH).body().get("configured").asBoolean()).as("nothing saved").isFalse();
    }

    @Test
    void tenParallelSavesOfOneVersionLetExactlyOneThrough() {
        List<Map<String, Object>> two = steps().subList(1, 3);
        Api.Response first = Race.oneWinner(Race.same(() -> as("admin").put(PATH, body(0, two))));
        assertThat(first.body().get("version").asInt()).isEqualTo(1);
        assertThat(first.body().get("steps")).hasSize(2);

        Api.Response second = Race.oneWinner(Race.same(() -> as("admin").put(PATH, body(1, steps()))));
        assertThat(second.body().get("version").asInt()).isEqualTo(2);
        assertThat(Race.loserDetails(Race.same(() -> as("admin").put(PATH, body(1, two)))))
                .hasSize(Race.THREADS).allMatch(d -> d.contains("已被他人修改"));
        JsonNode stored = as("admin").get(PATH).body();
        assertThat(stored.get("configured").asBoolean()).isTrue();
        assertThat(stored.get("version").asInt()).isEqualTo(2);
        assertThat(stored.get("steps").findValuesAsText("key")).containsExactly("unit", "department", "finance");
        assertThat(stored.get("updatedBy").asText()).isEqualTo("admin");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM approval_chain_step WHERE fiscal_year = 2030",
                Integer.class)).as("no loser left a step behind").isEqualTo(3);
    }

    private Api as(String user) {
        return Api.as(rest, user);
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    private static Map<String, Object> body(Integer version, List<Map<String, Object>> steps) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        body.put("steps", steps);
        return body;
    }

    private static List<Map<String, Object>> steps() {
        return new ArrayList<>(List.of(step("unit", "单位负责人审核", "UNIT_LEADER", "UNIT", null),
                step("department", "主管部门审核", "DEPT_REVIEWER", "DEPARTMENT", null),
                step("finance", "财政局审核", "FINANCE_REVIEWER", "FINANCE", null)));
    }

    private static Map<String, Object> step(String key, String name, String role, String level, Long desk) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("key", key);
        s.put("name", name);
        s.put("role", role);
        s.put("level", level);
        s.put("deskId", desk);
        s.put("slaDays", 5);
        s.put("mayReturn", true);
        return s;
    }
}
