package org.jixiao.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.support.IntegrationTest;
import org.jixiao.targets.sheet.SeedSheets;
import org.jixiao.targets.sheet.SeedSheets.Sheetful;
import org.junit.jupiter.api.Test;

/**
 * Excel in and out in the browser: the import dialog's per-cell preview of a broken sheet, then the seeds' tables
 * imported as drafts, one exported from its page, and indicators pasted from Excel into the editor. Fiscal year 2096.
 */
@IntegrationTest
class TargetSheetE2ETest extends BrowserTest {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String[] SEED_002_MERGES = {"A4:A5", "B4:B5", "C4:E4", "A13:A25", "B14:B20", "C14:C15",
        "C16:C17", "C19:C20", "B21:B23", "B24:B25", "C24:C25"};

    private void openImport(Page staff) {
        staff.navigate(url("targets"));
        staff.locator("#target-import").click();
        assertThat(staff.locator("#import-upload")).isVisible();
        fill(staff, "#import-year", "2096");
    }

    @Test
    void importPreviewApplyAndExport() throws Exception {
        Page staff = login("staff");
        openImport(staff);
        String[][] broken = SeedSheets.copy(SeedSheets.SEED_001_PROJECT);
        broken[3][2] = "二百万";
        broken[11][2] = null;
        staff.locator("#import-upload input[type=file]").setInputFiles(new FilePayload("有错误的目标表.xlsx", XLSX,
                SeedSheets.workbook(new Sheetful("会诊", broken, "A4:A5", "B5:G5", "A6:A7"))));
        assertThat(staff.locator("#import-summary")).containsText("发现 2 处错误");
        assertThat(staff.locator(".import-error").first()).containsText("C4：预算数「二百万」不是金额（万元）");
        assertThat(staff.locator(".import-error").nth(1)).containsText("C12：未填写三级指标");
        assertThat(staff.locator("#import-apply")).isDisabled();
        shot(staff, "excel-01-import-preview-errors");
        staff.keyboard().press("Escape");

        openImport(staff);
        staff.locator("#import-upload input[type=file]").setInputFiles(new FilePayload("绩效目标表.xlsx", XLSX,
                SeedSheets.workbook(new Sheetful("会诊", SeedSheets.SEED_001_PROJECT, "A4:A5", "B5:G5", "A6:A7"),
                        new Sheetful("信息平台", SeedSheets.SEED_000_PROJECT),
                        new Sheetful("部门整体", SeedSheets.SEED_002_DEPARTMENT, SEED_002_MERGES))));
        assertThat(staff.locator("#import-summary")).containsText("已读取 3 张工作表，没有错误");
        assertThat(staff.locator("#import-preview")).containsText("项目支出：安全生产专家会诊服务费（2096 年度，9 个指标，0 项任务）");
        assertThat(staff.locator("#import-preview")).containsText("部门整体支出：库尔勒市应急管理局（2021 年度，12 个指标，5 项任务）");
        shot(staff, "excel-02-import-preview-ok");
        staff.locator("#import-apply").click();
        assertThat(notice(staff, "已导入 3 个绩效目标（草稿）")).isVisible();
        assertThat(staff.locator("#target-grid")).containsText("应急管理信息平台设备购置专项资金");
        shot(staff, "excel-03-imported");

        staff.locator("#target-grid vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("应急管理信息平台设备购置专项资金"))
                .first().dblclick();
        assertThat(staff).hasURL(Pattern.compile(".*/targets/\\d+/edit$")); // a draft opens in the editor
        staff.navigate(staff.url().replaceFirst("/edit$", ""));
        Download download = staff.waitForDownload(() -> staff.locator("#target-export").click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename())
                .isEqualTo("应急管理信息平台设备购置专项资金-绩效目标表.xlsx");
        try (Workbook book = new XSSFWorkbook(download.createReadStream())) {
            org.assertj.core.api.Assertions.assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("项目支出绩效目标表");
        }
        shot(staff, "excel-04-detail-export");
    }

    @Test
    void pasteFromExcelIntoTheIndicatorGrid() {
        Page staff = login("staff");
        staff.navigate(url("targets/new"));
        staff.locator("#indicator-paste").click();
        assertThat(staff.locator("#paste-text")).isVisible();
        String block = "产出指标\t数量指标\t组织专家审查次数\t≥12次\t25\t根据年初工作计划安排\n"
                + "\t质量指标\t工作保障率\t-100%\t\t\n"
                + "成本指标\t经济成本指标\t人均运转经费数\t≤11.56万元\t二十\t\n";
        staff.locator("#paste-text textarea").fill(block);
        staff.locator("#paste-text textarea").press("Tab");
        assertThat(staff.locator("#paste-summary")).containsText("读取到 3 行，其中 1 行有错误");
        assertThat(staff.locator("#paste-grid")).containsText("分值「二十」不是数字");
        assertThat(staff.locator("#paste-fill")).isDisabled();
        staff.locator("#paste-text textarea").fill(block.replace("二十", "20"));
        staff.locator("#paste-text textarea").press("Tab");
        assertThat(staff.locator("#paste-summary")).containsText("读取到 3 行指标，可以填入");
        assertThat(staff.locator("#paste-grid")).containsText("= 100 %");
        shot(staff, "excel-05-paste-preview");
        staff.locator("#paste-fill").click();
        assertThat(staff.locator("#indicator-editor")).containsText("成本指标");
        assertThat(staff.locator("#indicator-sum-output")).containsText("2 项，分值 25.00");
        assertThat(staff.locator("#indicator-sum-cost")).containsText("1 项，分值 20.00");
        shot(staff, "excel-06-pasted-rows");
    }
}
