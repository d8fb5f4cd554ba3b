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
 * The bell in the shell (issue 13 §4): a submission shows on the unit leader's bell; the popover lists it, clicking
 * it opens the review and marks it read; 全部已读 clears the count. Year 2031 (targets only, no rounds).
 */
@IntegrationTest
class NotificationBellE2ETest extends BrowserTest {
    @Autowired
    TestRestTemplate rest;

    @Test
    void theBellCountsListsAndOpensNotices() {
        Api.as(rest, "leader").post("/api/notifications/read-all", null).expect(200);
        Map<String, Object> body = TargetFixtures.validProject("铃铛通知项目");
        body.put("fiscalYear", 2031);
        long id = Api.as(rest, "staff").post("/api/targets", body).expect(201).id();
        Api.as(rest, "staff").post("/api/targets/" + id + "/submit", null).expect(200);
        String task = Api.as(rest, "leader").taskOf("TARGET", id);

        Page leader = login("leader");
        assertThat(leader.locator("#notification-count")).hasText("1");
        leader.locator("#notification-bell").click();
        assertThat(leader.locator("#notification-list")).containsText("待您审核：铃铛通知项目");
        shot(leader, "bell-01-popover");
        leader.locator(".notification-row").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("铃铛通知项目")).first().click();
        leader.waitForURL("**/targets/review/" + task);
        assertThat(leader.locator("#notification-count")).isHidden();

        Map<String, Object> second = TargetFixtures.validProject("铃铛第二项目");
        second.put("fiscalYear", 2031);
        long next = Api.as(rest, "staff").post("/api/targets", second).expect(201).id();
        Api.as(rest, "staff").post("/api/targets/" + next + "/submit", null).expect(200);
        leader.navigate(url("inbox"));
        assertThat(leader.locator("#notification-count")).hasText("1");
        leader.locator("#notification-bell").click();
        assertThat(leader.locator("#notification-list")).containsText("铃铛第二项目");
        leader.locator("#notification-read-all").click();
        assertThat(leader.locator("#notification-count")).isHidden();
        shot(leader, "bell-02-all-read");
    }
}
