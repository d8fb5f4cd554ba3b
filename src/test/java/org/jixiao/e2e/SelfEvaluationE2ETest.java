package org.jixiao.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.Map;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.RoundFixtures;
import org.jixiao.support.TargetFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Year-end self-evaluation in the browser: the unit's staff opens its self-evaluation from the inbox, types actual
 * values and sees each score, the total and the grade as it types, is told what a score below full still needs,
 * and submits. Fiscal year 2057.
 */
@IntegrationTest
class SelfEvaluationE2ETest extends BrowserTest {
    private static final String PROJECT = "自评旅程项目";

    @Autowired
    TestRestTemplate rest;

    @Test
    void staffFillsASelfEvaluationAndSeesTheGrade() throws Exception {
        int year = 2057;
        approvedTarget(year);
        RoundFixtures.openRoundAndAwait(rest, "/api/evaluation-rounds",
                Map.of("fiscalYear", year, "dueDate", (year + 1) + "-03-31"));

        Page staff = login("staff");
        staff.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("待办")).click();
        fill(staff, "#inbox-filter-q", PROJECT); // the shared 待办 holds other tests' tasks too
        staff.locator("#inbox-grid vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(PROJECT))
                .first().click();
        assertThat(staff.locator("#evaluation-title")).containsText(PROJECT);
        assertThat(staff.locator("#evaluation-total")).containsText("全部填写后计算");

        fill(staff, "#evaluation-adjusted", "200");
        fill(staff, "#evaluation-executed", "200");
        assertThat(staff.locator("#evaluation-budget-score")).containsText("得分 10");
        fill(staff, "#evaluation-0-actual", "12");
        assertThat(staff.locator("#evaluation-0-result")).containsText("得分 25");
        staff.locator("#evaluation-1-grade").click();
        staff.locator("vaadin-select-overlay[opened] vaadin-select-item", new Page.LocatorOptions().setHasText("达成年度指标"))
                .first().click();
        fill(staff, "#evaluation-1-score", "24");
        fill(staff, "#evaluation-2-actual", "96");
        fill(staff, "#evaluation-3-actual", "90");
        assertThat(staff.locator("#evaluation-3-result")).containsText("9.47");
        // 10 + 25 + 24 + 30 + 9.47
        assertThat(staff.locator("#evaluation-total")).containsText("98.47");
        assertThat(staff.locator("#evaluation-total")).containsText("优");
        shot(staff, "evaluation-01-scored-live");

        fill(staff, "#evaluation-goals-actual", "全年目标基本完成");
        fill(staff, "#evaluation-conclusion", "项目完成较好");
        staff.locator("#evaluation-submit").click();
        confirm(staff);
        assertThat(notice(staff, "尚未填写完整")).isVisible();
        assertThat(staff.locator("#evaluation-3-deviation")).hasAttribute("invalid", "");
        shot(staff, "evaluation-02-deviation-required");
        fill(staff, "#evaluation-1-deviation", "个别活动效果有待提升");
        fill(staff, "#evaluation-3-deviation", "满意度调查样本偏少；扩大样本");
        staff.locator("#evaluation-submit").click();
        confirm(staff);
        assertThat(notice(staff, "已提交")).isVisible();
        assertThat(staff.locator("#evaluation-status")).hasText("单位负责人确认中");
        shot(staff, "evaluation-03-submitted");
    }

    private void approvedTarget(int year) {
        TargetFixtures.approved(rest, year, PROJECT);
    }
}
