package org.jixiao.monitoring.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.monitoring.DashboardFixtures;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** The dashboard endpoints over HTTP: progress, red list, export; scope and roles. Years 2080–2089. */
@IntegrationTest
class MonitoringRoundDashboardApiTest {
    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    TestRestTemplate rest;

    DashboardFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = DashboardFixtures.of(context);
    }

    private Api as(String username) {
        return Api.as(rest, username);
    }

    private ResponseEntity<byte[]> download(String username, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(username, "demo");
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
    }

    @Test
    void progressByDepartmentAndByUnit() {
        DashboardFixtures.Scenario s = fixtures.filledRound(2080, false);
        String path = "/api/monitoring-rounds/" + s.roundId() + "/departments";

        JsonNode finance = as("finance").get(path).expect(200).body();
        assertThat(finance).hasSize(5);
        JsonNode leting = null;
        for (JsonNode row : finance) {
            if (row.get("orgId").asLong() == fixtures.departmentOf("450001")) {
                leting = row;
            }
        }
        assertThat(leting).isNotNull();
        assertThat(leting.get("level").asText()).isEqualTo("DEPARTMENT");
        assertThat(leting.get("reports").asInt()).isEqualTo(3);
        assertThat(leting.get("submitted").asInt()).isEqualTo(2);
        assertThat(leting.get("approved").asInt()).isEqualTo(1);
        assertThat(leting.get("overdue").asInt()).isEqualTo(1);
        assertThat(leting.get("lights").get("red").asInt()).isEqualTo(1);
        assertThat(leting.get("lights").get("yellow").asInt()).isEqualTo(1);

        JsonNode dept = as("dept").get(path).expect(200).body();
        assertThat(dept).hasSize(1);
        assertThat(dept.get(0).get("level").asText()).isEqualTo("UNIT");
        assertThat(dept.get(0).get("orgId").asLong()).isEqualTo(fixtures.unit("450001"));
    }

    @Test
    void redListIsPagedWithTheTotalInAHeader() {
        DashboardFixtures.Scenario s = fixtures.filledRound(2081, false);
        String path = "/api/monitoring-rounds/" + s.roundId() + "/red-list";

        Api.Response all = as("finance").get(path).expect(200);
        assertThat(all.headers().getFirst("X-Total-Count")).isEqualTo("3");
        assertThat(all.body().findValuesAsText("reportId")).containsExactlyInAnyOrder(
                String.valueOf(s.reports().get("a1")), String.valueOf(s.reports().get("a2")),
                String.valueOf(s.reports().get("b2")));
        assertThat(all.body().get(0).get("targetName").asText()).isNotBlank();
        assertThat(as("finance").get(path + "?offset=2&limit=5").expect(200).body()).hasSize(1);

        Api.Response dept2 = as("dept2").get(path).expect(200);
        assertThat(dept2.headers().getFirst("X-Total-Count")).isEqualTo("1");
        assertThat(dept2.body().get(0).get("status").asText()).isEqualTo("UNIT_REVIEW");
        assertThat(dept2.body().get(0).get("budgetLight").asText()).isEqualTo("RED");
    }

    @Test
    void exportIsAnXlsxWithAUtf8FileName() throws Exception {
        DashboardFixtures.Scenario s = fixtures.filledRound(2082, false);
        ResponseEntity<byte[]> response = download("finance", "/api/monitoring-rounds/" + s.roundId() + "/export");

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().toString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        String disposition = response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
        assertThat(disposition).startsWith("attachment").contains("filename*=UTF-8''")
                .contains("2082%E5%B9%B4"); // 年
        assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("2082年1-6月绩效运行监控.xlsx");
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
            Sheet projects = book.getSheet("项目");
            assertThat(projects.getRow(0).getCell(2).getStringCellValue()).isEqualTo("项目名称");
            assertThat(projects.getLastRowNum()).isEqualTo(5);
            assertThat(book.getSheet("指标").getRow(0).getCell(5).getStringCellValue()).isEqualTo("1-6月完成值");
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("项目");
        }
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(
                download("dept", "/api/monitoring-rounds/" + s.roundId() + "/export").getBody()))) {
            assertThat(book.getSheet("项目").getLastRowNum()).as("the department's own 3 reports").isEqualTo(3);
        }
    }

    @Test
    void scopeAndRoles() {
        DashboardFixtures.Scenario s = fixtures.filledRound(2083, true);
        String base = "/api/monitoring-rounds/" + s.roundId();
        for (String outsider : List.of("dept2", "staff2")) {
            for (String suffix : List.of("/departments", "/red-list", "/export")) {
                Api.Response hidden = as(outsider).get(base + suffix).expect(404);
                assertThat(hidden.body().get("title").asText()).as(outsider + suffix).isEqualTo("未找到");
            }
        }
        Api.Response refused = as("staff").get(base + "/export").expect(403);
        assertThat(refused.body().get("title").asText()).isEqualTo("无权操作");
        as("staff").get(base + "/departments").expect(200);
        as("finance").get("/api/monitoring-rounds/987654321/export").expect(404);
        Api.as(rest, null).get(base + "/export").expect(401);
    }
}
