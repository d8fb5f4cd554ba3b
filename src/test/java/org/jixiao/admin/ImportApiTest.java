package org.jixiao.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.support.AddedOrgNodes;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
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

/** Issue 11 §2: the 单位基础信息 import over real HTTP: preview per cell, all rows or none, a re-run updates. */
@IntegrationTest
class ImportApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired TestRestTemplate rest;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    private AddedOrgNodes added;

    @org.junit.jupiter.api.BeforeEach
    void rememberTheTree() {
        added = AddedOrgNodes.from(jdbc);
    }

    @org.junit.jupiter.api.AfterEach
    void removeWhatThisTestAdded() {
        added.remove();
    }

    /** A fresh region per test (the MariaDB database outlives a run). */
    final String p = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));

    @Test
    void aSheetIsPreviewedAppliedAndRunAgainWithoutDuplicates() throws Exception {
        // columns in another order than the export's, a unit before its parent, a sub-unit under a unit
        List<List<String>> units = List.of(
                List.of("单位名称", "单位类型", "单位编码", "上级单位编码"),
                List.of("导入局所属中心", "事业", "U" + p + "2", "U" + p + "1"),
                List.of("导入局本级", "行政", "U" + p + "1", "D" + p),
                List.of("导入局", "行政", "D" + p, ""));
        List<List<String>> users = List.of(
                List.of("用户名", "姓名", "单位编码", "角色", "初始密码"),
                List.of("imp" + p, "导入的人", "U" + p + "1", "经办人、单位负责人", "Dao-ru-2026!"),
                List.of("staff", "张经办", "450001", "STAFF", ""));
        byte[] sheet = workbook(units, users);

        JsonNode preview = upload(sheet, false, 200);
        assertThat(preview.get("errorCount").asInt()).isZero();
        assertThat(preview.get("applied").asBoolean()).isFalse();
        assertThat(actions(preview.get("units"))).containsExactly("CREATE", "CREATE", "CREATE");
        assertThat(actions(preview.get("users"))).containsExactly("CREATE", "UNCHANGED");
        assertThat(codeCount("D" + p)).isZero();

        JsonNode applied = upload(sheet, true, 200);
        assertThat(applied.get("applied").asBoolean()).isTrue();
        int nodes = admin().get("/api/admin/orgs").expect(200).body().size();
        JsonNode sub = node("U" + p + "2");
        assertThat(sub.get("parentId").asLong()).isEqualTo(node("U" + p + "1").get("id").asLong());
        assertThat(sub.get("unitType").asText()).isEqualTo("INSTITUTION");
        assertThat(node("D" + p).get("kind").asText()).isEqualTo("DEPARTMENT");
        JsonNode user = user("imp" + p);
        assertThat(user.get("roles").toString()).isEqualTo("[\"STAFF\",\"UNIT_LEADER\"]");
        assertThat(user.get("mustChangePassword").asBoolean()).isTrue();

        JsonNode again = upload(sheet, true, 200);
        assertThat(actions(again.get("units"))).containsExactly("UNCHANGED", "UNCHANGED", "UNCHANGED");
        assertThat(actions(again.get("users"))).containsExactly("UNCHANGED", "UNCHANGED");
        assertThat(admin().get("/api/admin/orgs").expect(200).body().size()).isEqualTo(nodes);

        List<List<String>> renamed = new ArrayList<>(units);
        renamed.set(2, List.of("导入局本级（更名）", "行政", "U" + p + "1", "D" + p));
        List<List<String>> moved = new ArrayList<>(users);
        moved.set(1, List.of("imp" + p, "导入的人", "U" + p + "2", "经办人", ""));
        JsonNode update = upload(workbook(renamed, moved), true, 200);
        assertThat(actions(update.get("units"))).containsExactly("UNCHANGED", "UPDATE", "UNCHANGED");
        assertThat(actions(update.get("users"))).containsExactly("UPDATE", "UNCHANGED");
        assertThat(node("U" + p + "1").get("name").asText()).isEqualTo("导入局本级（更名）");
        assertThat(user("imp" + p).get("roles").toString()).isEqualTo("[\"STAFF\"]");
        assertThat(admin().get("/api/admin/orgs").expect(200).body().size()).isEqualTo(nodes);
    }

    @Test
    void oneBadCellAndNothingIsWritten() throws Exception {
        List<List<String>> units = List.of(
                List.of("单位编码", "单位名称", "上级单位编码", "单位类型"),
                List.of("G" + p, "好的局", "", "行政"),
                List.of("B" + p, "坏的单位", "NOPE" + p, "国企"),
                List.of("G" + p, "重复", "", "行政"),
                List.of("", "没有编码", "G" + p, "行政"));
        List<List<String>> users = List.of(
                List.of("用户名", "姓名", "单位编码", "角色", "初始密码"),
                List.of("bad" + p, "", "G" + p, "局长", "123"),
                List.of("new" + p, "新人", "450001", "STAFF", ""));
        byte[] sheet = workbook(units, users);
        JsonNode preview = upload(sheet, false, 200);
        JsonNode rows = preview.get("units");
        assertThat(rows.get(0).get("action").asText()).isEqualTo("CREATE");
        assertThat(rows.get(1).get("row").asInt()).isEqualTo(3);
        assertThat(rows.get(1).get("errors").get("上级单位编码").asText()).contains("不存在");
        assertThat(rows.get(1).get("errors").get("单位类型").asText()).contains("单位类型");
        assertThat(rows.get(2).get("errors").get("单位编码").asText()).contains("第 2 行");
        assertThat(rows.get(3).get("errors").get("单位编码").asText()).isEqualTo("请填写单位编码");
        JsonNode badUser = preview.get("users").get(0).get("errors");
        assertThat(badUser.has("姓名")).isTrue();
        assertThat(badUser.has("角色")).isTrue();
        assertThat(badUser.get("初始密码").asText()).contains("至少");
        assertThat(preview.get("users").get(1).get("errors").get("初始密码").asText()).isEqualTo("请填写密码");
        assertThat(preview.get("errorCount").asInt()).isEqualTo(8);

        JsonNode refused = upload(sheet, true, 422);
        List<String> fields = new ArrayList<>();
        refused.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).contains("单位基础信息!3:上级单位编码", "单位基础信息!3:单位类型", "用户!2:角色");
        assertThat(codeCount("G" + p)).as("the good row is not written either").isZero();
    }

    @Test
    void theExportReadsBackUnchangedAndOnlyAdminsImport() throws Exception {
        ResponseEntity<byte[]> export = rest.withBasicAuth("admin", "demo").getForEntity("/api/admin/export", byte[].class);
        assertThat(export.getStatusCode().value()).isEqualTo(200);
        assertThat(export.getHeaders().getContentDisposition().getFilename()).isEqualTo("单位基础信息.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export.getBody()))) {
            Sheet units = book.getSheet("单位基础信息");
            DataFormatter f = new DataFormatter();
            assertThat(List.of(f.formatCellValue(units.getRow(0).getCell(0)), f.formatCellValue(units.getRow(0).getCell(1)),
                    f.formatCellValue(units.getRow(0).getCell(2)), f.formatCellValue(units.getRow(0).getCell(3))))
                    .containsExactly("单位编码", "单位名称", "上级单位编码", "单位类型");
            boolean found = false;
            for (Row row : units) {
                if ("450001".equals(f.formatCellValue(row.getCell(0)))) {
                    found = true;
                    assertThat(f.formatCellValue(row.getCell(1))).isEqualTo("乐亭县应急管理局本级");
                    assertThat(f.formatCellValue(row.getCell(2))).isEqualTo("450");
                    assertThat(f.formatCellValue(row.getCell(3))).isEqualTo("行政");
                }
            }
            assertThat(found).isTrue();
            assertThat(book.getSheet("用户").getRow(0).getCell(0).getStringCellValue()).isEqualTo("用户名");
        }
        JsonNode again = upload(export.getBody(), false, 200);
        assertThat(again.get("errorCount").asInt()).isZero();
        List<String> all = new ArrayList<>(actions(again.get("units")));
        all.addAll(actions(again.get("users")));
        assertThat(all).isNotEmpty().doesNotContain("CREATE");

        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.setBasicAuth("staff", "demo");
        assertThat(rest.exchange("/api/admin/import", HttpMethod.POST, new HttpEntity<>(form(export.getBody()), headers),
                String.class).getStatusCode().value()).isEqualTo(403);
        assertThat(rest.withBasicAuth("finance", "demo").getForEntity("/api/admin/export", String.class)
                .getStatusCode().value()).isEqualTo(403);
        JsonNode notXlsx = upload("not a workbook".getBytes(), false, 422);
        assertThat(notXlsx.get("errors").get(0).get("field").asText()).isEqualTo("file");
    }

    Api admin() {
        return Api.as(rest, "admin");
    }

    JsonNode upload(byte[] xlsx, boolean apply, int status) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.setBasicAuth("admin", "demo");
        ResponseEntity<String> response = rest.exchange("/api/admin/import?apply=" + apply, HttpMethod.POST,
                new HttpEntity<>(form(xlsx), headers), String.class);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        return JSON.readTree(response.getBody());
    }

    static LinkedMultiValueMap<String, Object> form(byte[] xlsx) {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(xlsx) {
            @Override
            public String getFilename() {
                return "单位基础信息.xlsx";
            }
        });
        return form;
    }

    static byte[] workbook(List<List<String>> units, List<List<String>> users) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill(book.createSheet("单位基础信息"), units);
            fill(book.createSheet("用户"), users);
            book.write(out);
            return out.toByteArray();
        }
    }

    static void fill(Sheet sheet, List<List<String>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows.get(r).size(); c++) {
                row.createCell(c).setCellValue(rows.get(r).get(c));
            }
        }
    }

    static List<String> actions(JsonNode rows) {
        List<String> actions = new ArrayList<>();
        rows.forEach(r -> actions.add(r.get("action").asText()));
        return actions;
    }

    long codeCount(String code) {
        long n = 0;
        for (JsonNode node : admin().get("/api/admin/orgs").expect(200).body()) {
            n += code.equals(node.get("code").asText(null)) ? 1 : 0;
        }
        return n;
    }

    JsonNode node(String code) {
        for (JsonNode node : admin().get("/api/admin/orgs").expect(200).body()) {
            if (code.equals(node.get("code").asText(null))) {
                return node;
            }
        }
        throw new AssertionError("no node " + code);
    }

    JsonNode user(String username) {
        for (JsonNode u : admin().get("/api/admin/users").expect(200).body()) {
            if (username.equals(u.get("username").asText())) {
                return u;
            }
        }
        throw new AssertionError("no user " + username);
    }
}
