package org.jixiao.notify;

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
 * Notifications made from the review's own events (issue 13 §4) and their API: a submission tells the unit leader
 * (ASSIGNED), a return tells the drafter with the opinion (RETURNED), each step tells the next reviewers, the last
 * approval tells the drafter (APPROVED); nobody reads or marks another's notices. Targets of 2031 (no rounds).
 */
@IntegrationTest
class NotificationApiTest {
    @Autowired
    TestRestTemplate rest;

    private Api as(String user) {
        return Api.as(rest, user);
    }

    @Test
    void reviewEventsNotifyWhoeverMustActOrWasDecidedFor() {
        var body = TargetFixtures.validProject("通知测试项目");
        body.put("fiscalYear", 2031);
        long id = as("staff").post("/api/targets", body).expect(201).id();
        as("staff").post("/api/targets/" + id + "/submit", null).expect(200);

        String leaderTask = as("leader").taskOf("TARGET", id);
        JsonNode assigned = only(notices("leader", id), "ASSIGNED");
        assertThat(assigned.get("subjectName").asText()).isEqualTo("通知测试项目");
        assertThat(assigned.get("location").asText()).isEqualTo("targets/review/" + leaderTask);
        assertThat(assigned.get("step").asText()).isNotBlank();
        assertThat(assigned.get("read").asBoolean()).isFalse();
        assertThat(notices("staff", id)).as("the drafter is not told of their own submission").isEmpty();

        as("leader").post("/api/tasks/" + leaderTask + "/return", Map.of("opinion", "请补充资金测算依据"))
                .expect(200);
        JsonNode returned = only(notices("staff", id), "RETURNED");
        assertThat(returned.get("opinion").asText()).isEqualTo("请补充资金测算依据");
        assertThat(returned.get("actor").asText()).isNotBlank();
        assertThat(returned.get("location").asText()).isEqualTo("targets/" + id);
        assertThat(notices("leader", id)).as("the returning reviewer is not told of it").hasSize(1);

        as("staff").post("/api/targets/" + id + "/submit", null).expect(200);
        for (String reviewer : List.of("leader", "dept")) {
            as(reviewer).post("/api/tasks/" + as(reviewer).taskOf("TARGET", id) + "/approve", null).expect(200);
        }
        assertThat(kinds(notices("dept", id))).containsExactly("ASSIGNED");
        // the bureau's task reaches its reviewers, including those at a desk under it
        assertThat(kinds(notices("finance", id))).containsExactly("ASSIGNED");
        assertThat(kinds(notices("desk", id))).containsExactly("ASSIGNED");
        assertThat(kinds(notices("staff", id))).as("a step passed is not yet the drafter's news")
                .containsExactly("RETURNED");

        as("finance").post("/api/tasks/" + as("finance").taskOf("TARGET", id) + "/approve", null).expect(200);
        assertThat(kinds(notices("staff", id))).containsExactly("APPROVED", "RETURNED");
        assertThat(notices("staff2", id)).isEmpty();
    }

    @Test
    void onlyTheOwnerListsAndMarksANotice() {
        var body = TargetFixtures.validProject("通知范围项目");
        body.put("fiscalYear", 2031);
        long id = as("staff").post("/api/targets", body).expect(201).id();
        as("staff").post("/api/targets/" + id + "/submit", null).expect(200);
        as("leader").post("/api/tasks/" + as("leader").taskOf("TARGET", id) + "/return",
                Map.of("opinion", "退回修改")).expect(200);
        long notice = only(notices("staff", id), "RETURNED").get("id").asLong();

        as("staff2").post("/api/notifications/" + notice + "/read", null).expect(404);
        as("leader").post("/api/notifications/" + notice + "/read", null).expect(404);
        assertThat(notices("staff2", id)).isEmpty();
        assertThat(as("staff").get("/api/notifications?unread=true&size=100").expect(200).body().get("items")
                .findValues("id").stream().map(JsonNode::asLong).toList()).contains(notice);

        long unreadBefore = as("staff").get("/api/notifications").expect(200).body().get("unread").asLong();
        JsonNode read = as("staff").post("/api/notifications/" + notice + "/read", null).expect(200).body();
        assertThat(read.get("read").asBoolean()).isTrue();
        String firstRead = read.get("readAt").asText();
        assertThat(as("staff").post("/api/notifications/" + notice + "/read", null).expect(200).body()
                .get("readAt").asText()).as("reading again keeps the first time").isEqualTo(firstRead);
        assertThat(as("staff").get("/api/notifications").expect(200).body().get("unread").asLong())
                .isEqualTo(unreadBefore - 1);
        assertThat(as("staff").get("/api/notifications?unread=true&size=100").expect(200).body().get("items")
                .findValues("id").stream().map(JsonNode::asLong).toList()).doesNotContain(notice);

        as("leader").post("/api/notifications/read-all", null).expect(200);
        assertThat(as("leader").get("/api/notifications").expect(200).body().get("unread").asLong()).isZero();
        assertThat(as("staff").get("/api/notifications").expect(200).body().get("unread").asLong())
                .as("marking all read touches only the caller's").isEqualTo(unreadBefore - 1);

        assertThat(as("staff").get("/api/notifications?unread=maybe").expect(422).body().get("detail").asText())
                .contains("unread");
        as("staff").get("/api/notifications?size=0").expect(422);
        as("staff").get("/api/notifications?page=-1").expect(422);
        as("staff").post("/api/notifications/abc/read", null).expect(400);
        as("staff").post("/api/notifications/999999999/read", null).expect(404);
    }

    /** The user's newest notices about the subject, newest first. */
    private List<JsonNode> notices(String user, long subjectId) {
        List<JsonNode> result = new ArrayList<>();
        as(user).get("/api/notifications?size=100").expect(200).body().get("items").forEach(n -> {
            if (n.get("subjectId").asLong() == subjectId) {
                result.add(n);
            }
        });
        return result;
    }

    private static List<String> kinds(List<JsonNode> notices) {
        return notices.stream().map(n -> n.get("kind").asText()).toList();
    }

    private static JsonNode only(List<JsonNode> notices, String kind) {
        assertThat(kinds(notices)).containsExactly(kind);
        return notices.get(0);
    }
}
