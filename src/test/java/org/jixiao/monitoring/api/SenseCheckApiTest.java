package org.jixiao.monitoring.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.evaluation.EvaluationRoundService;
import org.jixiao.evaluation.EvaluationRoundStatus;
import org.jixiao.monitoring.MonitoringRoundService;
import org.jixiao.monitoring.MonitoringRoundStatus;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgDirectory;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.RoundFixtures;
import org.jixiao.support.TargetFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Issue 12 §5 sense checks over REST: 执行数 above 预算数 is refused with 422 on {@code executionNote} until a 说明
 * says why, then kept and shown; a negative amount is refused on its field. Fiscal year 2020 (rounds opened at
 * service level "as of" a date in that year).
 */
@IntegrationTest
class SenseCheckApiTest {
    @Autowired
    TestRestTemplate rest;
    @Autowired
    MonitoringRoundService monitoringRounds;
    @Autowired
    EvaluationRoundService evaluationRounds;
    @Autowired
    OrgDirectory directory;

    private Api as(String user) {
        return Api.as(rest, user);
    }

    private CurrentUser finance() {
        return directory.currentUser("finance").orElseThrow();
    }

    private static Map<String, Object> figures(JsonNode report, String executed, String note) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", report.get("version").asInt());
        body.put("executedFunds", executed);
        body.put("expectedCarryOver", "0");
        body.put("indicators", List.of());
        if (note != null) {
            body.put("executionNote", note);
        }
        return body;
    }

    private static JsonNode error(Api.Response response, String field) {
        for (JsonNode e : response.body().get("errors")) {
            if (field.equals(e.get("field").asText())) {
                return e;
            }
        }
        throw new AssertionError("no error on " + field + ": " + response.body());
    }

    @Test
    void executionAboveTheBudgetNeedsANoteWhichIsKeptAndShownAndExported() throws Exception {
        long targetId = TargetFixtures.approved(rest, 2020, "合理性检查项目 2020");
        var opened = monitoringRounds.open(finance(), 2020, 6, LocalDate.of(2020, 7, 15), null, LocalDate.of(2020, 7, 1));
        RoundFixtures.awaitValue(() -> monitoringRounds.get(finance(), opened.id()),
                r -> r.status() == MonitoringRoundStatus.OPEN, Duration.ofSeconds(60), "round 2020 OPEN");
        long id = -1;
        for (JsonNode r : as("staff").get("/api/monitoring-reports?roundId=" + opened.id()).expect(200).body()) {
            if (r.get("targetId").asLong() == targetId) {
                id = r.get("id").asLong();
            }
        }
        String path = "/api/monitoring-reports/" + id;
        JsonNode report = as("staff").get(path).expect(200).body();
        assertThat(report.get("budget").decimalValue()).isEqualByComparingTo("200");

        // 500 against 200 万元 without a note: refused on the note, naming the figures
        Api.Response refused = as("staff").put(path, figures(report, "500", null)).expect(422);
        assertThat(error(refused, "executionNote").get("message").asText())
                .startsWith("执行数 500.00 万元超过预算数 200.00 万元（执行率 250.00%）").contains("说明");
        as("staff").put(path, figures(report, "500", "   ")).expect(422);
        // exactly the budget needs none
        report = as("staff").put(path, figures(report, "200", null)).expect(200).body();
        assertThat(report.get("executionNote").isNull()).isTrue();

        // with the note it is accepted, kept and shown to the reviewers
        report = as("staff").put(path, figures(report, "500", "年中追加预算 300 万元，尚未调整预算数")).expect(200).body();
        assertThat(report.get("executionNote").asText()).isEqualTo("年中追加预算 300 万元，尚未调整预算数");
        assertThat(report.get("executionRate").decimalValue()).isEqualByComparingTo("250.00");
        assertThat(as("finance").get(path).expect(200).body().get("executionNote").asText())
                .isEqualTo("年中追加预算 300 万元，尚未调整预算数");

        // a negative amount is refused on its field
        Api.Response negative = as("staff").put(path, figures(report, "-5", null)).expect(422);
        assertThat(error(negative, "executedFunds").get("message").asText()).contains("执行数");
        // a note too long is refused on the note
        as("staff").put(path, figures(report, "500", "说".repeat(2001))).expect(422);

        // the export carries the note in its own column
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("finance", "demo");
        ResponseEntity<byte[]> export = rest.exchange("/api/monitoring-rounds/" + opened.id() + "/export",
                HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
        assertThat(export.getStatusCode().value()).isEqualTo(200);
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(export.getBody()))) {
            Sheet projects = book.getSheet("项目");
            assertThat(projects.getRow(0).getCell(12).getStringCellValue()).isEqualTo("执行数说明");
            boolean found = false;
            for (int r = 1; r <= projects.getLastRowNum(); r++) {
                Row row = projects.getRow(r);
                if ("合理性检查项目 2020".equals(row.getCell(2).getStringCellValue())) {
                    assertThat(row.getCell(12).getStringCellValue()).isEqualTo("年中追加预算 300 万元，尚未调整预算数");
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
    }

    @Test
    void theSelfEvaluationAsksTheSameOfItsFullYearFigures() {
        TargetFixtures.approved(rest, 2020, "合理性检查自评项目 2020");
        var opened = evaluationRounds.open(finance(), 2020, LocalDate.of(2021, 3, 31), null, LocalDate.of(2021, 3, 1));
        RoundFixtures.awaitValue(() -> evaluationRounds.get(finance(), opened.id()),
                r -> r.status() == EvaluationRoundStatus.OPEN, Duration.ofSeconds(60), "evaluation round 2020 OPEN");
        long id = as("staff").get("/api/self-evaluations?roundId=" + opened.id()).expect(200).body().get(0)
                .get("id").asLong();
        String path = "/api/self-evaluations/" + id;
        JsonNode e = as("staff").get(path).expect(200).body();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", e.get("version").asInt());
        body.put("adjustedFunds", "100.00");
        body.put("executedFunds", "150.00");
        Api.Response refused = as("staff").put(path, body).expect(422);
        assertThat(error(refused, "executionNote").get("message").asText())
                .startsWith("全年执行数 150.00 万元超过全年预算数 100.00 万元（执行率 150.00%）");
        body.put("executedFunds", "-1");
        assertThat(error(as("staff").put(path, body).expect(422), "executedFunds").get("message").asText())
                .contains("不能为负数");
        body.put("executedFunds", "150.00");
        body.put("executionNote", "上年结转资金 50 万元一并执行");
        JsonNode saved = as("staff").put(path, body).expect(200).body();
        assertThat(saved.get("executionNote").asText()).isEqualTo("上年结转资金 50 万元一并执行");
        assertThat(as("finance").get(path).expect(200).body().get("executionNote").asText())
                .isEqualTo("上年结转资金 50 万元一并执行");
    }
}
