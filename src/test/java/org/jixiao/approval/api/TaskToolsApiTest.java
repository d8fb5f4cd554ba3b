package org.jixiao.approval.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.approval.Deputies;
import org.jixiao.approval.ReviewService;
import org.jixiao.approval.ReviewTask;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgDirectory;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.Race;
import org.jixiao.support.TargetFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The reviewer's tools over HTTP (issue 13 §3): 转办, 委派/交回 and 代理 at the finance step, where {@code finance}
 * (绩效科) and {@code desk} (行政政法科) both hold the bureau's FINANCE_REVIEWER group and nobody else does. Scope: no
 * task goes to, and nobody names as deputy, a user outside the step's group; each handover happens once under ten
 * concurrent requests; the inbox read model follows the holder; deputy windows with the deputies' clock moved.
 * Targets of 2033 (drafted and approved only, never in a round); deputy settings are removed after each test.
 */
@IntegrationTest
class TaskToolsApiTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    Deputies deputies;
    @Autowired
    ReviewService reviews;
    @Autowired
    OrgDirectory directory;

    private Api as(String user) {
        return Api.as(rest, user);
    }

    @AfterEach
    void restore() {
        deputies.useClock(null);
        as("finance").delete("/api/me/deputy");
        as("desk").delete("/api/me/deputy");
    }

    @Test
    void transferGoesOnlyToAColleagueOfTheStepOnceAndTheInboxFollows() {
        long id = atFinance("转办测试项目");
        String task = as("finance").taskOf("TARGET", id);

        JsonNode candidates = as("finance").get("/api/tasks/" + task + "/handover-candidates").expect(200).body();
        List<String> names = new ArrayList<>();
        candidates.forEach(c -> names.add(c.get("username").asText()));
        assertThat(names).contains("desk").doesNotContain("finance", "leader", "dept", "leader2", "admin");

        for (String outsider : List.of("leader2", "staff", "dept", "admin")) {
            refused(as("finance").post("/api/tasks/" + task + "/transfer", Map.of("toUser", outsider)), "toUser");
        }
        refused(as("finance").post("/api/tasks/" + task + "/transfer", Map.of("toUser", "no-such-user")), "toUser");
        refused(as("finance").post("/api/tasks/" + task + "/transfer", Map.of("toUser", "finance")), "toUser");
        refused(as("finance").post("/api/tasks/" + task + "/transfer", Map.of()), "toUser");
        refused(as("finance").post("/api/tasks/" + task + "/transfer",
                Map.of("toUser", "desk", "opinion", "长".repeat(2001))), "opinion");
        // not the holder: a reviewer of another step is 403, another unit's reviewer does not learn it exists
        assertThat(as("leader").post("/api/tasks/" + task + "/transfer", Map.of("toUser", "desk")).status())
                .isEqualTo(403);
        assertThat(as("leader2").post("/api/tasks/" + task + "/transfer", Map.of("toUser", "desk")).status())
                .isEqualTo(404);

        Race.oneWinner(Race.same(() -> as("finance").post("/api/tasks/" + task + "/transfer",
                Map.of("toUser", "desk", "opinion", "请行政政法科审核"))));

        assertThat(openTask("desk", id)).isEqualTo(task);
        assertThat(openTask("finance", id)).isNull();
        // the engine-side lists (workbench, a subject's open task) follow the holder too
        CurrentUser finance = directory.currentUser("finance").orElseThrow();
        CurrentUser desk = directory.currentUser("desk").orElseThrow();
        assertThat(reviews.inbox(finance)).noneMatch(t -> t.id().equals(task));
        assertThat(reviews.inbox(desk)).anyMatch(t -> t.id().equals(task));
        assertThat(reviews.openTaskFor(finance, "TARGET", id)).isEmpty();
        assertThat(reviews.openTaskFor(desk, "TARGET", id)).map(ReviewTask::id).contains(task);
        assertThat(as("finance").post("/api/tasks/" + task + "/approve", null).status()).isEqualTo(409);
        assertThat(as("finance").post("/api/tasks/" + task + "/transfer", Map.of("toUser", "desk")).status())
                .isEqualTo(409);

        as("desk").post("/api/tasks/" + task + "/approve", Map.of("opinion", "同意")).expect(200);
        List<JsonNode> history = history(id);
        JsonNode transfer = last(history, "TRANSFER");
        assertThat(transfer.get("actorUsername").asText()).isEqualTo("finance");
        assertThat(transfer.get("counterpart").asText()).isNotBlank();
        assertThat(transfer.get("opinion").asText()).isEqualTo("请行政政法科审核");
        assertThat(history.stream().filter(e -> "TRANSFER".equals(e.get("action").asText()))).hasSize(1);
        assertThat(last(history, "APPROVE").get("actorUsername").asText()).isEqualTo("desk");
        assertThat(as("staff").get("/api/targets/" + id).expect(200).body().get("status").asText())
                .isEqualTo("APPROVED");
    }

    @Test
    void aDelegateReviewsAndHandsBackOnceAndOnlyTheDelegatorDecides() {
        long id = atFinance("委派测试项目");
        String task = as("finance").taskOf("TARGET", id);
        refused(as("finance").post("/api/tasks/" + task + "/delegate", Map.of("toUser", "leader2")), "toUser");
        refused(as("finance").post("/api/tasks/" + task + "/delegate", Map.of("toUser", "dept")), "toUser");
        assertThat(as("desk").post("/api/tasks/" + task + "/resolve", Map.of()).status()).isEqualTo(409);

        Race.oneWinner(Race.same(() -> as("finance").post("/api/tasks/" + task + "/delegate",
                Map.of("toUser", "desk", "note", "请先审阅绩效指标"))));
        assertThat(openTask("desk", id)).isEqualTo(task);
        assertThat(openTask("finance", id)).isNull();

        Api.Response delegatorApproves = as("finance").post("/api/tasks/" + task + "/approve", null);
        assertThat(delegatorApproves.status()).isEqualTo(409);
        assertThat(delegatorApproves.body().get("detail").asText()).contains("委派", "交回");
        assertThat(as("desk").post("/api/tasks/" + task + "/approve", null).status()).isEqualTo(409);
        assertThat(as("desk").post("/api/tasks/" + task + "/return", Map.of("opinion", "退回")).status())
                .isEqualTo(409);
        assertThat(as("finance").post("/api/tasks/" + task + "/resolve", Map.of()).status()).isEqualTo(409);
        assertThat(as("desk").post("/api/tasks/" + task + "/transfer", Map.of("toUser", "finance")).status())
                .isEqualTo(409);

        Race.oneWinner(Race.same(() -> as("desk").post("/api/tasks/" + task + "/resolve",
                Map.of("opinion", "指标完整，建议通过"))));
        assertThat(openTask("finance", id)).isEqualTo(task);
        assertThat(openTask("desk", id)).isNull();
        as("finance").post("/api/tasks/" + task + "/approve", Map.of("opinion", "同意")).expect(200);

        List<JsonNode> history = history(id);
        assertThat(last(history, "DELEGATE").get("opinion").asText()).isEqualTo("请先审阅绩效指标");
        JsonNode resolve = last(history, "RESOLVE");
        assertThat(resolve.get("actorUsername").asText()).isEqualTo("desk");
        assertThat(resolve.get("opinion").asText()).isEqualTo("指标完整，建议通过");
        assertThat(resolve.get("counterpart").asText()).isNotBlank();
        assertThat(last(history, "APPROVE").get("actorUsername").asText()).isEqualTo("finance");
        assertThat(history.stream().filter(e -> "RESOLVE".equals(e.get("action").asText()))).hasSize(1);
    }

    @Test
    void aDeputyActsForTheAbsentHolderInsideTheWindowOnly() {
        LocalDate today = deputies.today();
        Api finance = as("finance");
        // nobody outside the user's review posts, nor oneself, nor a period that makes no sense
        refused(finance.put("/api/me/deputy", deputy("leader2", today, today.plusDays(3))), "deputy");
        refused(finance.put("/api/me/deputy", deputy("dept", today, today.plusDays(3))), "deputy");
        refused(finance.put("/api/me/deputy", deputy("admin", today, today.plusDays(3))), "deputy");
        refused(finance.put("/api/me/deputy", deputy("finance", today, today.plusDays(3))), "deputy");
        refused(finance.put("/api/me/deputy", deputy("desk", today.plusDays(3), today)), "to");
        refused(finance.put("/api/me/deputy", deputy("desk", today.minusDays(1), today.plusDays(3))), "from");
        refused(finance.put("/api/me/deputy", deputy("desk", today, today.plusDays(Deputies.MAX_DAYS))), "to");
        refused(finance.put("/api/me/deputy", Map.of("deputy", "desk")), "from");
        assertThat(finance.get("/api/me/deputy").status()).isEqualTo(404);

        // a task that is finance's personally: desk hands it over to finance
        long id = atFinance("代理测试项目");
        String task = as("desk").taskOf("TARGET", id);
        as("desk").post("/api/tasks/" + task + "/transfer", Map.of("toUser", "finance")).expect(200);
        assertThat(openTask("desk", id)).isNull();

        JsonNode set = finance.put("/api/me/deputy", deputy("desk", today.plusDays(1), today.plusDays(7)))
                .expect(200).body();
        assertThat(set.get("active").asBoolean()).isFalse();
        assertThat(openTask("desk", id)).as("before the window").isNull();
        assertThat(as("desk").post("/api/tasks/" + task + "/approve", null).status()).isEqualTo(409);

        deputies.useClock(Clock.fixed(today.plusDays(8).atStartOfDay(ZONE).toInstant(), ZONE));
        assertThat(openTask("desk", id)).as("after the window").isNull();
        assertThat(as("desk").post("/api/tasks/" + task + "/approve", null).status()).isEqualTo(409);

        deputies.useClock(Clock.fixed(today.plusDays(3).atStartOfDay(ZONE).toInstant(), ZONE));
        JsonNode inside = finance.get("/api/me/deputy").expect(200).body();
        assertThat(inside.get("deputy").asText()).isEqualTo("desk");
        assertThat(inside.get("active").asBoolean()).isTrue();
        assertThat(openTask("desk", id)).as("inside the window").isEqualTo(task);
        assertThat(openTask("finance", id)).isEqualTo(task);
        Race.oneWinner(Race.same(() -> as("desk").post("/api/tasks/" + task + "/approve",
                Map.of("opinion", "代为审核通过"))));

        JsonNode approve = last(history(id), "APPROVE");
        assertThat(approve.get("actorUsername").asText()).isEqualTo("desk");
        assertThat(approve.get("onBehalfOf").asText()).isNotBlank();
        finance.delete("/api/me/deputy").expect(204);
        assertThat(finance.get("/api/me/deputy").status()).isEqualTo(404);
    }

    /** A 2033 target of unit 450001 approved by its leader and department: its task waits at the finance step. */
    private long atFinance(String name) {
        Map<String, Object> body = TargetFixtures.validProject(name);
        body.put("fiscalYear", 2033);
        long id = as("staff").post("/api/targets", body).expect(201).id();
        as("staff").post("/api/targets/" + id + "/submit", null).expect(200);
        for (String reviewer : List.of("leader", "dept")) {
            Api api = as(reviewer);
            api.post("/api/tasks/" + api.taskOf("TARGET", id) + "/approve", null).expect(200);
        }
        return id;
    }

    /** The user's open task on the target in 待办 (the read model), or null. */
    private String openTask(String user, long targetId) {
        for (JsonNode t : as(user).get("/api/tasks?type=TARGET&fiscalYear=2033&size=200").expect(200).body()
                .get("items")) {
            if (t.get("subjectId").asLong() == targetId) {
                return t.get("id").asText();
            }
        }
        return null;
    }

    private List<JsonNode> history(long targetId) {
        List<JsonNode> events = new ArrayList<>();
        as("staff").get("/api/targets/" + targetId + "/history").expect(200).body().forEach(events::add);
        return events;
    }

    private static JsonNode last(List<JsonNode> history, String action) {
        return history.stream().filter(e -> action.equals(e.get("action").asText())).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no " + action + " in " + history));
    }

    private static Map<String, Object> deputy(String user, LocalDate from, LocalDate to) {
        return Map.of("deputy", user, "from", from.toString(), "to", to.toString());
    }

    /** A 422 problem naming the field. */
    private static void refused(Api.Response response, String field) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(422);
        assertThat(response.body().toString()).contains("\"" + field + "\"");
    }
}
