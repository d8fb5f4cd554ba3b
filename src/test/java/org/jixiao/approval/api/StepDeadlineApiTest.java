package org.jixiao.approval.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jixiao.approval.ReviewCalendar;
import org.jixiao.approval.StepDeadlines;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.Race;
import org.jixiao.support.TargetFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Step deadlines (issue 13 §3) with a clock the test controls: a step with slaDays gets its deadline when its task
 * opens; the sweep reminds its holders the day before, tells them it is overdue the day after, and escalates to the
 * level above once it is two days overdue — each once, however often and however many sweeps run at once. Also
 * where the case stands over the API (the open step's holders and deadline, the steps to come) and 催办 by the
 * submitter, once a day. Fiscal year 2030 (chains configured and deleted after each test; targets filtered by id).
 */
@IntegrationTest
class StepDeadlineApiTest {
    static final String CHAIN = "/api/approval-chains/2030/TARGET_PROJECT";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate DAY = LocalDate.of(2030, 3, 4);

    @Autowired TestRestTemplate rest;
    @Autowired ReviewCalendar calendar;
    @Autowired StepDeadlines deadlines;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void restore() {
        calendar.useClock(null);
        jdbc.update("DELETE FROM approval_chain_step WHERE fiscal_year = 2030");
        jdbc.update("DELETE FROM approval_chain WHERE fiscal_year = 2030");
    }

    @Test
    void remindedTheDayBeforeOverdueAfterEscalatedToTheDepartmentEachOnce() {
        chain(2);
        on(DAY);
        long id = submitted("期限提醒项目");
        String task = as("leader").taskOf("TARGET", id);
        assertThat(jdbc.queryForObject("SELECT step_due_on FROM review_task WHERE task_id = ?", LocalDate.class, task))
                .isEqualTo(DAY.plusDays(2));

        JsonNode standing = as("staff").get("/api/review-progress/TARGET/" + id).expect(200).body();
        JsonNode current = standing.get("current").get(0);
        assertThat(current.get("name").asText()).isEqualTo("单位负责人审核");
        assertThat(current.get("dueOn").asText()).isEqualTo(DAY.plusDays(2).toString());
        assertThat(current.get("overdue").asBoolean()).isFalse();
        assertThat(current.get("holders").findValuesAsText("username")).contains("leader").doesNotContain("staff");
        assertThat(standing.get("upcoming").findValuesAsText("name")).containsExactly("主管部门审核", "财政局审核");
        assertThat(standing.get("past").findValuesAsText("action")).containsExactly("SUBMIT");
        as("dept").get("/api/review-progress/TARGET/" + id).expect(200);
        as("staff2").get("/api/review-progress/TARGET/" + id).expect(404);
        as("staff").get("/api/review-progress/NOPE/" + id).expect(404);

        deadlines.sweep();
        assertThat(kinds("leader", id)).containsExactly("ASSIGNED");
        on(DAY.plusDays(1));
        deadlines.sweep();
        deadlines.sweep();
        assertThat(kinds("leader", id)).containsExactly("REMINDED", "ASSIGNED");
        JsonNode reminded = notices("leader", id).get(0);
        assertThat(reminded.get("opinion").asText()).contains(DAY.plusDays(2).toString());
        assertThat(reminded.get("location").asText()).isEqualTo("targets/review/" + task);

        on(DAY.plusDays(2));
        deadlines.sweep();
        assertThat(kinds("leader", id)).as("the deadline's own day is not overdue").hasSize(2);
        on(DAY.plusDays(3));
        deadlines.sweep();
        assertThat(kinds("leader", id)).containsExactly("OVERDUE", "REMINDED", "ASSIGNED");
        assertThat(as("staff").get("/api/review-progress/TARGET/" + id).expect(200).body().get("current").get(0)
                .get("overdue").asBoolean()).isTrue();
        assertThat(kinds("dept", id)).as("one day overdue: not yet escalated").isEmpty();

        on(DAY.plusDays(4));
        deadlines.sweep();
        on(DAY.plusDays(9));
        deadlines.sweep();
        assertThat(kinds("dept", id)).as("the unit's step escalates to its 主管部门").containsExactly("ESCALATED");
        assertThat(kinds("leader", id)).containsExactly("OVERDUE", "REMINDED", "ASSIGNED");
        assertThat(jdbc.queryForList("SELECT kind FROM step_deadline_notice WHERE task_id = ? ORDER BY kind",
                String.class, task)).containsExactly("ESCALATED", "OVERDUE", "REMINDED");

        // decided: the next step has no deadline, and nothing more is sent for the closed one
        as("leader").post("/api/tasks/" + task + "/approve", Map.of("opinion", "同意")).expect(200);
        deadlines.sweep();
        assertThat(kinds("dept", id)).containsExactly("ASSIGNED", "ESCALATED");
        JsonNode next = as("staff").get("/api/review-progress/TARGET/" + id).expect(200).body();
        assertThat(next.get("current").get(0).get("dueOn").isNull()).isTrue();
        assertThat(next.get("past").findValuesAsText("action")).containsExactly("SUBMIT", "APPROVE");
    }

    @Test
    void tenSweepsAtOnceSendEachNoticeOnce() throws Exception {
        chain(1);
        on(DAY.minusDays(4));
        long late = submitted("并发逾期项目");
        on(DAY);
        long soon = submitted("并发提醒项目");
        ExecutorService pool = Executors.newFixedThreadPool(Race.THREADS);
        try {
            List<Callable<StepDeadlines.Sent>> sweeps = new ArrayList<>();
            for (int i = 0; i < Race.THREADS; i++) {
                sweeps.add(deadlines::sweep);
            }
            int sent = 0;
            for (Future<StepDeadlines.Sent> f : pool.invokeAll(sweeps)) {
                StepDeadlines.Sent s = f.get();
                sent += s.reminded() + s.overdue() + s.escalated();
            }
            assertThat(sent).as("of ten sweeps, one sends each notice").isGreaterThanOrEqualTo(3);
        } finally {
            pool.shutdown();
        }
        deadlines.sweep();
        assertThat(kinds("leader", late)).containsExactly("OVERDUE", "ASSIGNED");
        assertThat(kinds("dept", late)).containsExactly("ESCALATED");
        assertThat(kinds("leader", soon)).containsExactly("REMINDED", "ASSIGNED");
        assertThat(kinds("dept", soon)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM step_deadline_notice WHERE subject_type = 'TARGET' "
                + "AND subject_id IN (?, ?)", Integer.class, late, soon)).isEqualTo(3);
    }

    @Test
    void theSubmitterUrgesTheHoldersOnceADay() {
        on(DAY);
        long id = submitted("催办项目");
        String task = as("leader").taskOf("TARGET", id);
        String urge = "/api/tasks/" + task + "/urge";
        assertThat(as("leader").post(urge, null).status()).as("only the submitter urges").isEqualTo(403);
        assertThat(as("dept").post(urge, null).status()).isEqualTo(403);
        assertThat(as("staff2").post(urge, null).status()).as("out of scope").isEqualTo(404);
        JsonNode tooLong = as("staff").post(urge, Map.of("message", "催".repeat(501))).expect(422).body();
        assertThat(tooLong.get("errors").get(0).get("field").asText()).isEqualTo("message");
        as("staff").post("/api/tasks/no-such-task/urge", null).expect(404);

        Api.Response won = Race.oneWinner(Race.same(() -> as("staff").post(urge, Map.of("message", "请尽快审核"))));
        assertThat(won.body().get("action").asText()).isEqualTo("URGE");
        JsonNode urged = notices("leader", id).get(0);
        assertThat(urged.get("kind").asText()).isEqualTo("URGED");
        assertThat(urged.get("opinion").asText()).isEqualTo("请尽快审核");
        assertThat(kinds("leader", id)).containsExactly("URGED", "ASSIGNED");

        on(DAY.plusDays(1));
        as("staff").post(urge, null).expect(200);
        assertThat(kinds("leader", id)).containsExactly("URGED", "URGED", "ASSIGNED");
        as("leader").post("/api/tasks/" + task + "/approve", Map.of("opinion", "同意")).expect(200);
        as("staff").post(urge, null).expect(409);
        assertThat(as("staff").get("/api/review-progress/TARGET/" + id).expect(200).body().get("past")
                .findValuesAsText("action")).containsExactly("SUBMIT", "URGE", "URGE", "APPROVE");
    }

    @Test
    void aDelegationHandedBackTellsTheDelegator() {
        long id = submitted("委派交回通知项目");
        for (String reviewer : List.of("leader", "dept")) {
            as(reviewer).post("/api/tasks/" + as(reviewer).taskOf("TARGET", id) + "/approve", null).expect(200);
        }
        String task = as("finance").taskOf("TARGET", id);
        as("finance").post("/api/tasks/" + task + "/delegate", Map.of("toUser", "desk", "note", "请先审阅"))
                .expect(200);
        as("desk").post("/api/tasks/" + task + "/resolve", Map.of("opinion", "指标可行")).expect(200);
        JsonNode back = notices("finance", id).get(0);
        assertThat(back.get("kind").asText()).isEqualTo("DELEGATED_BACK");
        assertThat(back.get("opinion").asText()).isEqualTo("指标可行");
        assertThat(kinds("desk", id)).as("the delegate is not told of their own hand-back").doesNotContain(
                "DELEGATED_BACK");
    }

    @Test
    void aSheetGradedPoorTellsTheSubmitterItIsRejected() {
        Map<String, Object> unit = step("unit", "单位负责人审核", "UNIT_LEADER", "UNIT", null);
        unit.put("grading", true);
        putChain(List.of(unit));
        long id = submitted("否决通知项目");
        as("leader").post("/api/tasks/" + as("leader").taskOf("TARGET", id) + "/approve",
                org.jixiao.support.ReviewSheetBodies.approve("POOR", "不符合预算安排条件")).expect(200);
        assertThat(as("staff").get("/api/targets/" + id).expect(200).body().get("status").asText())
                .isEqualTo("REJECTED");
        JsonNode rejected = notices("staff", id).get(0);
        assertThat(rejected.get("kind").asText()).isEqualTo("REJECTED");
        assertThat(rejected.get("opinion").asText()).isEqualTo("不符合预算安排条件");
        assertThat(kinds("staff", id)).containsExactly("REJECTED");
    }

    // ---- support

    private Api as(String user) {
        return Api.as(rest, user);
    }

    private void on(LocalDate day) {
        calendar.useClock(Clock.fixed(day.atTime(10, 0).atZone(ZONE).toInstant(), ZONE));
    }

    private long submitted(String name) {
        var body = TargetFixtures.validProject(name);
        body.put("fiscalYear", 2030);
        long id = as("staff").post("/api/targets", body).expect(201).id();
        as("staff").post("/api/targets/" + id + "/submit", null).expect(200);
        return id;
    }

    /** 单位负责人 (slaDays as given) → 主管部门 → 财政局, all without deadlines beyond the first. */
    private void chain(int unitSlaDays) {
        Map<String, Object> unit = step("unit", "单位负责人审核", "UNIT_LEADER", "UNIT", unitSlaDays);
        putChain(List.of(unit, step("department", "主管部门审核", "DEPT_REVIEWER", "DEPARTMENT", null),
                step("finance", "财政局审核", "FINANCE_REVIEWER", "FINANCE", null)));
    }

    private void putChain(List<Map<String, Object>> steps) {
        int version = as("admin").get(CHAIN).expect(200).body().get("version").asInt();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        body.put("steps", steps);
        as("admin").put(CHAIN, body).expect(200);
    }

    private static Map<String, Object> step(String key, String name, String role, String level, Integer slaDays) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("key", key);
        s.put("name", name);
        s.put("role", role);
        s.put("level", level);
        s.put("slaDays", slaDays);
        s.put("mayReturn", true);
        return s;
    }

    /** The user's notices about the subject, newest first. */
    private List<JsonNode> notices(String user, long subjectId) {
        List<JsonNode> result = new ArrayList<>();
        as(user).get("/api/notifications?size=100").expect(200).body().get("items").forEach(n -> {
            if (n.get("subjectId").asLong() == subjectId && "TARGET".equals(n.get("subjectType").asText())) {
                result.add(n);
            }
        });
        return result;
    }

    private List<String> kinds(String user, long subjectId) {
        return notices(user, subjectId).stream().map(n -> n.get("kind").asText()).toList();
    }
}
