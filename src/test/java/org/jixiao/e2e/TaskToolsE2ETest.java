package org.jixiao.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TargetFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * 委派 and 交回 on the review screen at 1280×800: finance picks desk (the picker offers only the finance bureau's
 * reviewers) and delegates with a note; desk sees only 交回 and hands it back; finance approves; the history shows
 * 委派 → and 交回 →. A 2033 target (never in a round).
 */
@IntegrationTest
class TaskToolsE2ETest extends BrowserTest {
    @Autowired
    TestRestTemplate rest;

    @Test
    void aDelegateReviewsAndHandsBackOnTheReviewScreen() {
        Map<String, Object> body = TargetFixtures.validProject("委派界面测试项目");
        body.put("fiscalYear", 2033);
        long id = Api.as(rest, "staff").post("/api/targets", body).expect(201).id();
        Api.as(rest, "staff").post("/api/targets/" + id + "/submit", null).expect(200);
        for (String reviewer : List.of("leader", "dept")) {
            Api api = Api.as(rest, reviewer);
            api.post("/api/tasks/" + api.taskOf("TARGET", id) + "/approve", null).expect(200);
        }
        String task = Api.as(rest, "finance").taskOf("TARGET", id);

        Page finance = login("finance");
        finance.navigate(url("targets/review/" + task));
        finance.locator("#handover-delegate").click();
        assertThat(finance.locator("#handover-user")).hasAttribute("invalid", "");
        Locator picker = finance.locator("#handover-user input");
        picker.click();
        picker.fill("desk");
        finance.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("desk")).first().click();
        assertThat(finance.locator("#handover-user")).not().hasAttribute("invalid", "");
        fill(finance, "#review-opinion", "请先审阅绩效指标");
        shot(finance, "tools-01-delegate");
        finance.locator("#handover-delegate").click();
        assertThat(notification(finance)).containsText("已委派");

        Page desk = login("desk");
        desk.navigate(url("targets/review/" + task));
        assertThat(desk.locator("#review-approve")).isHidden();
        fill(desk, "#review-opinion", "指标完整，建议通过");
        shot(desk, "tools-02-resolve");
        desk.locator("#handover-resolve").click();
        assertThat(notification(desk)).containsText("已交回");

        finance.navigate(url("targets/review/" + task));
        finance.locator("#review-approve").click();
        assertThat(notification(finance)).containsText("同意");
        finance.navigate(url("targets/" + id));
        Locator history = finance.locator("#history-grid");
        assertThat(history).containsText("委派 →");
        assertThat(history).containsText("交回 →");
        shot(finance, "tools-03-history");
    }
}
