package org.jixiao.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.regex.Pattern;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.RoundFixtures;
import org.jixiao.support.TargetFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Mid-year monitoring in the browser: finance opens a round; the unit's staff fills its report from the inbox,
 * sees the lights change as it types, is told in Chinese what a red light still needs, submits; the unit leader
 * confirms it from the inbox; the finance dashboard lists it among the red reports and drills down to it.
 */
@IntegrationTest
class MonitoringJourneyE2ETest extends BrowserTest {
    private static final String PROJECT = "监控旅程项目";

    @Autowired
    TestRestTemplate rest;

    @Test
    void staffFillsARedReportAndTheLeaderConfirmsIt() {
        int year = 2039;
        long targetId = approvedTarget(year);
        Page finance = login("finance");
        finance.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("绩效运行监控")).click();
        fill(finance, "#round-year", String.valueOf(year));
        fill(finance, "#round-cutoff", "6");
        finance.locator("#round-open").click();
        confirm(finance);
        assertThat(finance.locator("#round-grid")).containsText(year + " 年 1–6 月");
        shot(finance, "monitoring-00-round-opened");
        long roundId = Api.as(rest, "finance").get("/api/monitoring-rounds?fiscalYear=" + year).expect(200).body()
                .get(0).get("id").asLong();
        awaitOpen(roundId);

        Page staff = login("staff");
        staff.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("待办")).click();
        fill(staff, "#inbox-filter-q", PROJECT); // the shared 待办 holds other tests' tasks too
        Locator task = staff.locator("#inbox-grid vaadin-grid-cell-content",
                new Page.LocatorOptions().setHasText(PROJECT));
        task.first().click();
        assertThat(staff.locator("#report-title")).containsText(PROJECT);
        assertThat(staff.locator("#report-status")).hasText("待填报");
        assertThat(staff.locator("#report-light")).hasAttribute("data-light", "NONE");

        assertThat(staff.locator("#indicator-0-kind")).containsText("累计型");
        assertThat(staff.locator("#indicator-2-kind")).containsText("状态型");
        fill(staff, "#report-executed", "60");
        assertThat(staff.locator("#report-budget-light")).hasAttribute("data-light", "YELLOW");
        assertThat(staff.locator("#report-execution-rate")).containsText("30.00%");
        fill(staff, "#report-carry-over", "0");
        // 组织专家审查次数 ≥12次: 2 by June is a third of the pro-rated 6 → red, and reasons become required
        fill(staff, "#indicator-0-valueToDate", "2");
        fill(staff, "#indicator-0-expectedYearEnd", "8");
        assertThat(staff.locator("#indicator-0-light")).hasAttribute("data-light", "RED");
        assertThat(staff.locator("#report-light")).hasAttribute("data-light", "RED");
        assertThat(staff.locator("#indicator-0-explanation")).isVisible();
        choose(staff, "#indicator-0-likelihood", "有可能");
        choose(staff, "#indicator-1-achievement", "达成");
        choose(staff, "#indicator-1-likelihood", "确定能");
        for (int i = 2; i < 4; i++) {
            fill(staff, "#indicator-" + i + "-valueToDate", "96");
            fill(staff, "#indicator-" + i + "-expectedYearEnd", "96");
            choose(staff, "#indicator-" + i + "-likelihood", "确定能");
            assertThat(staff.locator("#indicator-" + i + "-light")).hasAttribute("data-light", "GREEN");
        }
        shot(staff, "monitoring-01-filled-red");
        staff.locator("#report-submit").click();
        confirm(staff);
        assertThat(notice(staff, "尚未填写完整")).isVisible();
        assertThat(staff.locator("#indicator-0-measures")).hasAttribute("invalid", "");
        assertThat(staff.locator("#indicator-0-measures")).containsText("请填写纠偏措施");
        shot(staff, "monitoring-02-reasons-required");

        staff.locator("#indicator-0-reasons vaadin-checkbox", new Page.LocatorOptions().setHasText("人员保障")).click();
        fill(staff, "#indicator-0-measures", "下半年增加专家会诊频次");
        staff.locator("#report-submit").click();
        confirm(staff);
        assertThat(notice(staff, "已提交")).isVisible();
        assertThat(staff.locator("#report-status")).hasText("单位负责人确认中");
        assertThat(staff.locator("#report-light")).hasAttribute("data-light", "RED");
        assertThat(staff.locator("#report-save")).hasCount(0);
        shot(staff, "monitoring-03-submitted");

        Page leader = login("leader");
        leader.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("待办")).click();
        fill(leader, "#inbox-filter-q", PROJECT); // the shared 待办 holds other tests' tasks too
        leader.locator("#inbox-grid vaadin-grid-cell-content",
                new Page.LocatorOptions().setHasText(PROJECT)).first().click();
        assertThat(leader.locator("#review-decision")).isVisible();
        assertThat(leader.locator("#indicator-0-measures input, #indicator-0-measures textarea").first())
                .hasValue("下半年增加专家会诊频次");
        fill(leader, "#review-opinion", "情况属实");
        leader.locator("#review-approve").click();
        assertThat(notice(leader, "已处理")).isVisible();
        assertThat(leader).hasURL(Pattern.compile(".*/inbox$"));
        JsonNode report = Api.as(rest, "staff").get("/api/monitoring-reports?roundId=" + roundId).expect(200).body().get(0);
        org.assertj.core.api.Assertions.assertThat(report.get("status").asText()).isEqualTo("DEPT_REVIEW");
        org.assertj.core.api.Assertions.assertThat(report.get("targetId").asLong()).isEqualTo(targetId);

        // the finance dashboard lists the red report; a click drills down to it
        finance.navigate(url("monitoring/rounds/" + roundId));
        assertThat(finance.locator("#light-chart")).containsText("红灯");
        assertThat(finance.locator("#red-grid")).containsText(PROJECT);
        shot(finance, "monitoring-04-dashboard-red");
        finance.locator("#red-grid vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(PROJECT)).first().click();
        assertThat(finance.locator("#report-title")).containsText(PROJECT);
        assertThat(finance.locator("#report-light")).hasAttribute("data-light", "RED");
    }

    /** Picks an item of a Vaadin select by its label. */
    private static void choose(Page page, String id, String label) {
        page.locator(id).click();
        page.locator("vaadin-select-overlay[opened] vaadin-select-item", new Page.LocatorOptions().setHasText(label)).first().click();
    }

    private long approvedTarget(int year) {
        return TargetFixtures.approved(rest, year, PROJECT);
    }

    private void awaitOpen(long roundId) {
        RoundFixtures.awaitOpen(rest, "/api/monitoring-rounds/" + roundId);
    }
}
