package org.jixiao.targets.api;

import org.jixiao.support.ReviewSheetBodies;
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

@IntegrationTest
class TargetApiTest {

    @Autowired
    TestRestTemplate rest;

    private Api staff() {
        return Api.as(rest, "staff");
    }

    @Test
    void createReadListAndUpdateWithOptimisticLocking() {
        Api.Response created = staff().post("/api/targets", TargetFixtures.validProject("API 新建目标")).expect(201);
        long id = created.id();
        assertThat(created.headers().getLocation()).hasToString("/api/targets/" + id);
        assertThat(created.body().get("status").asText()).isEqualTo("DRAFT");
        assertThat(created.body().get("version").asInt()).isZero();
        assertThat(created.body().get("unitCode").asText()).isEqualTo("450001");
        JsonNode first = created.body().get("indicators").get(0);
        assertThat(first.get("comparator").asText()).isEqualTo("GE");
        assertThat(first.get("value").decimalValue()).isEqualByComparingTo("12");
        assertThat(first.get("unit").asText()).isEqualTo("次");
        assertThat(created.body().get("spendingPlan")).hasSize(4);
        assertThat(created.body().get("fiscalFunds").decimalValue()).isEqualByComparingTo("200.00");

        JsonNode read = staff().get("/api/targets/" + id).expect(200).body();
        assertThat(read.get("name").asText()).isEqualTo("API 新建目标");

        JsonNode listed = staff().get("/api/targets?fiscalYear=2025&status=DRAFT").expect(200).body();
        assertThat(listed.findValuesAsText("name")).contains("API 新建目标");
        assertThat(staff().get("/api/targets?fiscalYear=1999").expect(200).body()).isEmpty();

        Map<String, Object> edit = Api.toMap(read);
        edit.put("name", "API 新建目标（修改）");
        JsonNode saved = staff().put("/api/targets/" + id, edit).expect(200).body();
        assertThat(saved.get("version").asInt()).isEqualTo(1);
        assertThat(saved.get("name").asText()).isEqualTo("API 新建目标（修改）");
        assertThat(saved.get("indicators").get(0).get("id").asLong())
                .as("indicator ids survive a save").isEqualTo(read.get("indicators").get(0).get("id").asLong());

        edit.put("name", "被拒绝的旧版本修改");
        Api.Response stale = staff().put("/api/targets/" + id, edit).expect(409);
        assertThat(stale.body().get("detail").asText()).contains("已被他人修改");
        assertThat(stale.headers().getContentType().toString()).contains("application/problem+json");
        assertThat(staff().get("/api/targets/" + id).body().get("name").asText()).isEqualTo("API 新建目标（修改）");
    }

    @Test
    void submitReportsEveryFailedCheckAtOnce() {
        Map<String, Object> draft = TargetFixtures.validProject("检查不通过的目标");
        draft.put("spendingPlan", List.of(Map.of("month", 6, "percent", "60"), Map.of("month", 12, "percent", "50")));
        List<Map<String, Object>> indicators = new ArrayList<>();
        indicators.add(TargetFixtures.indicator("产出指标", "数量指标", "开展应急演练次数", "≥**天", "50.00"));
        indicators.add(TargetFixtures.indicator("效益指标", "社会效益指标", "运行能力", "长期", "30.00"));
        draft.put("indicators", indicators);
        long id = staff().post("/api/targets", draft).expect(201).id();

        Api.Response refused = staff().post("/api/targets/" + id + "/submit", null).expect(422);
        List<String> fields = refused.body().get("errors").findValuesAsText("field");
        assertThat(fields).contains("spendingPlan[1].percent", "indicators[0].valueText", "indicators");
        assertThat(refused.body().get("title").asText()).isEqualTo("数据校验未通过");
        assertThat(staff().get("/api/targets/" + id).body().get("status").asText()).isEqualTo("DRAFT");
    }

    @Test
    void badInputIsAClearClientError() {
        assertThat(staff().postRaw("/api/targets", "{\"kind\": \"PROJECT\", ").status()).isEqualTo(400);
        Api.Response wrongType = staff().postRaw("/api/targets", "{\"kind\":\"PROJECT\",\"fiscalYear\":\"明年\"}").expect(400);
        assertThat(wrongType.body().get("errors").get(0).get("field").asText()).isEqualTo("fiscalYear");
        staff().postRaw("/api/targets", "{\"kind\":\"BUDGET\",\"fiscalYear\":2025}").expect(400);
        Api.Response noName = staff().post("/api/targets", Map.of("kind", "PROJECT", "fiscalYear", 2025)).expect(422);
        assertThat(noName.body().get("errors").findValuesAsText("field")).contains("name");
        Map<String, Object> tooPrecise = TargetFixtures.validProject("三位小数");
        tooPrecise.put("fiscalFunds", "1.234");
        staff().post("/api/targets", tooPrecise).expect(422);
        Map<String, Object> duplicateMonth = TargetFixtures.validProject("重复月份");
        duplicateMonth.put("spendingPlan", List.of(Map.of("month", 3, "percent", "25"), Map.of("month", 3, "percent", "30")));
        staff().post("/api/targets", duplicateMonth).expect(422);
        staff().get("/api/targets/99999999").expect(404);
        staff().get("/api/targets/abc").expect(400);
        long id = staff().post("/api/targets", TargetFixtures.validProject("无版本号")).expect(201).id();
        Map<String, Object> noVersion = TargetFixtures.validProject("无版本号");
        staff().put("/api/targets/" + id, noVersion).expect(422);
        Api.as(rest, null).get("/api/targets").expect(401);
        Api.as(rest, "leader").post("/api/targets", TargetFixtures.validProject("负责人不能填报")).expect(403);
    }

