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

/** 目标调整 over the REST API: request, edit, the approval chain, versions and the diff. */
@IntegrationTest
class TargetAdjustmentApiTest {

    @Autowired
    TestRestTemplate rest;

    private Api staff() {
        return Api.as(rest, "staff");
    }

    @Test
    void approvedAdjustmentReplacesTheApprovedVersion() {
        long original = approvedTarget("调整全程目标");
        Api.Response requested = staff().post("/api/targets/" + original + "/adjustments",
                Map.of("reason", "  预算追加 20 万元，增加会诊次数  ")).expect(201);
        long adjustment = requested.id();
        assertThat(requested.headers().getLocation()).hasToString("/api/targets/" + adjustment);
        JsonNode draft = requested.body();
        assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.get("versionNo").asInt()).isEqualTo(2);
        assertThat(draft.get("lineageId").asLong()).isEqualTo(original);
        assertThat(draft.get("adjustsTargetId").asLong()).isEqualTo(original);
        assertThat(draft.get("adjustmentReason").asText()).isEqualTo("预算追加 20 万元，增加会诊次数");
        assertThat(draft.get("name").asText()).as("an adjustment keeps the name").isEqualTo("调整全程目标");
        assertThat(draft.get("indicators")).hasSize(4);
        assertThat(draft.get("spendingPlan")).hasSize(4);
        assertThat(draft.get("indicators").get(0).get("id").asLong()).as("indicators are copied, not shared")
                .isNotEqualTo(staff().get("/api/targets/" + original).body().get("indicators").get(0).get("id").asLong());

        Map<String, Object> edit = Api.toMap(draft);
        edit.put("fiscalFunds", "220.00");
        edit.put("spendingPlan", List.of(Map.of("month", 3, "percent", "20"), Map.of("month", 6, "percent", "50"),
                Map.of("month", 10, "percent", "75"), Map.of("month", 12, "percent", "100")));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> indicators = new ArrayList<>((List<Map<String, Object>>) edit.get("indicators"));
        indicators.get(0).put("valueText", "≥14次");
        indicators.remove(1);
        indicators.add(1, TargetFixtures.indicator("产出指标", "质量指标", "会诊报告合格率", "=100%", "25.00"));
        edit.put("indicators", indicators);
        staff().put("/api/targets/" + adjustment, edit).expect(200);
        staff().post("/api/targets/" + adjustment + "/submit", null).expect(200);
        assertThat(status(original)).as("the approved version stays in force during review").isEqualTo("APPROVED");

        approveThroughTheChain(adjustment);

        assertThat(status(adjustment)).isEqualTo("APPROVED");
        assertThat(status(original)).isEqualTo("SUPERSEDED");
        JsonNode versions = staff().get("/api/targets/" + adjustment + "/versions").expect(200).body();
        assertThat(versions.findValuesAsText("id")).containsExactly(String.valueOf(original), String.valueOf(adjustment));
        assertThat(versions.findValuesAsText("versionNo")).containsExactly("1", "2");
        assertThat(versions.findValuesAsText("status")).containsExactly("SUPERSEDED", "APPROVED");
        assertThat(versions.get(1).get("reason").asText()).isEqualTo("预算追加 20 万元，增加会诊次数");
        assertThat(versions.get(0).get("approvedAt").asText()).isNotBlank();
        assertThat(versions.get(1).get("approvedAt").asText()).isNotBlank();
        assertThat(versions.get(1).get("createdAt").asText()).isNotBlank();
        assertThat(staff().get("/api/targets/" + original + "/versions").expect(200).body()).hasSize(2);

        JsonNode old = staff().get("/api/targets/" + original).expect(200).body();
        staff().put("/api/targets/" + original, Api.toMap(old)).expect(409);
        staff().post("/api/targets/" + original + "/adjustments", Map.of("reason", "旧版本")).expect(409);

