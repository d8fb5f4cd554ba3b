package org.jixiao.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The thresholds screen (field errors under the fields, a stale version as a notice that keeps the edits) and the
 * workbench's monitoring sections over the demo round, in headless Chromium. Screenshots in
 * {@code target/screenshots/monitoring-*.png}. Fiscal year 2017 is this test's.
 */
@IntegrationTest
class MonitoringScreensE2ETest extends BrowserTest {
    @Autowired
    TestRestTemplate rest;

    @Test
    void adminSetsThresholdsWithFieldErrorsAndAStaleVersionNotice() {
        Page admin = login("admin");
        admin.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("预警阈值设置")).click();
        assertThat(admin.locator("#threshold-save")).isVisible();
        fill(admin, "#threshold-year", "2017");
        assertThat(admin.locator("#threshold-state")).containsText("2017 年度尚未设置");
        assertThat(admin.locator("#threshold-legend-indicator")).hasText("指标：红灯 v < 60% ≤ 黄灯 < 80% ≤ 绿灯 < 120% ≤ 蓝灯");
        shot(admin, "monitoring-01-thresholds-defaults");

        fill(admin, "#threshold-budget-green", "50");
        assertThat(admin.locator("#threshold-legend-budget")).hasText("预算执行：红灯 v < 60% ≤ 黄灯 < 50% ≤ 绿灯");
        admin.locator("#threshold-save").click();
        assertThat(admin.locator("#threshold-budget-green")).hasAttribute("invalid", "");
        assertThat(admin.locator("#threshold-budget-green [slot=error-message]")).containsText("应高于红灯线");
        assertThat(admin.locator("#threshold-budget-red")).not().hasAttribute("invalid", "");
        shot(admin, "monitoring-02-thresholds-field-error");

        fill(admin, "#threshold-budget-green", "85");
        admin.locator("#threshold-blue-enabled input").click();
        assertThat(admin.locator("#threshold-legend-indicator")).containsText("不使用蓝灯");
        admin.locator("#threshold-save").click();
        assertThat(admin.locator("#threshold-state")).containsText("已设置：admin");
        assertThat(admin.locator("#threshold-budget-green")).not().hasAttribute("invalid", "");

        // another admin saves version 1 first; this screen's save of version 1 is stale and keeps the edits
        Map<String, Object> other = new LinkedHashMap<>();
        other.put("version", 1);
        other.put("budgetRedBelow", "55");
        other.put("budgetGreenFrom", "80");
        other.put("indicatorRedBelow", "60");
        other.put("indicatorGreenFrom", "80");
        other.put("indicatorBlueFrom", "120");
        other.put("budgetMode", "TIME_ELAPSED");
        Api.as(rest, "admin").put("/api/light-thresholds/2017", other).expect(200);
        fill(admin, "#threshold-indicator-red", "45");
        admin.locator("#threshold-save").click();
        assertThat(admin.locator("#threshold-conflict-message")).containsText("已被他人修改");
        assertThat(admin.locator("#threshold-indicator-red input")).hasValue("45");
        assertThat(admin.locator("#threshold-budget-green input")).hasValue("85");
        shot(admin, "monitoring-03-thresholds-conflict");
        admin.locator("#threshold-conflict-reload").click();
        assertThat(admin.locator("#threshold-budget-red input")).hasValue("55.00");
        assertThat(admin.locator("#threshold-state")).containsText("已设置：admin");
        assertThat(admin.locator("#threshold-state")).not().containsText("版本"); // no internal version numbers (issue 12 §5)
    }

    @Test
    void workbenchShowsTheUnitsReportsAndTheReviewersRounds() {
        Page staff = login("staff");
        Locator reports = staff.locator("#workbench-reports");
        assertThat(reports).containsText("应急保障");
        assertThat(reports).containsText("2024年 1–6月");
        assertThat(reports).containsText("待填报");
        assertThat(reports).not().containsText("安全生产专家会诊服务费"); // handed in: no longer waits for the unit
        shot(staff, "monitoring-04-staff-workbench");

        Page dept = login("dept");
        assertThat(dept.locator("#workbench-rounds")).containsText("2024年 1–6月（2024-07-15 截止）：已报送 1/");
        shot(dept, "monitoring-05-dept-workbench");
    }
}
