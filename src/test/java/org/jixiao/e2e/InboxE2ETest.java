package org.jixiao.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.Map;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TargetFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * 待办 at volume in the browser (issue 12 §2): 45 targets of 2006 wait at the unit leader; the lazy grid shows
 * the total, filters by year and text, shows the empty state, sorts by amount, and a batch-approved row moves to
 * 已办. Year 2006 (targets submitted to the unit leader only).
 */
@IntegrationTest
class InboxE2ETest extends BrowserTest {
    private static final int ROWS = 45;

    @Autowired
    TestRestTemplate rest;

    @Test
    void theInboxPagesFiltersAndListsWhatWasDone() {
        Api staff = Api.as(rest, "staff");
        for (int i = 1; i <= ROWS; i++) {
            Map<String, Object> body = TargetFixtures.validProject(String.format("收件箱界面项目 %02d", i));
            body.put("fiscalYear", 2006);
            body.put("fiscalFunds", String.format("%d.50", 1000 * i));
            long id = staff.post("/api/targets", body).expect(201).id();
            staff.post("/api/targets/" + id + "/submit", null).expect(200);
        }

        Page leader = login("leader");
        leader.navigate(url("inbox"));
        assertThat(leader.locator("#inbox-total")).containsText("共");
        shot(leader, "inbox-01-all");

        fill(leader, "#inbox-filter-year", "2006");
        assertThat(leader.locator("#inbox-total")).hasText("共 45 项");
        assertThat(leader.locator("#inbox-grid")).containsText("收件箱界面项目 45");
        assertThat(leader.locator("#inbox-grid")).containsText("45,000.50");
        assertThat(leader.locator("#inbox-grid")).containsText("2006年度");
        shot(leader, "inbox-02-year-45-rows");
        leader.locator("#inbox-grid").evaluate("g => g.scrollToIndex(44)");
        assertThat(leader.locator("#inbox-grid")).containsText("收件箱界面项目 01");
        shot(leader, "inbox-03-scrolled-to-the-end");

        leader.locator("#inbox-grid vaadin-grid-sorter").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("金额")).click();
        assertThat(leader.locator("#inbox-grid")).containsText("1,000.50");
        shot(leader, "inbox-04-sorted-by-amount");

        fill(leader, "#inbox-filter-q", "收件箱界面项目 07");
        assertThat(leader.locator("#inbox-total")).hasText("共 1 项");
        shot(leader, "inbox-05-text-filter");

        fill(leader, "#inbox-filter-q", "没有这个项目" + "长".repeat(60));
        assertThat(leader.locator("#inbox-total")).hasText("共 0 项");
        assertThat(leader.locator("#inbox-empty")).hasText("没有符合筛选条件的待办。");
        shot(leader, "inbox-06-empty");

        fill(leader, "#inbox-filter-q", "收件箱界面项目 07");
        assertThat(leader.locator("#inbox-total")).hasText("共 1 项");
        leader.locator("#inbox-grid vaadin-checkbox.vaadin-grid-select-all-checkbox").click();
        assertThat(leader.locator("#batch-selected")).containsText("已选 1 项");
        leader.locator("#batch-approve").click();
        leader.locator("vaadin-confirm-dialog-overlay vaadin-button[slot=confirm-button]").click();
        assertThat(leader.locator("#batch-summary")).containsText("已审核通过 1 项");
        assertThat(leader.locator("#inbox-total")).hasText("共 0 项");

        leader.locator("#inbox-tab-done").click();
        assertThat(leader.locator("#done-grid")).containsText("收件箱界面项目 07");
        assertThat(leader.locator("#done-grid")).containsText("审核通过");
        shot(leader, "inbox-07-done");
    }
}
