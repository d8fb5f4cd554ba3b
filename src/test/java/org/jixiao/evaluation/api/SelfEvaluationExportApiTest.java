package org.jixiao.evaluation.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.evaluation.SelfEvaluationSheet;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.RoundFixtures;
import org.jixiao.support.TargetFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.util.FileSystemUtils;

/**
 * The official self-evaluation form as .xlsx: a project evaluation filled, submitted and re-scored by finance, and a
 * department (部门整体) evaluation; read back with POI, and opened by LibreOffice headless (converted to PDF), which
 * must be installed (.ci/run installs it). The 2058 round is {@link Round2058}, shared with the import test.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SelfEvaluationExportApiTest {
    private static final int YEAR = Round2058.YEAR;

    @Autowired
    TestRestTemplate rest;

    private long project;
    private long department;

    private Api as(String user) {
        return Api.as(rest, user);
    }

    @BeforeAll
    void evaluations() {
        Round2058.Ids ids = Round2058.open(rest);
        project = ids.project();
        department = ids.department();
    }

    private ResponseEntity<byte[]> download(String username, long id) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(username, "demo");
        return rest.exchange("/api/self-evaluations/" + id + "/export", HttpMethod.GET, new HttpEntity<>(headers),
                byte[].class);
    }

    private static XSSFWorkbook workbook(byte[] content) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(content));
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

    private static boolean merged(Sheet sheet, int firstRow, int lastRow, int firstColumn, int lastColumn) {
        return sheet.getMergedRegions().contains(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
    }

    @Test
    void projectFormInTheOfficialLayoutWithBothScores() throws Exception {
        ResponseEntity<byte[]> response = download("staff", project);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/vnd.openxmlformats");
        String disposition = URLDecoder.decode(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION),
                StandardCharsets.UTF_8);
        assertThat(disposition).startsWith("attachment").contains("自评导出项目绩效自评表.xlsx");

        try (XSSFWorkbook workbook = workbook(response.getBody())) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(YEAR + "年度项目支出绩效自评表");
            assertThat(merged(sheet, 0, 0, 0, 9)).as("title across the form").isTrue();
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getFitToPage()).isTrue();

            Row name = rowWith(sheet, 0, "项目名称");
            assertThat(name.getCell(2).getStringCellValue()).isEqualTo("自评导出项目");
            assertThat(merged(sheet, name.getRowNum(), name.getRowNum(), 2, 5)).isTrue();
            assertThat(rowWith(sheet, 0, "主管部门").getCell(8).getStringCellValue()).isNotBlank();

            Row fundsHeader = rowWith(sheet, 2, "年初预算数");
            assertThat(fundsHeader.getCell(4).getStringCellValue()).isEqualTo("全年预算数");
            assertThat(fundsHeader.getCell(7).getStringCellValue()).isEqualTo("执行率");
            Row funds = rowWith(sheet, 1, "年度资金总额");
            assertThat(funds.getCell(2).getNumericCellValue()).isEqualTo(200.0);
            assertThat(funds.getCell(5).getNumericCellValue()).isEqualTo(170.0);
            assertThat(funds.getCell(6).getNumericCellValue()).isEqualTo(10.0);
            assertThat(funds.getCell(7).getNumericCellValue()).isEqualTo(0.85);
            assertThat(funds.getCell(8).getNumericCellValue()).isEqualTo(8.5);

            assertThat(rowWith(sheet, 1, "预期目标").getCell(6).getStringCellValue()).isEqualTo("实际完成情况");

            Row headings = rowWith(sheet, 1, "一级指标");
            List<String> texts = new ArrayList<>();
            for (int c = 1; c < 10; c++) {
                texts.add(headings.getCell(c).getStringCellValue());
            }
            assertThat(texts).containsExactly("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                    "偏差原因分析及改进措施", "复核得分");
            Row first = rowWith(sheet, 3, "组织专家审查次数");
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("产出指标（50分）");
            assertThat(merged(sheet, first.getRowNum(), first.getRowNum() + 1, 1, 1)).as("产出指标 over two rows").isTrue();
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("≥12次");
            assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(10.0);
            assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(25.0);
            assertThat(first.getCell(7).getNumericCellValue()).isEqualTo(20.83);
            assertThat(first.getCell(9).getNumericCellValue()).as("复核得分").isEqualTo(15.0);
            assertThat(first.getCell(8).getStringCellValue()).contains("两次会诊因疫情推迟", "复核：会诊记录不全");
            assertThat(rowWith(sheet, 3, "按时完成项目").getCell(5).getStringCellValue()).isEqualTo("达成年度指标");
            assertThat(merged(sheet, headings.getRowNum(), first.getRowNum() + 3, 0, 0)).as("绩效指标 down the side")
                    .isTrue();

            Row total = rowWith(sheet, 0, "总分");
            assertThat(merged(sheet, total.getRowNum(), total.getRowNum(), 0, 5)).isTrue();
            assertThat(total.getCell(6).getNumericCellValue()).isEqualTo(100.0);
            assertThat(total.getCell(7).getNumericCellValue()).isEqualTo(93.8);
            assertThat(total.getCell(9).getNumericCellValue()).isEqualTo(87.97);
            Row grade = rowWith(sheet, 0, "评价等级");
            assertThat(grade.getCell(7).getStringCellValue()).isEqualTo("优");
            assertThat(grade.getCell(9).getStringCellValue()).isEqualTo("良");
            assertThat(rowWith(sheet, 0, "存在问题").getCell(2).getStringCellValue()).isEqualTo("会诊安排偏晚");
        }
    }

    /** What the form holds reads back: funds, each indicator's row, totals and prose, as the API shows them. */
    @Test
    void theFormReadsBack() {
        JsonNode shown = as("staff").get("/api/self-evaluations/" + project).expect(200).body();
        SelfEvaluationSheet.Read read = SelfEvaluationSheet.read(download("staff", project).getBody());
        assertThat(read.adjustedFunds()).isEqualByComparingTo("200.00");
        assertThat(read.executedFunds()).isEqualByComparingTo("170.00");
        assertThat(read.budgetScore()).isEqualByComparingTo("8.50");
        assertThat(read.goalsActual()).isEqualTo("全年完成专家会诊 10 次");
        assertThat(read.total()).isEqualByComparingTo("93.80");
        assertThat(read.grade()).isEqualTo("优");
        assertThat(read.problems()).isEqualTo("会诊安排偏晚");
        assertThat(read.improvements()).isEqualTo("提前制定会诊计划");
        assertThat(read.lines()).hasSize(shown.get("indicators").size());
        SelfEvaluationSheet.Line first = read.lines().get(0);
        assertThat(first.level1()).isEqualTo("产出指标");
        assertThat(first.name()).isEqualTo("组织专家审查次数");
        assertThat(first.valueText()).isEqualTo("≥12次");
        assertThat(first.actual()).isEqualTo("10");
        assertThat(first.weight()).isEqualByComparingTo("25");
        assertThat(first.score()).isEqualByComparingTo("20.83");
        assertThat(first.deviation()).isEqualTo("两次会诊因疫情推迟；明年提前安排");
        assertThat(first.reviewedScore()).isEqualByComparingTo("15");
        assertThat(read.lines().get(1).level1()).as("carried down the merged 一级").isEqualTo("产出指标");
        assertThat(read.lines().get(1).actual()).isEqualTo("达成年度指标");
        assertThat(read.lines()).extracting(SelfEvaluationSheet.Line::level1).contains("满意度指标");
    }

    @Test
    void departmentFormAndScope() throws Exception {
        ResponseEntity<byte[]> response = download("finance", department);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        Files.write(Files.createDirectories(Path.of("target", "exports")).resolve("department-evaluation.xlsx"),
                response.getBody());
        try (XSSFWorkbook workbook = workbook(response.getBody())) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(YEAR + "年度部门整体支出绩效自评表");
            assertThat(rowWith(sheet, 0, "预算部门名称").getCell(2).getStringCellValue()).isNotBlank();
            assertThat(rowWith(sheet, 0, "年度预算申请（万元）").getRowNum()).isPositive();
            assertThat(rowWith(sheet, 1, "预期目标").getRowNum()).isPositive();
            Row task = rowWith(sheet, 1, "应急救援");
            Row tasks = rowWith(sheet, 0, "年度主要任务");
            assertThat(merged(sheet, tasks.getRowNum(), task.getRowNum(), 0, 0)).isTrue();
            assertThat(task.getCell(8).getNumericCellValue()).isEqualTo(200.0);
            assertThat(rowWith(sheet, 3, "满意率").getCell(6).getNumericCellValue()).isEqualTo(10.0);
            assertThat(rowWith(sheet, 0, "总分").getCell(6).getNumericCellValue()).isEqualTo(100.0);
        }
        assertThat(download("staff2", department).getStatusCode().value()).isEqualTo(404);
        assertThat(download("dept2", project).getStatusCode().value()).isEqualTo(404);
        assertThat(download("staff", Long.MAX_VALUE).getStatusCode().value()).isEqualTo(404);
    }

    /** LibreOffice must open the workbook: a corrupt one makes soffice fail or write no PDF. */
    @Test
    void libreOfficeConvertsTheFormToPdf(@TempDir Path dir) throws Exception {
        String soffice = onPath("soffice");
        assertThat(soffice).as("LibreOffice (soffice) must be on the PATH for this test: "
                + "apt-get install -y libreoffice-calc-nogui (.ci/run installs it when missing)").isNotNull();
        Path xlsx = dir.resolve("form.xlsx");
        Files.write(xlsx, download("staff", project).getBody());
        Path profile = Files.createTempDirectory("lo-" + UUID.randomUUID());
        try {
            Process process = new ProcessBuilder(soffice, "-env:UserInstallation=" + profile.toUri(), "--headless",
                    "--norestore", "--convert-to", "pdf", "--outdir", dir.toString(), xlsx.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
            boolean finished = process.waitFor(180, TimeUnit.SECONDS);
            if (!finished) {
                process.destroyForcibly();
            }
            String log = Files.readString(dir.resolve("soffice.log"));
            assertThat(finished).as("soffice finished within 180 s: " + log).isTrue();
            assertThat(process.exitValue()).as("soffice exit code: " + log).isZero();
        } finally {
            FileSystemUtils.deleteRecursively(profile);
        }
        Path pdf = dir.resolve("form.pdf");
        assertThat(pdf).exists();
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(bytes.length).isGreaterThan(1000);
        assertThat(new String(bytes, 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
        // Kept for a look by eye, like the browser tests' screenshots.
        Path kept = Files.createDirectories(Path.of("target", "exports"));
        Files.copy(xlsx, kept.resolve("self-evaluation.xlsx"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(pdf, kept.resolve("self-evaluation.pdf"), StandardCopyOption.REPLACE_EXISTING);

        String pdftotext = onPath("pdftotext");
        if (pdftotext != null) {
            Process text = new ProcessBuilder(pdftotext, pdf.toString(), "-").redirectErrorStream(true).start();
            String out = new String(text.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(out).contains(String.valueOf(YEAR), "93.80", "87.97");
        }
    }

    private static String onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            File file = new File(dir, command);
            if (file.isFile() && file.canExecute()) {
                return file.getAbsolutePath();
            }
        }
        return null;
    }
}