    @Test
    void staffOfAnotherUnitCanNeitherSeeNorActOnTheTarget() {
        long id = staff().post("/api/targets", TargetFixtures.validProject("乐亭本级目标")).expect(201).id();
        Api staff2 = Api.as(rest, "staff2");
        staff2.get("/api/targets/" + id).expect(404);
        assertThat(staff2.get("/api/targets").body().findValuesAsText("name")).doesNotContain("乐亭本级目标");
        assertThat(staff2.get("/api/targets").body().findValuesAsText("unitCode")).containsOnly("460001");
        staff2.put("/api/targets/" + id, Map.of("name", "x", "version", 0, "kind", "PROJECT", "fiscalYear", 2025)).expect(404);
        staff2.post("/api/targets/" + id + "/submit", null).expect(404);
        staff2.post("/api/targets/" + id + "/copy", null).expect(404);
        staff2.get("/api/targets/" + id + "/history").expect(404);
        Map<String, Object> intoOtherUnit = TargetFixtures.validProject("冒用单位编码");
        staff2.post("/api/targets", intoOtherUnit).expect(422);

        staff().post("/api/targets/" + id + "/submit", null).expect(200);
        String taskId = taskFor(Api.as(rest, "leader"), id);
        staff2.post("/api/tasks/" + taskId + "/approve", Map.of("opinion", "越权")).expect(404);
        Api.as(rest, "leader2").post("/api/tasks/" + taskId + "/approve", Map.of()).expect(404);
        Api.as(rest, "dept").post("/api/tasks/" + taskId + "/approve", Map.of()).expect(403);
        Api.as(rest, "dept2").get("/api/targets/" + id).expect(404);
        assertThat(Api.as(rest, "dept").get("/api/targets/" + id).status()).isEqualTo(200);
        assertThat(Api.as(rest, "finance").get("/api/targets/" + id).status()).isEqualTo(200);
    }

