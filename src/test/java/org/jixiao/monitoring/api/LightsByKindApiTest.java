package org.jixiao.monitoring.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.RoundFixtures;
import org.jixiao.support.TargetFixtures;
import org.jixiao.targets.IndicatorKind;
import org.jixiao.targets.IndicatorKindRuleService;
import org.jixiao.targets.IndicatorKindRules;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 累计型 / 状态型 over HTTP (issue 12 §1): the kind is stored per indicator and defaulted from unit and name by the
 * region's rules, the report lights read it (rates are not pro-rated, never blue), a forecast short of the
 * target is at least yellow, and a report stored with lights of the old rules is relit when it is opened.
 * Years 2094–2096 (see FiscalYears).
 */
@IntegrationTest
class LightsByKindApiTest {
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IndicatorKindRuleService kindRules;

    private Api as(String user) {
        return Api.as(rest, user);
    }

    @Test
    void theKindIsDefaultedFromUnitAndNameAndCanBeChosenPerIndicator() {
        Map<String, Object> body = TargetFixtures.validProject("指标类型项目");
        body.put("fiscalYear", 2026);
        JsonNode created = as("staff").post("/api/targets", body).expect(201).body();
        assertThat(kinds(created)).containsEntry("组织专家审查次数", "CUMULATIVE").containsEntry("提高效率", "LEVEL")
                .containsEntry("满意率", "LEVEL");

        Map<String, Object> edit = Api.toMap(created);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> indicators = (List<Map<String, Object>>) edit.get("indicators");
        indicators.get(0).put("progressKind", "LEVEL");
        indicators.get(2).put("progressKind", null); // left to the default again
        JsonNode saved = as("staff").put("/api/targets/" + created.get("id").asLong(), edit).expect(200).body();
        assertThat(kinds(saved)).containsEntry("组织专家审查次数", "LEVEL").containsEntry("提高效率", "LEVEL");
        assertThat(jdbc.queryForObject("SELECT progress_kind FROM target_indicator WHERE id = ?", String.class,
                indicators.get(0).get("id"))).isEqualTo("LEVEL");

        indicators.get(0).put("progressKind", "MONTHLY");
        Map<String, Object> stale = Api.toMap(saved);
        stale.put("indicators", indicators);
        Api.Response refused = as("staff").put("/api/targets/" + created.get("id").asLong(), stale);
        assertThat(refused.status()).isBetween(400, 422);
        assertThat(refused.status()).isNotEqualTo(409);
    }

    @Test
    void aRegionsRulesDecideTheDefault() {
        Long finance = jdbc.queryForObject("SELECT id FROM org_node WHERE kind = 'FINANCE' ORDER BY id", Long.class,
                new Object[0]);
        kindRules.define(finance, 2096, new IndicatorKindRules(List.of(
                new IndicatorKindRules.Rule("次", null, null, IndicatorKind.LEVEL)), IndicatorKind.CUMULATIVE));
        Map<String, Object> body = TargetFixtures.validProject("地区规则项目");
        body.put("fiscalYear", 2096);
        JsonNode created = as("staff").post("/api/targets", body).expect(201).body();

        assertThat(kinds(created)).containsEntry("组织专家审查次数", "LEVEL").containsEntry("提高效率", "CUMULATIVE");
        assertThat(kindRules.rulesFor(finance, 2097)).isEqualTo(IndicatorKindRules.defaults());
    }

