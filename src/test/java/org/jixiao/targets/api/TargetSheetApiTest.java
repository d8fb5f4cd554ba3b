package org.jixiao.targets.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TargetFixtures;
import org.jixiao.targets.sheet.SeedSheets;
import org.jixiao.targets.sheet.SeedSheets.Sheetful;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Template, import (preview and all-or-nothing apply) and export of the official 绩效目标表 over REST, with the roles
 * and org scope: only a unit's staff import, only into their unit. Fiscal years 2094–2095 (see FiscalYears).
 */
@IntegrationTest
class TargetSheetApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] SEED_002_MERGES = {"A4:A5", "B4:B5", "C4:E4", "A13:A25", "B14:B20", "C14:C15",
        "C16:C17", "C19:C20", "B21:B23", "B24:B25", "C24:C25"};

    @Autowired
    TestRestTemplate rest;

    record Upload(int status, JsonNode body) {
    }

    private Upload upload(String user, String path, byte[] file) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.setBasicAuth(user, "demo");
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(file) {
            @Override
            public String getFilename() {
                return "绩效目标表.xlsx";
            }
        });
        ResponseEntity<String> response = rest.exchange(path, HttpMethod.POST, new HttpEntity<>(form, headers),
                String.class);
        String body = response.getBody();
        return new Upload(response.getStatusCode().value(), body == null ? null : JSON.readTree(body));
    }

    private byte[] download(String user, String path, int expected) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, "demo");
        ResponseEntity<byte[]> response = rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
        assertThat(response.getStatusCode().value()).isEqualTo(expected);
        if (expected == 200) {
            assertThat(response.getHeaders().getContentType().toString()).startsWith(TargetSheetController.XLSX);
            assertThat(response.getHeaders().getContentDisposition().getFilename()).endsWith(".xlsx");
        }
        return response.getBody();
    }

    private int countIn(int year) {
        return Api.as(rest, "staff").get("/api/targets?fiscalYear=" + year).expect(200).body().size();
    }

    private static byte[] seeds() {
        return SeedSheets.workbook(new Sheetful("会诊", SeedSheets.SEED_001_PROJECT, "A4:A5", "B5:G5", "A6:A7"),
                new Sheetful("信息平台", SeedSheets.SEED_000_PROJECT),
                new Sheetful("部门整体", SeedSheets.SEED_002_DEPARTMENT, SEED_002_MERGES));
    }

    @Test
    void templatesOfBothLayouts() throws Exception {
        for (String kind : List.of("PROJECT", "DEPARTMENT")) {
            byte[] file = download("leader", "/api/targets/template?kind=" + kind + "&fiscalYear=2094", 200);
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
                assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                        .isEqualTo("PROJECT".equals(kind) ? "项目支出绩效目标表" : "部门（单位）整体支出绩效目标表");
            }
        }
        Api.as(rest, "staff").get("/api/targets/template?kind=PROJECT&fiscalYear=1900").expect(422);
    }

    @Test
    void previewMarksEveryCellErrorAndApplyIsAllOrNothing() throws Exception {
        Upload preview = upload("staff", "/api/targets/import/preview?fiscalYear=2094", seeds());
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body().get("errorCount").asInt()).isZero();
        assertThat(names(preview.body().get("sheets"), "targetName"))
                .containsExactly("安全生产专家会诊服务费", "应急管理信息平台设备购置专项资金", "库尔勒市应急管理局");
        assertThat(preview.body().get("sheets").get(2).get("fiscalYear").asInt()).isEqualTo(2021);

        String[][] broken = SeedSheets.copy(SeedSheets.SEED_001_PROJECT);
        broken[3][2] = "二百万";
        broken[11][2] = null;
        byte[] oneBad = SeedSheets.workbook(new Sheetful("会诊", broken), new Sheetful("信息平台", SeedSheets.SEED_000_PROJECT));
        Upload bad = upload("staff", "/api/targets/import/preview?fiscalYear=2094", oneBad);
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body().get("errorCount").asInt()).isEqualTo(2);
        assertThat(bad.body().get("sheets").get(0).get("errors").toString())
                .contains("\"cell\":\"C4\"", "不是金额", "\"cell\":\"C12\"", "未填写三级指标");

        int before = countIn(2094);
        Upload refused = upload("staff", "/api/targets/import?fiscalYear=2094", oneBad);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().get("errors")).hasSize(2);
        assertThat(refused.body().get("errors").get(0).get("field").asText()).isEqualTo("会诊!C4");
        assertThat(countIn(2094)).isEqualTo(before);

        Upload created = upload("staff", "/api/targets/import?fiscalYear=2094", seeds());
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("ids")).hasSize(3);
        JsonNode project = Api.as(rest, "staff").get("/api/targets/" + created.body().get("ids").get(0).asLong())
                .expect(200).body();
        assertThat(project.get("status").asText()).isEqualTo("DRAFT");
        assertThat(project.get("unitCode").asText()).isEqualTo("450001");
        assertThat(project.get("fiscalYear").asInt()).isEqualTo(2094);
        assertThat(project.get("indicators")).hasSize(9);
        JsonNode department = Api.as(rest, "staff").get("/api/targets/" + created.body().get("ids").get(2).asLong())
                .expect(200).body();
        assertThat(department.get("kind").asText()).isEqualTo("DEPARTMENT");
        assertThat(department.get("tasks")).hasSize(5);
        assertThat(department.get("indicators").get(2).get("valueText").asText()).isEqualTo("-100%");
        assertThat(department.get("indicators").get(2).get("comparator").asText()).isEqualTo("EQ");
    }

    @Test
    void onlyStaffImportAndOnlyIntoTheirUnit() throws Exception {
        for (String user : List.of("leader", "dept", "finance", "admin")) {
            assertThat(upload(user, "/api/targets/import/preview?fiscalYear=2094", seeds()).status()).isEqualTo(403);
            assertThat(upload(user, "/api/targets/import?fiscalYear=2094", seeds()).status()).isEqualTo(403);
        }
        // staff2 works in 460001; seed 001's table names 450001
        Upload other = upload("staff2", "/api/targets/import?fiscalYear=2094",
                SeedSheets.workbook(new Sheetful("会诊", SeedSheets.SEED_001_PROJECT)));
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.body().get("errors").get(0).get("message").asText())
                .contains("单位编码 450001 不是您所在的单位（460001）");
        Upload junk = upload("staff", "/api/targets/import/preview", "not a workbook".getBytes());
        assertThat(junk.status()).isEqualTo(422);
        assertThat(junk.body().get("errors").get(0).get("field").asText()).isEqualTo("file");
    }

    @Test
    void exportThenImportGivesTheSameTarget() throws Exception {
        Map<String, Object> body = TargetFixtures.validProject("导出再导入的项目");
        body.put("fiscalYear", 2095);
        long id = Api.as(rest, "staff").post("/api/targets", body).expect(201).id();
        JsonNode original = Api.as(rest, "staff").get("/api/targets/" + id).expect(200).body();

        download("staff2", "/api/targets/" + id + "/export.xlsx", 404);
        byte[] file = download("leader", "/api/targets/" + id + "/export.xlsx", 200);
        Upload created = upload("staff", "/api/targets/import", file);
        assertThat(created.status()).isEqualTo(201);
        JsonNode copy = Api.as(rest, "staff").get("/api/targets/" + created.body().get("ids").get(0).asLong())
                .expect(200).body();
        for (String field : List.of("kind", "fiscalYear", "unitCode", "projectCode", "name", "projectAttribute",
                "fiscalFunds", "otherFunds", "fundUse", "goals", "spendingPlan")) {
            assertThat(copy.get(field)).as(field).isEqualTo(original.get(field));
        }
        assertThat(strip(copy.get("indicators"))).isEqualTo(strip(original.get("indicators")));
    }

    private static List<String> names(JsonNode sheets, String field) {
        List<String> names = new ArrayList<>();
        sheets.forEach(s -> names.add(s.get(field).asText()));
        return names;
    }

    /** Indicators without their ids. */
    private static List<JsonNode> strip(JsonNode indicators) {
        List<JsonNode> rows = new ArrayList<>();
        indicators.forEach(i -> {
            com.fasterxml.jackson.databind.node.ObjectNode row = i.deepCopy();
            row.remove("id");
            rows.add(row);
        });
        return rows;
    }
}
