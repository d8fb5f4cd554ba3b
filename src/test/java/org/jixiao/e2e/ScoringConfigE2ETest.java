package org.jixiao.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The scoring rules screen (defaults, a field error under its field, a valid save the API then returns) and that only
 * an ADMIN reaches it, in headless Chromium. Screenshots in {@code target/screenshots/scoring-*.png}. Fiscal year
 * 2000 is this test's.
 */
@IntegrationTest
class ScoringConfigE2ETest extends BrowserTest {
    @Autowired
    TestRestTemplate rest;

    @Test
    void adminSetsTheScoringRulesWithFieldErrorsThenSaves() {
        Page admin = login("admin");
        admin.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("自评评分规则设置")).click();
        assertThat(admin.locator("#scoring-save")).isVisible();
        fill(admin, "#scoring-year", "2000");
        assertThat(admin.locator("#scoring-state")).containsText("2000 年度尚未设置");
        assertThat(admin.locator("#scoring-budget-points input")).hasValue("10");
        assertThat(admin.locator("#scoring-indicator-total input")).hasValue("90");
        assertThat(admin.locator("#scoring-weight-0-level1 input")).hasValue("产出指标");
        assertThat(admin.locator("#scoring-weight-0-points input")).hasValue("50");
        assertThat(admin.locator("#scoring-weight-1-level1 input")).hasValue("效益指标");
        assertThat(admin.locator("#scoring-weight-1-points input")).hasValue("30");
        assertThat(admin.locator("#scoring-weight-2-level1 input")).hasValue("满意度指标");
        assertThat(admin.locator("#scoring-weight-2-points input")).hasValue("10");
        assertThat(admin.locator("#scoring-weights-sum")).hasText("一级指标分值合计 90 分，等于绩效指标总分 90 分");
        assertThat(admin.locator("#scoring-legend-grades")).hasText("优 ≥90 > 良 ≥80 > 中 ≥60 > 差");
        shot(admin, "scoring-01-defaults");

        // 20 + 90 is not 100: the error lands under 绩效指标总分, not under the field that was typed in
        fill(admin, "#scoring-budget-points", "20");
        admin.locator("#scoring-save").click();
        assertThat(admin.locator("#scoring-indicator-total")).hasAttribute("invalid", "");
        assertThat(admin.locator("#scoring-indicator-total [slot=error-message]")).containsText("之和应为 100");
        assertThat(admin.locator("#scoring-budget-points")).not().hasAttribute("invalid", "");
        assertThat(admin.locator("#scoring-state")).containsText("尚未设置");
        shot(admin, "scoring-02-field-error");

        // 20 + 80 make 100, but targets are drafted to 90 and the weights still add up to 90
        fill(admin, "#scoring-indicator-total", "80");
        assertThat(admin.locator("#scoring-weights-sum")).hasText("一级指标分值合计 90 分，与绩效指标总分 80 分相差 10 分");
        admin.locator("#scoring-save").click();
        assertThat(admin.locator("#scoring-indicator-total [slot=error-message]")).containsText("须等于本年度绩效目标编制时指标分值的合计（90）");
        assertThat(admin.locator("#scoring-weights-error")).containsText("应等于绩效指标总分（80）");

        // seed 004's weights: 成本指标 added in front, 产出 and 效益 give up points
        fill(admin, "#scoring-budget-points", "10");
        fill(admin, "#scoring-indicator-total", "90");
        admin.locator("#scoring-weight-add").click();
        fill(admin, "#scoring-weight-0-level1", "成本指标");
        fill(admin, "#scoring-weight-0-points", "20");
        fill(admin, "#scoring-weight-1-level1", "产出指标");
        fill(admin, "#scoring-weight-1-points", "40");
        assertThat(admin.locator("#scoring-weights-sum")).hasText("一级指标分值合计 70+? 分，绩效指标总分 90 分");
        fill(admin, "#scoring-weight-2-level1", "效益指标");
        fill(admin, "#scoring-weight-2-points", "20");
        fill(admin, "#scoring-weight-3-level1", "满意度指标");
        fill(admin, "#scoring-weight-3-points", "10");
        assertThat(admin.locator("#scoring-weights-sum")).hasText("一级指标分值合计 90 分，等于绩效指标总分 90 分");
        admin.locator("#scoring-save").click();
        assertThat(admin.locator("#scoring-state")).containsText("2000 年度已设置：admin");
        assertThat(admin.locator("#scoring-indicator-total")).not().hasAttribute("invalid", "");
        assertThat(admin.locator("#scoring-weights-error")).isHidden();
        assertThat(admin.locator("#scoring-weight-0-level1 input")).hasValue("成本指标");
        shot(admin, "scoring-03-saved");

        JsonNode saved = Api.as(rest, "admin").get("/api/scoring-config/2000").expect(200).body();
        assertThat(saved.get("configured").asBoolean()).isTrue();
        assertThat(saved.get("budgetPoints").decimalValue()).isEqualByComparingTo("10");
        assertThat(saved.get("indicatorTotal").decimalValue()).isEqualByComparingTo("90");
        List<String> weights = new ArrayList<>();
        for (JsonNode w : saved.get("weights")) {
            weights.add(w.get("level1").asText() + " " + w.get("weight").decimalValue().stripTrailingZeros().toPlainString());
        }
        assertThat(weights).containsExactly("成本指标 20", "产出指标 40", "效益指标 20", "满意度指标 10");
    }

    @Test
    void onlyAnAdminReachesTheScreen() {
        Page finance = login("finance");
        assertThat(finance.locator("vaadin-side-nav")).isVisible();
        assertThat(finance.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("自评评分规则设置")))
                .hasCount(0);
        finance.navigate(url("settings/scoring"));
        assertThat(finance.locator("body")).containsText("Could not navigate to 'settings/scoring'");
        assertThat(finance.locator("#scoring-save")).hasCount(0);
        shot(finance, "scoring-04-finance-refused");
    }
}