    @Test
    void ratesAreComparedDirectlyAndStoredReportsAreRelitWhenOpened() {
        int year = 2094;
        long targetId = TargetFixtures.approved(rest, year, "状态型监控项目");
        long roundId = openRound(year, 10);
        long id = reportOf(roundId, targetId);
        JsonNode blank = as("staff").get("/api/monitoring-reports/" + id).expect(200).body();

        // month 10: 10 of ≥12次 is on schedule (累计型 100%); 96% and 93% against ≥95% are measured as they stand
        JsonNode saved = as("staff").put("/api/monitoring-reports/" + id, filled(blank, "96", "95")).expect(200).body();
        assertThat(indicator(saved, "组织专家审查次数").get("progressKind").asText()).isEqualTo("CUMULATIVE");
        assertLight(saved, "组织专家审查次数", "GREEN", "100.00");
        assertThat(indicator(saved, "提高效率").get("progressKind").asText()).isEqualTo("LEVEL");
        assertLight(saved, "提高效率", "GREEN", "101.05");
        assertLight(saved, "满意率", "GREEN", "97.89");
        assertThat(saved.get("light").asText()).isEqualTo("GREEN");

        // the unit itself expects 94% by December: at least yellow, whatever the rate now
        JsonNode forecast = as("staff").put("/api/monitoring-reports/" + id,
                filled(saved, "96", "94")).expect(200).body();
        assertLight(forecast, "满意率", "YELLOW", "97.89");
        assertThat(forecast.get("light").asText()).isEqualTo("YELLOW");
        int version = forecast.get("version").asInt();

        // as stored before kinds existed: no kind on the rate, lights of the m/12 rule (96 of ≥95 at m=10: blue)
        long rate = indicator(forecast, "提高效率").get("indicatorId").asLong();
        jdbc.update("UPDATE target_indicator SET progress_kind = NULL WHERE id = ?", rate);
        jdbc.update("UPDATE monitoring_report_indicator SET light = 'BLUE', ratio = 121.26 WHERE report_id = ? "
                + "AND indicator_id = ?", id, rate);
        jdbc.update("UPDATE monitoring_report SET light = 'BLUE' WHERE id = ?", id);

        JsonNode opened = as("leader").get("/api/monitoring-reports/" + id).expect(200).body();
        assertLight(opened, "提高效率", "GREEN", "101.05");
        assertThat(indicator(opened, "提高效率").get("progressKind").asText()).isEqualTo("LEVEL");
        Map<String, Object> stored = jdbc.queryForMap("SELECT light, ratio FROM monitoring_report_indicator "
                + "WHERE report_id = ? AND indicator_id = ?", id, rate);
        assertThat(stored.get("light")).isEqualTo("GREEN");
        assertThat(new java.math.BigDecimal(stored.get("ratio").toString())).isEqualByComparingTo("101.05");
        Map<String, Object> report = jdbc.queryForMap("SELECT light, version FROM monitoring_report WHERE id = ?", id);
        assertThat(report.get("light")).isEqualTo("YELLOW");
        assertThat(((Number) report.get("version")).intValue()).as("relighting is no edit").isEqualTo(version);
        // and the unit can still save with the version it read before
        as("staff").put("/api/monitoring-reports/" + id, filled(forecast, "96", "95")).expect(200);
    }

    /** The GET document filled at month 10: 10 of 12 reviews, 提高效率 {@code rate}, 满意率 93 with its forecast. */
    private static Map<String, Object> filled(JsonNode report, String rate, String satisfactionForecast) {
        Map<String, Object> body = Api.toMap(report);
        body.put("executedFunds", "170");
        body.put("expectedCarryOver", "0");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (JsonNode i : report.get("indicators")) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("indicatorId", i.get("indicatorId").asLong());
            row.put("likelihood", "CERTAIN");
            switch (i.get("name").asText()) {
                case "组织专家审查次数" -> {
                    row.put("valueToDate", "10");
                    row.put("expectedYearEnd", "12");
                }
                case "提高效率" -> {
                    row.put("valueToDate", rate);
                    row.put("expectedYearEnd", rate);
                }
                case "满意率" -> {
                    row.put("valueToDate", "93");
                    row.put("expectedYearEnd", satisfactionForecast);
                }
                default -> row.put("achievement", "ACHIEVED");
            }
            rows.add(row);
        }
        body.put("indicators", rows);
        return body;
    }

    private long openRound(int year, int cutoff) {
        long roundId = RoundFixtures.openRoundAndAwait(rest, "/api/monitoring-rounds",
                Map.of("fiscalYear", year, "cutoffMonth", cutoff, "dueDate", year + "-11-15")).get("id").asLong();
        return roundId;
    }

    private long reportOf(long roundId, long targetId) {
        for (JsonNode r : as("staff").get("/api/monitoring-reports?roundId=" + roundId).expect(200).body()) {
            if (r.get("targetId").asLong() == targetId) {
                return r.get("id").asLong();
            }
        }
        throw new AssertionError("no report for target " + targetId);
    }

    private static Map<String, String> kinds(JsonNode target) {
        Map<String, String> kinds = new LinkedHashMap<>();
        target.get("indicators").forEach(i -> kinds.put(i.get("name").asText(), i.get("progressKind").asText()));
        return kinds;
    }

    private static JsonNode indicator(JsonNode report, String name) {
        for (JsonNode i : report.get("indicators")) {
            if (name.equals(i.get("name").asText())) {
                return i;
            }
        }
        throw new AssertionError("no indicator " + name);
    }

    private static void assertLight(JsonNode report, String name, String light, String ratio) {
        JsonNode i = indicator(report, name);
        assertThat(i.get("light").asText()).as(name).isEqualTo(light);
        assertThat(i.get("ratio").decimalValue()).as(name).isEqualByComparingTo(ratio);
    }
}
