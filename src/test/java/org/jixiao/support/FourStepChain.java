package org.jixiao.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo bureau's project chain of issue 13 for one fiscal year, saved over the API as an admin would:
 * 单位负责人审核 ({@code leader}) → 主管部门审核 ({@code dept}) → 财政业务科室审核 (the desk in charge of the department,
 * 行政政法科: {@code desk}) → 财政绩效科审核 (the named desk 绩效科: {@code finance}). Tests delete it again with
 * {@link #remove}.
 */
public final class FourStepChain {
    /** The reviewer of each step, in chain order. */
    public static final List<String> REVIEWERS = List.of("leader", "dept", "desk", "finance");
    public static final List<String> KEYS = List.of("unit", "department", "business", "performance");
    public static final List<String> NAMES = List.of("单位负责人审核", "主管部门审核", "财政业务科室审核", "财政绩效科审核");

    private FourStepChain() {
    }

    /**
     * Saves the chain for the year: {@code afterReturn} RERUN or TO_RETURNER; {@code graded} puts the 88号 sheet at
     * both finance desks.
     */
    public static void save(TestRestTemplate rest, int year, String afterReturn, boolean graded) {
        Api admin = Api.as(rest, "admin");
        String path = "/api/approval-chains/" + year + "/TARGET_PROJECT";
        JsonNode current = admin.get(path).expect(200).body();
        Long performanceDesk = null;
        for (JsonNode desk : current.get("desks")) {
            if (desk.get("name").asText().contains("绩效科")) {
                performanceDesk = desk.get("id").asLong();
            }
        }
        if (performanceDesk == null) {
            throw new AssertionError("the demo bureau has no 绩效科: " + current.get("desks"));
        }
        List<Map<String, Object>> steps = new ArrayList<>();
        steps.add(step(0, "UNIT_LEADER", "UNIT", null, false));
        steps.add(step(1, "DEPT_REVIEWER", "DEPARTMENT", null, false));
        steps.add(step(2, "FINANCE_REVIEWER", "DESK", null, graded));
        steps.add(step(3, "FINANCE_REVIEWER", "DESK", performanceDesk, graded));
        Map<String, Object> body = new HashMap<>();
        body.put("steps", steps);
        body.put("version", current.get("version").asInt());
        body.put("afterReturn", afterReturn);
        admin.put(path, body).expect(200);
    }

    private static Map<String, Object> step(int i, String role, String level, Long desk, boolean grading) {
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("key", KEYS.get(i));
        step.put("name", NAMES.get(i));
        step.put("role", role);
        step.put("level", level);
        step.put("deskId", desk);
        step.put("grading", grading);
        step.put("mayReturn", true);
        step.put("opinionRequired", false);
        return step;
    }

    /** Deletes every chain saved for the year (the defaults apply again). */
    public static void remove(JdbcTemplate jdbc, int year) {
        jdbc.update("DELETE FROM approval_chain_step WHERE fiscal_year = ?", year);
        jdbc.update("DELETE FROM approval_chain WHERE fiscal_year = ?", year);
    }

    /** A project of unit 450001 drafted and submitted by {@code staff}: at 单位负责人审核. */
    public static long submitted(TestRestTemplate rest, int year, String name) {
        Map<String, Object> body = TargetFixtures.validProject(name);
        body.put("fiscalYear", year);
        Api staff = Api.as(rest, "staff");
        long id = staff.post("/api/targets", body).expect(201).id();
        staff.post("/api/targets/" + id + "/submit", null).expect(200);
        return id;
    }

    /** Each reviewer approves its open task on the target, in turn (with a 优 sheet where the step is graded). */
    public static void approveAs(TestRestTemplate rest, long id, String... reviewers) {
        for (String reviewer : reviewers) {
            Api api = Api.as(rest, reviewer);
            ReviewSheetBodies.approve(api, api.taskOf("TARGET", id), "同意").expect(200);
        }
    }

    /** The user's open task on the target in 待办 (the read model), or null. */
    public static String openTask(TestRestTemplate rest, String user, int year, long targetId) {
        JsonNode items = Api.as(rest, user).get("/api/tasks?type=TARGET&fiscalYear=" + year + "&size=200").expect(200)
                .body().get("items");
        for (JsonNode t : items) {
            if (t.get("subjectId").asLong() == targetId) {
                return t.get("id").asText();
            }
        }
        return null;
    }

    /** The target's history over the API, oldest first. */
    public static List<JsonNode> history(TestRestTemplate rest, long targetId) {
        List<JsonNode> events = new ArrayList<>();
        Api.as(rest, "staff").get("/api/targets/" + targetId + "/history").expect(200).body().forEach(events::add);
        return events;
    }

    public static String status(TestRestTemplate rest, long targetId) {
        return Api.as(rest, "staff").get("/api/targets/" + targetId).expect(200).body().get("status").asText();
    }
}
