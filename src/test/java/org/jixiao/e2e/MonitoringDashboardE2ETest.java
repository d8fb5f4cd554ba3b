package org.jixiao.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.monitoring.DashboardFixtures;
import org.jixiao.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The monitoring screens in headless Chromium: finance finds a round in the list, its dashboard shows
 * progress, chart and red list, the export downloads; opening the same round again shows the existing
 * one; a department sees its own unit. Screenshots in {@code target/screenshots/monitoring-*}. Year 2090.
 */
@IntegrationTest
class MonitoringDashboardE2ETest extends BrowserTest {
    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void financeFollowsARoundOnItsDashboardAndExportsIt() throws Exception {
        DashboardFixtures.Scenario s = DashboardFixtures.of(context)
                .filledRound(2090, false);

        Page finance = login("finance");
        finance.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("绩效运行监控")).click();
        assertThat(finance.locator("#round-form")).isVisible();
        assertThat(finance.locator("#round-grid")).containsText("2090 年 1–6 月");
        shot(finance, "monitoring-01-rounds");

        fill(finance, "#round-year", "2090");
        fill(finance, "#round-cutoff", "12");
        finance.locator("#round-open").click();
        assertThat(finance.locator("#round-cutoff")).hasAttribute("invalid", "");
        assertThat(finance.locator("#round-cutoff")).containsText("1–11");
        fill(finance, "#round-cutoff", "6");
        finance.locator("#round-open").click();
        assertThat(finance.locator("#round-conflict")).containsText("已发起");
        shot(finance, "monitoring-02-conflict");
        finance.locator("#round-conflict-link").click();
        assertThat(finance).hasURL(Pattern.compile(".*/monitoring/rounds/" + s.roundId() + "$"));

        assertThat(finance.locator("#dashboard-status")).containsText("填报中");
        assertThat(finance.locator("#dashboard-created")).containsText("5 / 5");
        assertThat(finance.locator("#progress-grid")).containsText("乐亭");
        assertThat(finance.locator("#light-chart rect.bar")).hasCount(4);
        assertThat(finance.locator("#light-chart")).containsText("红灯");
        assertThat(finance.locator("#red-grid")).containsText("应急物资储备项目 2090");
        shot(finance, "monitoring-03-dashboard");

        Download download = finance.waitForDownload(() -> finance.locator("#dashboard-export").click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("2090年1-6月绩效运行监控.xlsx");
        try (Workbook book = new XSSFWorkbook(download.createReadStream())) {
            org.assertj.core.api.Assertions.assertThat(book.getSheet("项目").getLastRowNum()).isEqualTo(5);
        }

        finance.locator("#red-grid vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("应急物资储备项目 2090"))
                .first().click();
        assertThat(finance).hasURL(Pattern.compile(".*/monitoring/reports/" + s.reports().get("a1") + "$"));

        Page dept = login("dept");
        dept.navigate(url("monitoring/rounds/" + s.roundId()));
        assertThat(dept.locator("#progress-grid")).containsText("本级");
        assertThat(dept.locator("#red-grid")).not().containsText("监控批量目标 2090-460001");
        assertThat(dept.locator("#dashboard-export")).isVisible();
        shot(dept, "monitoring-04-dept-dashboard");

        Page staff2 = login("staff2");
        staff2.navigate(url("monitoring/rounds/" + s.roundId()));
        assertThat(staff2.locator("#dashboard-export")).hasCount(0);
        staff2.navigate(url("monitoring/rounds/987654321"));
        assertThat(staff2.locator("#not-found-message")).containsText("监控轮次");
    }
}
