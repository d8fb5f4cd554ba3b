package org.jixiao.evaluation.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.support.Api;
import org.jixiao.support.RoundFixtures;
import org.jixiao.support.TargetFixtures;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The fiscal year 2058 self-evaluation round that the export and the import tests share (a round takes every
 * approved target of its year, and there is one round a year): opened once per test JVM by whichever class runs
 * first. A project evaluation filled, submitted and re-scored (export), a department one left blank, and a project
 * evaluation left as a draft for the import ({@code importing}).
 */
final class Round2058 {
    static final int YEAR = 2058;
    private static Ids ids;
    private static TestRestTemplate rest;

    record Ids(long project, long department, long importing) {
    }

    private Round2058() {
    }

    static synchronized Ids open(TestRestTemplate template) {
        if (ids == null) {
            rest = template;
            ids = create();
        }
        return ids;
    }

    private static Api as(String user) {
        return Api.as(rest, user);
    }

    private static Ids create() {
        long importTarget = approvedTarget(TargetFixtures.validProject("自评导入项目"));
        long project = 0;
        long department = 0;
        long importing = 0;
        long projectTarget = approvedTarget(TargetFixtures.validProject("自评导出项目"));
        Map<String, Object> whole = TargetFixtures.validProject("自评导出部门整体");
        whole.put("kind", "DEPARTMENT");
        whole.put("goals", "提升应急救援能力；强化应急队伍建设。");
        whole.remove("projectCode");
        whole.put("tasks", List.of(Map.of("name", "应急救援", "content", "组织应急救援演练", "fiscalAmount", "200.00",
                "otherAmount", "0.00")));
        long departmentTarget = approvedTarget(whole);
        long round = RoundFixtures.openRoundAndAwait(rest, "/api/evaluation-rounds",
                Map.of("fiscalYear", YEAR, "dueDate", (YEAR + 1) + "-03-31")).get("id").asLong();
        for (JsonNode e : as("staff").get("/api/self-evaluations?roundId=" + round).expect(200).body()) {
            if (e.get("targetId").asLong() == projectTarget) {
                project = e.get("id").asLong();
            } else if (e.get("targetId").asLong() == departmentTarget) {
                department = e.get("id").asLong();
            } else if (e.get("targetId").asLong() == importTarget) {
                importing = e.get("id").asLong();
            }
        }
        assertThat(project).isPositive();
        assertThat(department).isPositive();
        assertThat(importing).isPositive();
        fillSubmitAndRescore(project);
        return new Ids(project, department, importing);
    }

    private static long approvedTarget(Map<String, Object> body) {
        body.put("fiscalYear", YEAR);
        return TargetFixtures.approve(rest, body);
    }

    /** As in SelfEvaluationApiTest: total 93.80 (优); finance re-scores the first indicator to 15 → 87.97 (良). */
    private static void fillSubmitAndRescore(long id) {
        JsonNode blank = as("staff").get("/api/self-evaluations/" + id).expect(200).body();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", blank.get("version").asInt());
        body.put("adjustedFunds", "200.00");
        body.put("executedFunds", "170.00");
        body.put("budgetDeviation", "部分采购延至次年");
        body.put("goalsActual", "全年完成专家会诊 10 次");
        body.put("conclusion", "项目总体完成较好");
        body.put("problems", "会诊安排偏晚");
        body.put("improvements", "提前制定会诊计划");
        List<Map<String, Object>> rows = new ArrayList<>();
        String[] actual = {"10", null, "96", "90"};
        String[] deviation = {"两次会诊因疫情推迟；明年提前安排", null, null, "满意度调查样本偏少；扩大样本"};
        for (int i = 0; i < 4; i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("indicatorId", blank.get("indicators").get(i).get("indicatorId").asLong());
            if (actual[i] == null) {
                row.put("grade", "ACHIEVED");
                row.put("score", "25");
            } else {
                row.put("actual", actual[i]);
            }
            if (deviation[i] != null) {
                row.put("deviation", deviation[i]);
            }
            rows.add(row);
        }
        body.put("indicators", rows);
        as("staff").put("/api/self-evaluations/" + id, body).expect(200);
        as("staff").post("/api/self-evaluations/" + id + "/submit", null).expect(200);
        as("leader").post("/api/tasks/" + task("leader", id) + "/approve", null).expect(200);
        as("dept").post("/api/tasks/" + task("dept", id) + "/approve", null).expect(200);
        as("finance").post("/api/self-evaluations/" + id + "/rescore",
                Map.of("indicatorId", rows.get(0).get("indicatorId"), "score", "15", "reason", "会诊记录不全")).expect(200);
    }

    private static String task(String user, long subjectId) {
        for (JsonNode t : as(user).tasks()) {
            if (t.get("subjectId").asLong() == subjectId && !"TARGET".equals(t.get("type").asText())) {
                return t.get("id").asText();
            }
        }
        throw new AssertionError("no task of " + user + " for " + subjectId);
    }
}