        JsonNode diff = staff().get("/api/targets/" + adjustment + "/diff?against=" + original).expect(200).body();
        assertThat(change(diff, "HEADER", null, "fiscalFunds").get("before").asText()).isEqualTo("200.00");
        assertThat(change(diff, "HEADER", null, "fiscalFunds").get("after").asText()).isEqualTo("220.00");
        assertThat(change(diff, "HEADER", null, "fiscalFunds").get("label").asText()).isEqualTo("财政资金（万元）");
        assertThat(change(diff, "SPENDING_PLAN", "3月", "percent").get("after").asText()).isEqualTo("20.00");
        JsonNode value = change(diff, "INDICATOR", "产出指标 / 数量指标 / 组织专家审查次数", "value");
        assertThat(value.get("before").asText()).isEqualTo("12");
        assertThat(value.get("after").asText()).isEqualTo("14");
        assertThat(change(diff, "INDICATOR", "产出指标 / 时效指标 / 按时完成项目", null).get("change").asText())
                .isEqualTo("REMOVED");
        assertThat(change(diff, "INDICATOR", "产出指标 / 质量指标 / 会诊报告合格率", null).get("change").asText())
                .isEqualTo("ADDED");
        JsonNode byDefault = staff().get("/api/targets/" + adjustment + "/diff").expect(200).body();
        assertThat(byDefault).as("without against: against the adjusted version").isEqualTo(diff);
        JsonNode reverse = staff().get("/api/targets/" + original + "/diff?against=" + adjustment).expect(200).body();
        assertThat(change(reverse, "HEADER", null, "fiscalFunds").get("after").asText()).isEqualTo("200.00");
        Api.as(rest, "finance").get("/api/targets/" + adjustment + "/diff?against=" + original).expect(200);