    @Test
    void approvalThroughTheApiWithHistory() {
        long id = staff().post("/api/targets", TargetFixtures.validProject("全程审批目标")).expect(201).id();
        assertThat(staff().post("/api/targets/" + id + "/submit", null).expect(200).body().get("status").asText())
                .isEqualTo("UNIT_REVIEW");
        Api leader = Api.as(rest, "leader");
        JsonNode tasks = leader.tasks();
        JsonNode mine = null;
        for (JsonNode task : tasks) {
            if (task.get("targetId").asLong() == id) {
                mine = task;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("name").asText()).isEqualTo("单位负责人审核");
        assertThat(mine.get("targetName").asText()).isEqualTo("全程审批目标");
        assertThat(mine.get("status").asText()).isEqualTo("UNIT_REVIEW");
        assertThat(mine.get("created").asText()).isNotBlank();

        leader.post("/api/tasks/" + mine.get("id").asText() + "/return", Map.of("opinion", " ")).expect(422);
        leader.post("/api/tasks/" + mine.get("id").asText() + "/approve", Map.of("opinion", "同意")).expect(200);
        Api dept = Api.as(rest, "dept");
        dept.post("/api/tasks/" + taskFor(dept, id) + "/approve", null).expect(200);
        Api finance = Api.as(rest, "finance");
        ReviewSheetBodies.approve(finance, taskFor(finance, id), "批复").expect(200);

        JsonNode approved = staff().get("/api/targets/" + id).expect(200).body();
        assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
        Map<String, Object> edit = Api.toMap(approved);
        staff().put("/api/targets/" + id, edit).expect(409);
        staff().post("/api/targets/" + id + "/withdraw", null).expect(409);

        JsonNode history = staff().get("/api/targets/" + id + "/history").expect(200).body();
        assertThat(history.findValuesAsText("action")).containsExactly("SUBMIT", "APPROVE", "APPROVE", "APPROVE");
        assertThat(history.findValuesAsText("actorRole"))
                .containsExactly("STAFF", "UNIT_LEADER", "DEPT_REVIEWER", "FINANCE_REVIEWER");
        assertThat(history.findValuesAsText("step")).containsExactly("DRAFT", "UNIT_REVIEW", "DEPT_REVIEW", "FINANCE_REVIEW");
        assertThat(history.get(3).get("opinion").asText()).isEqualTo("批复");
        assertThat(history.get(0).get("actorUsername").asText()).isEqualTo("staff");

        Api.Response copy = staff().post("/api/targets/" + id + "/copy", Map.of("fiscalYear", 2026)).expect(201);
        assertThat(copy.body().get("status").asText()).isEqualTo("DRAFT");
        assertThat(copy.body().get("fiscalYear").asInt()).isEqualTo(2026);
        assertThat(copy.body().get("name").asText()).as("another year keeps the name").isEqualTo(
                staff().get("/api/targets/" + id).body().get("name").asText());
        assertThat(copy.body().get("indicators")).hasSize(4);
        assertThat(copy.body().get("id").asLong()).isNotEqualTo(id);
    }

    @Test
    void returnWithdrawAndResubmitThroughTheApi() {
        long id = staff().post("/api/targets", TargetFixtures.validProject("退回与撤回目标")).expect(201).id();
        staff().post("/api/targets/" + id + "/submit", null).expect(200);
        assertThat(staff().post("/api/targets/" + id + "/withdraw", null).expect(200).body().get("status").asText())
                .isEqualTo("DRAFT");
        assertThat(taskOrNull(Api.as(rest, "leader"), id)).as("withdrawn: no task left").isNull();

        staff().post("/api/targets/" + id + "/submit", null).expect(200);
        Api leader = Api.as(rest, "leader");
        leader.post("/api/tasks/" + taskFor(leader, id) + "/approve", Map.of("opinion", "同意")).expect(200);
        staff().post("/api/targets/" + id + "/withdraw", null).expect(409);
        Api dept = Api.as(rest, "dept");
        dept.post("/api/tasks/" + taskFor(dept, id) + "/return", Map.of("opinion", "满意度指标依据不足，请补充")).expect(200);

        JsonNode returned = staff().get("/api/targets/" + id).expect(200).body();
        assertThat(returned.get("status").asText()).isEqualTo("RETURNED");
        JsonNode history = staff().get("/api/targets/" + id + "/history").expect(200).body();
        assertThat(history.findValuesAsText("action"))
                .containsExactly("SUBMIT", "WITHDRAW", "SUBMIT", "APPROVE", "RETURN");
        assertThat(history.get(4).get("opinion").asText()).isEqualTo("满意度指标依据不足，请补充");
        assertThat(history.get(4).get("actorRole").asText()).isEqualTo("DEPT_REVIEWER");

        Map<String, Object> edit = Api.toMap(returned);
        edit.put("goals", "补充满意度调查依据后重新送审");
        staff().put("/api/targets/" + id, edit).expect(200);
        assertThat(staff().post("/api/targets/" + id + "/submit", null).expect(200).body().get("status").asText())
                .as("resubmission restarts the chain").isEqualTo("UNIT_REVIEW");
        assertThat(taskOrNull(dept, id)).isNull();
        assertThat(taskOrNull(leader, id)).isNotNull();
    }

    @Test
    void unknownIdsAreNotFound() {
        staff().get("/api/targets/987654321").expect(404);
        staff().post("/api/targets/987654321/submit", null).expect(404);
        Api.as(rest, "leader").post("/api/tasks/no-such-task/approve", Map.of("opinion", "同意")).expect(404);
        Api.Response notANumber = staff().get("/api/targets/abc");
        assertThat(notANumber.status()).isEqualTo(400);
    }

    @Test
    void indicatorValueParsingEndpoint() {
        JsonNode read = staff().post("/api/indicator-values/parse", Map.of("text", "不少于4次")).expect(200).body();
        assertThat(read.get("comparator").asText()).isEqualTo("GE");
        assertThat(read.get("value").decimalValue()).isEqualByComparingTo("4");
        assertThat(read.get("unit").asText()).isEqualTo("次");
        assertThat(read.get("recognized").asBoolean()).isTrue();
        JsonNode qualitative = staff().post("/api/indicator-values/parse", Map.of("text", "按时完成")).expect(200).body();
        assertThat(qualitative.get("qualitative").asBoolean()).isTrue();
        JsonNode bad = staff().post("/api/indicator-values/parse", Map.of("text", "≥**天")).expect(200).body();
        assertThat(bad.get("recognized").asBoolean()).isFalse();
    }

    @Test
    void meDescribesTheUser() {
        JsonNode me = staff().get("/api/me").expect(200).body();
        assertThat(me.get("username").asText()).isEqualTo("staff");
        assertThat(me.get("roles").get(0).asText()).isEqualTo("STAFF");
        assertThat(me.get("org").get("code").asText()).isEqualTo("450001");
    }

    private static String taskOrNull(Api reviewer, long targetId) {
        for (JsonNode task : reviewer.tasks()) {
            if (task.get("targetId").asLong() == targetId) {
                return task.get("id").asText();
            }
        }
        return null;
    }

    private static String taskFor(Api reviewer, long targetId) {
        for (JsonNode task : reviewer.tasks()) {
            if (task.get("targetId").asLong() == targetId) {
                return task.get("id").asText();
            }
        }
        throw new AssertionError("no task for target " + targetId);
    }
}
