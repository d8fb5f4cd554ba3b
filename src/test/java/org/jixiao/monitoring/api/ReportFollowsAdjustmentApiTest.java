package org.jixiao.monitoring.api;

import org.jixiao.support.ReviewSheetBodies;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.RoundFixtures;
import org.jixiao.support.TargetFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * 目标调整 during a monitoring round: once the adjustment is approved, a report the unit still holds moves to the new
 * version, keeping what was typed for the indicators that remain and judged against their new values; a report
 * already handed in stays on the version it was signed for. Fiscal year 2034.
 */
@IntegrationTest
class ReportFollowsAdjustmentApiTest {
    private static final int YEAR = 2034;

    @Autowired
    TestRestTemplate rest;

    @Test
    void aDraftReportMovesToTheApprovedAdjustmentAndASubmittedOneStays() throws Exception {
        long drafted = TargetFixtures.approved(rest, YEAR, "调整后报告随之更新");
        long submitted = TargetFixtures.approved(rest, YEAR, "已报送报告不随调整");
        long roundId = openRound();
        long draftReport = reportOf(roundId, drafted);
        long submittedReport = reportOf(roundId, submitted);

        // 组织专家审查次数 ≥12次: 4 by June is two thirds of the pro-rated 6 → yellow
        JsonNode saved = as("staff").put("/api/monitoring-reports/" + draftReport,
                filled(as("staff").get("/api/monitoring-reports/" + draftReport).expect(200).body(), "4")).expect(200).body();
        assertThat(indicator(saved, "组织专家审查次数").get("light").asText()).isEqualTo("YELLOW");
        as("staff").put("/api/monitoring-reports/" + submittedReport,
                filled(as("staff").get("/api/monitoring-reports/" + submittedReport).expect(200).body(), "6")).expect(200);
        as("staff").post("/api/monitoring-reports/" + submittedReport + "/submit", null).expect(200);

        // the adjustment lowers the count to ≥8次 and replaces 满意率 by 群众满意率
        long adjusted = adjust(drafted, edit -> {
            List<Map<String, Object>> indicators = indicators(edit);
            indicators.get(0).put("valueText", "≥8次");
            indicators.set(3, TargetFixtures.indicator("满意度指标", "服务对象满意度指标", "群众满意率", "≥90%", "10.00"));
            edit.put("indicators", indicators);
        });
        long adjustedSubmitted = adjust(submitted, edit -> { });

        JsonNode moved = as("staff").get("/api/monitoring-reports/" + draftReport).expect(200).body();
        assertThat(moved.get("targetId").asLong()).isEqualTo(adjusted);
        assertThat(moved.get("status").asText()).isEqualTo("DRAFT");
        assertThat(moved.get("executedFunds").decimalValue()).isEqualByComparingTo("100");
        JsonNode count = indicator(moved, "组织专家审查次数");
        assertThat(count.get("valueToDate").decimalValue()).as("what was typed is kept").isEqualByComparingTo("4");
        assertThat(count.get("light").asText()).as("4 is all of the pro-rated 4 of ≥8次").isEqualTo("GREEN");
        assertThat(indicator(moved, "提高效率").get("valueToDate").decimalValue()).isEqualByComparingTo("96");
        assertThat(indicator(moved, "群众满意率").get("valueToDate").isNull()).as("a new indicator starts empty").isTrue();
        assertThat(moved.get("indicators").findValuesAsText("name")).doesNotContain("满意率");
        assertThat(moved.get("version").asInt()).isGreaterThan(saved.get("version").asInt());

        JsonNode history = as("staff").get("/api/monitoring-reports/" + draftReport + "/history").expect(200).body();
        JsonNode last = history.get(history.size() - 1);
        assertThat(last.get("action").asText()).isEqualTo("RETARGET");
        assertThat(last.get("opinion").asText()).contains("改按调整后的目标").contains("1 项指标");

        // the unit goes on with the report as usual
        as("staff").put("/api/monitoring-reports/" + draftReport, filled(moved, "4")).expect(200);
        as("staff").post("/api/monitoring-reports/" + draftReport + "/submit", null).expect(200);

        JsonNode stayed = as("staff").get("/api/monitoring-reports/" + submittedReport).expect(200).body();
        assertThat(stayed.get("targetId").asLong()).isEqualTo(submitted).isNotEqualTo(adjustedSubmitted);
        assertThat(stayed.get("status").asText()).isEqualTo("UNIT_REVIEW");
        assertThat(as("staff").get("/api/monitoring-reports/" + submittedReport + "/history").body()
                .findValuesAsText("action")).doesNotContain("RETARGET");
        assertThat(as("staff").get("/api/monitoring-reports?roundId=" + roundId).expect(200).body()).hasSize(2);
    }

    private long adjust(long targetId, java.util.function.Consumer<Map<String, Object>> change) {
        JsonNode draft = as("staff").post("/api/targets/" + targetId + "/adjustments", Map.of("reason", "监控发现偏差"))
                .expect(201).body();
        long id = draft.get("id").asLong();
        Map<String, Object> edit = Api.toMap(draft);
        change.accept(edit);
        as("staff").put("/api/targets/" + id, edit).expect(200);
        as("staff").post("/api/targets/" + id + "/submit", null).expect(200);
        for (String reviewer : List.of("leader", "dept", "finance")) {
            Api api = as(reviewer);
            ReviewSheetBodies.approve(api, api.taskOf("TARGET", id), null).expect(200);
        }
        return id;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> indicators(Map<String, Object> target) {
        return new ArrayList<>((List<Map<String, Object>>) target.get("indicators"));
    }

    /** The GET document filled so every light but the count's is green; {@code count} is the 1–6月 count. */
    private static Map<String, Object> filled(JsonNode report, String count) {
        Map<String, Object> body = Api.toMap(report);
        body.put("executedFunds", "100");
        body.put("expectedCarryOver", "0");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (JsonNode i : report.get("indicators")) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("indicatorId", i.get("indicatorId").asLong());
            row.put("likelihood", "CERTAIN");
            if (i.get("comparator").isNull()) {
                row.put("achievement", "ACHIEVED");
            } else if (i.get("name").asText().equals("组织专家审查次数")) {
                row.put("valueToDate", count);
                row.put("expectedYearEnd", "12");
            } else {
                row.put("valueToDate", "96");
                row.put("expectedYearEnd", "96");
            }
            rows.add(row);
        }
        body.put("indicators", rows);
        return body;
    }

    private static JsonNode indicator(JsonNode report, String name) {
        for (JsonNode i : report.get("indicators")) {
            if (name.equals(i.get("name").asText())) {
                return i;
            }
        }
        throw new AssertionError("no indicator " + name + " in " + report.get("indicators"));
    }

    private long openRound() {
        return RoundFixtures.openRoundAndAwait(rest, "/api/monitoring-rounds",
                Map.of("fiscalYear", YEAR, "cutoffMonth", 6, "dueDate", YEAR + "-07-15")).get("id").asLong();
    }

    private long reportOf(long roundId, long targetId) {
        for (JsonNode r : as("staff").get("/api/monitoring-reports?roundId=" + roundId).expect(200).body()) {
            if (r.get("targetId").asLong() == targetId) {
                return r.get("id").asLong();
            }
        }
        throw new AssertionError("no report for target " + targetId);
    }

    private Api as(String user) {
        return Api.as(rest, user);
    }
}