        long third = staff().post("/api/targets/" + adjustment + "/adjustments", Map.of("reason", "再次调整"))
                .expect(201).id();
        assertThat(staff().get("/api/targets/" + third).body().get("versionNo").asInt()).isEqualTo(3);
        JsonNode history = staff().get("/api/targets/" + adjustment + "/history").expect(200).body();
        assertThat(history.findValuesAsText("action")).containsExactly("SUBMIT", "APPROVE", "APPROVE", "APPROVE");
    }

    @Test
    void returnedAdjustmentIsFixedAndResubmitted() {
        long original = approvedTarget("调整退回目标");
        long adjustment = staff().post("/api/targets/" + original + "/adjustments", Map.of("reason", "项目延期"))
                .expect(201).id();
        staff().post("/api/targets/" + adjustment + "/submit", null).expect(200);
        Api leader = Api.as(rest, "leader");
        leader.post("/api/tasks/" + taskFor(leader, adjustment) + "/approve", Map.of("opinion", "同意")).expect(200);
        Api dept = Api.as(rest, "dept");
        dept.post("/api/tasks/" + taskFor(dept, adjustment) + "/return", Map.of("opinion", "请说明延期依据")).expect(200);
        assertThat(status(adjustment)).isEqualTo("RETURNED");
        assertThat(status(original)).isEqualTo("APPROVED");
        staff().post("/api/targets/" + original + "/adjustments", Map.of("reason", "第二个调整")).expect(409);

        Map<String, Object> edit = Api.toMap(staff().get("/api/targets/" + adjustment).body());
        edit.put("periodGoals", "2025-2026 年完成");
        staff().put("/api/targets/" + adjustment, edit).expect(200);
        staff().post("/api/targets/" + adjustment + "/submit", null).expect(200);
        approveThroughTheChain(adjustment);
        assertThat(status(adjustment)).isEqualTo("APPROVED");
        assertThat(status(original)).isEqualTo("SUPERSEDED");
        JsonNode approvedOnly = staff().get("/api/targets?status=APPROVED&fiscalYear=2025").body();
        assertThat(approvedOnly.findValuesAsText("id")).contains(String.valueOf(adjustment))
                .doesNotContain(String.valueOf(original));
    }

    @Test
    void oneOpenAdjustmentAtATimeAndItCanBeAbandoned() {
        long original = approvedTarget("单一调整目标");
        long first = staff().post("/api/targets/" + original + "/adjustments", Map.of("reason", "第一次")).expect(201).id();
        Api.Response second = staff().post("/api/targets/" + original + "/adjustments", Map.of("reason", "第二次"))
                .expect(409);
        assertThat(second.body().get("adjustmentId").asLong()).isEqualTo(first);
        assertThat(second.body().get("detail").asText()).contains("进行中的调整");
        staff().post("/api/targets/" + first + "/adjustments", Map.of("reason", "草稿不能调整")).expect(409);

        staff().post("/api/targets/" + first + "/submit", null).expect(200);
        staff().delete("/api/targets/" + first).expect(409);
        staff().post("/api/targets/" + first + "/withdraw", null).expect(200);
        Api.as(rest, "leader").delete("/api/targets/" + first).expect(403);
        Api.as(rest, "staff2").delete("/api/targets/" + first).expect(404);
        staff().delete("/api/targets/" + original).expect(409);
        staff().delete("/api/targets/" + first).expect(204);
        staff().get("/api/targets/" + first).expect(404);
        assertThat(status(original)).isEqualTo("APPROVED");
        assertThat(staff().get("/api/targets/" + original + "/versions").body()).hasSize(1);

        long again = staff().post("/api/targets/" + original + "/adjustments", Map.of("reason", "重新申请"))
                .expect(201).id();
        assertThat(staff().get("/api/targets/" + again).body().get("versionNo").asInt()).isEqualTo(2);
    }

    @Test
    void refusals() {
        long draft = staff().post("/api/targets", TargetFixtures.validProject("未批复不能调整")).expect(201).id();
        Api.Response notApproved = staff().post("/api/targets/" + draft + "/adjustments", Map.of("reason", "x")).expect(409);
        assertThat(notApproved.body().get("detail").asText()).contains("已批复");

        long original = approvedTarget("调整拒绝情形");
        Api.Response noReason = staff().post("/api/targets/" + original + "/adjustments", Map.of("reason", "   ")).expect(422);
        assertThat(noReason.body().get("errors").findValuesAsText("field")).containsExactly("reason");
        staff().post("/api/targets/" + original + "/adjustments", Map.of()).expect(422);
        staff().post("/api/targets/" + original + "/adjustments", null).expect(422);
        staff().post("/api/targets/" + original + "/adjustments", Map.of("reason", "长".repeat(1001))).expect(422);

        Api staff2 = Api.as(rest, "staff2");
        staff2.post("/api/targets/" + original + "/adjustments", Map.of("reason", "越权")).expect(404);
        staff2.get("/api/targets/" + original + "/versions").expect(404);
        staff2.get("/api/targets/" + original + "/diff?against=" + original).expect(404);
        Api.as(rest, "dept2").get("/api/targets/" + original + "/versions").expect(404);
        Api.as(rest, "leader").post("/api/targets/" + original + "/adjustments", Map.of("reason", "负责人")).expect(403);
        Api.as(rest, "finance").post("/api/targets/" + original + "/adjustments", Map.of("reason", "财政")).expect(403);
        Api.as(rest, null).post("/api/targets/" + original + "/adjustments", Map.of("reason", "匿名")).expect(401);
        staff().post("/api/targets/987654321/adjustments", Map.of("reason", "不存在")).expect(404);

        Api.Response otherLineage = staff().get("/api/targets/" + original + "/diff?against=" + draft).expect(422);
        assertThat(otherLineage.body().get("errors").findValuesAsText("field")).containsExactly("against");
        staff().get("/api/targets/" + original + "/diff").expect(422);
        long korla = staff2.post("/api/targets", korlaProject()).expect(201).id();
        staff().get("/api/targets/" + original + "/diff?against=" + korla).expect(404);
        JsonNode versions = staff().get("/api/targets/" + original + "/versions").expect(200).body();
        assertThat(versions).hasSize(1);
        assertThat(versions.get(0).get("versionNo").asInt()).isEqualTo(1);
        assertThat(versions.get(0).get("reason").isNull()).isTrue();
    }

    private static Map<String, Object> korlaProject() {
        Map<String, Object> t = TargetFixtures.validProject("库尔勒目标");
        t.put("unitCode", "460001");
        return t;
    }

    private long approvedTarget(String name) {
        long id = staff().post("/api/targets", TargetFixtures.validProject(name)).expect(201).id();
        staff().post("/api/targets/" + id + "/submit", null).expect(200);
        approveThroughTheChain(id);
        assertThat(status(id)).isEqualTo("APPROVED");
        return id;
    }

    private void approveThroughTheChain(long id) {
        for (String reviewer : List.of("leader", "dept", "finance")) {
            Api api = Api.as(rest, reviewer);
            ReviewSheetBodies.approve(api, taskFor(api, id), "同意").expect(200);
        }
    }

    private String status(long id) {
        return staff().get("/api/targets/" + id).expect(200).body().get("status").asText();
    }

    private static JsonNode change(JsonNode diff, String section, String item, String field) {
        for (JsonNode c : diff) {
            if (c.get("section").asText().equals(section)
                    && (item == null ? c.get("item").isNull() : item.equals(c.get("item").asText()))
                    && (field == null ? c.get("field").isNull() : field.equals(c.get("field").asText()))) {
                return c;
            }
        }
        throw new AssertionError("no change " + section + "/" + item + "/" + field + " in " + diff);
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
