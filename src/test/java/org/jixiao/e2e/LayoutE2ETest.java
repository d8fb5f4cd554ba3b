package org.jixiao.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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
 * Issue 12 §5 at 1280×800: nothing cut off in the target list, the read view and the editor (cells and labels
 * show in full), 万元 as #,##0.00, required marks, no version numbers in messages, the Upload in Chinese; and at
 * phone width (390×844) a unit leader reads a target from 待办 and approves it. Targets of 2008 (no rounds).
 */
@IntegrationTest
class LayoutE2ETest extends BrowserTest {
    private static final int YEAR = 2008;
    /** Texts of grid cells and field labels whose content is wider than their box (ends in "…"). */
    private static final String CUT_OFF = """
            () => {
              const cut = [];
              document.querySelectorAll('vaadin-grid-cell-content').forEach(c => {
                if (c.offsetParent !== null && c.scrollWidth > c.clientWidth + 1) cut.push('cell: ' + c.textContent);
              });
              document.querySelectorAll('*').forEach(el => {
                const part = el.shadowRoot && el.shadowRoot.querySelector('[part~="label"]');
                if (part && part.offsetParent !== null && part.textContent.trim() && part.scrollWidth > part.clientWidth + 1)
                  cut.push('label: ' + part.textContent.trim());
              });
              return cut;
            }""";

    @Autowired
    TestRestTemplate rest;

    private long draft(String user, String unit, String name) {
        Map<String, Object> body = TargetFixtures.validProject(name);
        body.put("fiscalYear", YEAR);
        body.put("unitCode", unit);
        body.put("fiscalFunds", "1234.50");
        body.put("otherFunds", "10000.00");
        return Api.as(rest, user).post("/api/targets", body).expect(201).id();
    }

    @SuppressWarnings("unchecked")
    private static List<String> cutOff(Page page) {
        page.waitForTimeout(500);
        return (List<String>) page.evaluate(CUT_OFF);
    }

    @Test
    void nothingIsCutOffAndNumbersReadOneWayAt1280() {
        long id = draft("staff", "450001", "版式检查：应急管理信息化平台运行维护及网络安全等级保护测评服务项目");
        Page page = login("staff");
        page.navigate(url("targets"));
        // the shared list holds every test's targets: show this test's year only
        page.locator("#filter-year").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("2008")).first().click();
        assertThat(page.locator("#target-grid")).containsText("11,234.50");
        org.assertj.core.api.Assertions.assertThat(cutOff(page)).as("cut off in the target list").isEmpty();
        shot(page, "layout-01-list");

        page.navigate(url("targets/" + id));
        assertThat(page.locator("#summary-fiscal-funds")).containsText("1,234.50 万元");
        assertThat(page.locator("#summary-total-funds")).containsText("11,234.50 万元");
        org.assertj.core.api.Assertions.assertThat(cutOff(page)).as("cut off in the read view").isEmpty();
        shot(page, "layout-02-read");

        page.navigate(url("targets/" + id + "/edit"));
        for (String field : List.of("#target-name", "#target-project-code", "#target-fiscal-funds", "#target-goals")) {
            assertThat(page.locator(field)).hasAttribute("required", "");
        }
        org.assertj.core.api.Assertions.assertThat(cutOff(page)).as("cut off in the editor").isEmpty();
        fill(page, "#target-fund-use", "用于信息化平台运行维护");
        page.locator("#target-save").click();
        assertThat(notice(page, "已保存")).isVisible();
        assertThat(notice(page, "已保存")).not().containsText("版本");
        shot(page, "layout-03-editor-saved");

        page.navigate(url("targets"));
        page.locator("#target-import").click();
        assertThat(page.locator("#import-upload")).containsText("选择文件");
        assertThat(page.locator("#import-upload")).containsText("拖放");
        assertThat(page.locator("#import-upload")).not().containsText("Upload");
        shot(page, "layout-04-upload-in-chinese");
    }

    @Test
    void aLeaderReadsAndApprovesFromTheInboxOnAPhone() {
        String name = "手机审核：安全生产执法装备购置";
        long id = draft("staff", "450001", name);
        Api.as(rest, "staff").post("/api/targets/" + id + "/submit", null).expect(200);

        Page phone = login("leader");
        phone.setViewportSize(390, 844);
        phone.navigate(url("inbox"));
        assertThat(phone.locator("vaadin-app-layout")).hasAttribute("overlay", "");
        assertThat(phone.locator("#inbox-show-filters")).isVisible(); // the filters fold away, the tasks come first
        assertThat(phone.locator("#inbox-grid")).containsText(name);
        noHorizontalScroll(phone);
        shot(phone, "phone-01-inbox");

        // the menu opens over the page and closes again on a choice
        phone.locator("vaadin-drawer-toggle").click();
        assertThat(phone.locator("vaadin-side-nav-item[path='targets']")).isVisible();
        shot(phone, "phone-02-menu");
        phone.locator("vaadin-side-nav-item[path='inbox']").click();
        assertThat(phone.locator("vaadin-side-nav-item[path='targets']")).not().isInViewport();

        phone.getByText(name).first().click();
        assertThat(phone.locator("#target-summary")).containsText("1,234.50 万元");
        assertThat(phone.locator("#indicator-tree")).containsText("组织专家审查次数");
        noHorizontalScroll(phone);
        shot(phone, "phone-03-review");
        phone.locator("#indicator-tree").getByText("组织专家审查次数").click();
        shot(phone, "phone-04-indicator-details");

        fill(phone, "#review-opinion", "同意，手机上审核");
        phone.locator("#review-approve").click();
        if (phone.locator("vaadin-button[slot=confirm-button]:visible").count() > 0) {
            confirm(phone);
        }
        shot(phone, "phone-05-approved");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                org.assertj.core.api.Assertions.assertThat(Api.as(rest, "staff").get("/api/targets/" + id).expect(200)
                        .body().get("status").asText()).isEqualTo("DEPT_REVIEW"));
    }

    /** The page itself never scrolls sideways at phone width (a wide grid may scroll inside itself). */
    private static void noHorizontalScroll(Page page) {
        page.waitForTimeout(500);
        Object wide = page.evaluate("() => document.documentElement.scrollWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) wide).intValue()).as("page width").isLessThanOrEqualTo(390);
    }

}
