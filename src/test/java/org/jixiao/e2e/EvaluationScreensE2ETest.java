package org.jixiao.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TargetFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Finance opens the year's self-evaluation round on screen (a field error in Chinese first, the year again shows
 * the existing round), follows it to its summary and opens a self-evaluation not yet submitted; the target's detail
 * shows the approved grade's results application. Fiscal year 2093.
 */
@IntegrationTest
class EvaluationScreensE2ETest extends BrowserTest {
    private static final String PROJECT = "自评汇总旅程项目";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void financeOpensARoundAndSeesItsSummary() {
        long target = approvedTarget(2093);

        Page finance = login("finance");
        finance.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("绩效自评")).click();
        assertThat(finance.locator("#eval-round-form")).isVisible();
        fill(finance, "#eval-round-year", "1999");
        finance.locator("#eval-round-open").click();
        assertThat(finance.locator("#eval-round-year")).hasAttribute("invalid", "");
        assertThat(finance.locator("#eval-round-year")).containsText("2000–2100");

        fill(finance, "#eval-round-year", "2093");
        finance.locator("#eval-round-open").click();
        assertThat(finance.getByText(Pattern.compile("将为 \\d+ 个项目生成绩效自评表"))).isVisible();
        shot(finance, "evaluation-09-confirm-open");
        confirm(finance);
        assertThat(notice(finance, "已发起 2093 年度绩效自评")).isVisible();
        assertThat(finance.locator("#eval-round-grid")).containsText("2094-03-31");
        shot(finance, "evaluation-10-round-opened");

        finance.locator("#eval-round-open").click();
        assertThat(finance.locator("#eval-round-conflict")).containsText("已发起");
        finance.locator("#eval-round-conflict-link").click();
        assertThat(finance).hasURL(Pattern.compile(".*/evaluation/rounds/\\d+$"));

        assertThat(finance.locator("#eval-summary-status")).containsText("自评中");
        assertThat(finance.locator("#eval-summary-created")).containsText("1 / 1");
        assertThat(finance.locator("#grade-chart rect.bar")).hasCount(4);
        assertThat(finance.locator("#results-grid")).containsText("下年度预算优先保障");
        assertThat(finance.locator("#average-grid")).isVisible();
        assertThat(finance.locator("#pending-grid")).containsText(PROJECT);
        shot(finance, "evaluation-11-summary");

        finance.locator("#pending-grid vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(PROJECT))
                .first().click();
        assertThat(finance).hasURL(Pattern.compile(".*/evaluation/self/\\d+$"));

        // once approved (set here: the review chain is SelfEvaluationApiTest's), the target shows its results application
        jdbc.update("UPDATE self_evaluation SET status = 'APPROVED', total = 92.5, grade = '优' WHERE target_id = ?", target);
        Page staff = login("staff");
        staff.navigate(url("targets/" + target));
        assertThat(staff.locator("#target-result")).containsText("总分 92.50，等级 优");
        assertThat(staff.locator("#target-result")).containsText("下年度预算优先保障");
        shot(staff, "evaluation-12-target-result");
    }

    private long approvedTarget(int year) {
        return TargetFixtures.approved(rest, year, PROJECT);
    }
}
