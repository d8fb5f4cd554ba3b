package org.jixiao.evaluation.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.Race;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
 * Issue 12 §4: a self-evaluation exported as the official 自评表, filled in Excel and imported back. Round trip
 * (values equal), every cell error in the preview and nothing stored when one is left, scope (only the unit's
 * staff, only while editable), bounds, a stale version and ten parallel applies (exactly one wins). The 2058 round of
 * {@link Round2058}, its draft evaluation of 自评导入项目.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SelfEvaluationImportApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate rest;

    private long id;
    private long submitted;

    @BeforeAll
    void round() {
        Round2058.Ids ids = Round2058.open(rest);
        id = ids.importing();
        submitted = ids.project();
    }

    private JsonNode evaluation() {
        return Api.as(rest, "staff").get("/api/self-evaluations/" + id).expect(200).body();
    }

    private byte[] export(long evaluation) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("staff", "demo");
        ResponseEntity<byte[]> response = rest.exchange("/api/self-evaluations/" + evaluation + "/export",
                HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return response.getBody();
    }

    private Api.Response upload(String user, long evaluation, String path, byte[] file, Integer version) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.setBasicAuth(user, "demo");
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(file) {
            @Override
            public String getFilename() {
                return "绩效自评表.xlsx";
            }
        });
        if (version != null) {
            form.add("version", String.valueOf(version));
        }
        ResponseEntity<String> response = rest.exchange("/api/self-evaluations/" + evaluation + path, HttpMethod.POST,
                new HttpEntity<>(form, headers), String.class);
        try {
            return new Api.Response(response.getStatusCode().value(),
                    response.getBody() == null ? null : JSON.readTree(response.getBody()), response.getHeaders());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Api.Response preview(String user, byte[] file) {
        return upload(user, id, "/import/preview", file, null);
    }

    private Api.Response apply(String user, byte[] file, Integer version) {
        return upload(user, id, "/import", file, version);
    }

    /** The exported form with the unit's figures typed in, as a person fills it in Excel. */
    private byte[] filled(String coverage, String deviation) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export(id)))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row funds = rowWith(sheet, 1, "年度资金总额");
            funds.getCell(4).setCellValue(200);
            funds.getCell(5).setCellValue("180.5");
            sheet.getRow(rowWith(sheet, 1, "预期目标").getRowNum() + 1).getCell(6).setCellValue("全年完成会诊 11 次");
            rowWith(sheet, 3, "组织专家审查次数").getCell(5).setCellValue(11);
            Row onTime = rowWith(sheet, 3, "按时完成项目");
            onTime.getCell(5).setCellValue("达成年度指标");
            onTime.getCell(7).setCellValue(24);
            Row efficiency = rowWith(sheet, 3, "提高效率");
            efficiency.getCell(5).setCellValue(coverage);
            efficiency.getCell(8).setCellValue(deviation);
            rowWith(sheet, 3, "满意率").getCell(5).setCellValue(97.5);
            rowWith(sheet, 0, "存在问题").getCell(2).setCellValue("会诊记录不全");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static Row rowWith(Sheet sheet, int column, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new AssertionError("no row with " + text + " in column " + column);
    }

    private static JsonNode indicator(JsonNode evaluation, String name) {
        for (JsonNode i : evaluation.get("indicators")) {
            if (i.get("name").asText().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no indicator " + name);
    }

    @Test
    void exportFillImportGivesTheSameValues() throws IOException {
        byte[] file = filled("93%", "效率提升受设备采购延迟影响；下年提前采购");
        JsonNode preview = preview("staff", file).expect(200).body();
        assertThat(preview.get("errors")).isEmpty();
        assertThat(preview.get("version").asInt()).isEqualTo(evaluation().get("version").asInt());
        assertThat(preview.get("total").decimalValue()).isPositive();
        JsonNode saved = apply("staff", file, preview.get("version").asInt()).expect(200).body();
        assertThat(saved.get("total").decimalValue()).isEqualByComparingTo(preview.get("total").decimalValue());

        JsonNode e = evaluation();
        assertThat(e.get("adjustedFunds").decimalValue()).isEqualByComparingTo("200");
        assertThat(e.get("executedFunds").decimalValue()).isEqualByComparingTo("180.5");
        assertThat(e.get("goalsActual").asText()).isEqualTo("全年完成会诊 11 次");
        assertThat(e.get("problems").asText()).isEqualTo("会诊记录不全");
        assertThat(indicator(e, "组织专家审查次数").get("actual").decimalValue()).isEqualByComparingTo("11");
        assertThat(indicator(e, "按时完成项目").get("grade").asText()).isEqualTo("ACHIEVED");
        assertThat(indicator(e, "按时完成项目").get("score").decimalValue()).isEqualByComparingTo("24");
        assertThat(indicator(e, "提高效率").get("actual").decimalValue()).isEqualByComparingTo("93");
        assertThat(indicator(e, "提高效率").get("deviation").asText()).isEqualTo("效率提升受设备采购延迟影响；下年提前采购");
        assertThat(indicator(e, "满意率").get("actual").decimalValue()).isEqualByComparingTo("97.5");
        assertThat(indicator(e, "提高效率").get("score").decimalValue()).as("scored as on a save")
                .isLessThan(indicator(e, "提高效率").get("weight").decimalValue());

        // and what is stored exports to the same figures again
        JsonNode again = preview("staff", export(id)).expect(200).body();
        assertThat(again.get("errors")).isEmpty();
        assertThat(again.get("total").decimalValue()).isEqualByComparingTo(e.get("total").decimalValue());
        assertThat(again.get("lines").get(2).get("actual").decimalValue()).isEqualByComparingTo("93");
    }

    @Test
    void everyCellErrorIsShownAndNothingIsStored() throws IOException {
        JsonNode before = evaluation();
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(filled("九十三", "x".repeat(2001))))) {
            Sheet sheet = workbook.getSheetAt(0);
            rowWith(sheet, 3, "满意率").getCell(3).setCellValue("满意度");
            rowWith(sheet, 3, "按时完成项目").getCell(5).setCellValue("基本完成");
            rowWith(sheet, 1, "年度资金总额").getCell(5).setCellValue("一百万");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            file = out.toByteArray();
        }
        JsonNode preview = preview("staff", file).expect(200).body();
        List<String> errors = preview.get("errors").findValuesAsText("message");
        assertThat(preview.get("errors").findValuesAsText("cell")).contains("F" + row(preview, "提高效率"));
        assertThat(String.join("\n", errors)).contains("实际完成值「九十三」不是数字", "偏差原因分析及改进措施不能超过 2000 个字",
                "三级指标「满意度」", "表中缺少指标「满意率」", "定性指标的实际完成值应为", "全年执行数「一百万」不是金额");
        assertThat(preview.get("total").isNull()).isTrue();

        Api.Response refused = apply("staff", file, before.get("version").asInt()).expect(422);
        assertThat(refused.headers().getContentType().toString()).contains("application/problem+json");
        assertThat(refused.body().get("detail").asText()).contains("未导入任何内容");
        JsonNode after = evaluation();
        assertThat(after.get("version").asInt()).isEqualTo(before.get("version").asInt());
        assertThat(after.get("indicators")).isEqualTo(before.get("indicators"));
    }

    private static int row(JsonNode preview, String name) {
        for (JsonNode line : preview.get("lines")) {
            if (line.get("name").asText().equals(name)) {
                return line.get("row").asInt();
            }
        }
        throw new AssertionError("no line " + name);
    }

    @Test
    void onlyTheUnitsStaffWhileTheFormIsTheirs() throws IOException {
        byte[] file = filled("96", "");
        int version = evaluation().get("version").asInt();
        preview("staff2", file).expect(404);
        apply("staff2", file, version).expect(404);
        preview("leader", file).expect(403);
        preview("finance", file).expect(403);
        apply("dept", file, version).expect(403);
        upload("staff", submitted, "/import/preview", export(submitted), null).expect(409);
        Api.Response stale = apply("staff", file, version - 1).expect(409);
        assertThat(stale.body().get("detail").asText()).contains("已被修改");
        apply("staff", file, null).expect(422);
    }

    @Test
    void boundsAndWrongFilesAre422() throws IOException {
        preview("staff", "not a workbook".getBytes()).expect(422);
        preview("staff", new byte[3 * 1024 * 1024]).expect(422);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export(id)))) {
            workbook.getSheetAt(0).createRow(5000).createCell(0).setCellValue("x");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            JsonNode tooLong = preview("staff", out.toByteArray()).expect(422).body();
            assertThat(tooLong.toString()).contains("行");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("说明").createRow(0).createCell(0).setCellValue("hello");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            assertThat(preview("staff", out.toByteArray()).expect(422).body().toString()).contains("一级指标");
        }
    }

    @Test
    void tenParallelAppliesOfOneVersionStoreOnce() throws IOException {
        byte[] file = filled("95", "");
        int version = evaluation().get("version").asInt();
        List<Api.Response> responses = Race.same(() -> apply("staff", file, version));
        Race.oneWinner(responses);
        assertThat(evaluation().get("version").asInt()).isEqualTo(version + 1);
    }
}
