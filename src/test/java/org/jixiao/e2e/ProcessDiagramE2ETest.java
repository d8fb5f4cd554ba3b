package org.jixiao.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.Map;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TargetFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Issue 13 §5 in the browser: bpmn-js (from the committed Vaadin bundle, no npm) draws a submitted target's process
 * on its screen with the current step highlighted and the passed ones marked, and names the step's holders. Fiscal
 * year 2025 (targets only, no rounds).
 */
@IntegrationTest
class ProcessDiagramE2ETest extends BrowserTest {

    @Autowired
    TestRestTemplate rest;

    @Test
    void theTargetScreenDrawsWhereTheCaseStands() {
        Map<String, Object> body = TargetFixtures.validProject("流程图界面目标");
        body.put("fiscalYear", 2025);
        Api staff = Api.as(rest, "staff");
        long id = staff.post("/api/targets", body).expect(201).id();
        staff.post("/api/targets/" + id + "/submit", null).expect(200);
        Api leader = Api.as(rest, "leader");
        leader.post("/api/tasks/" + leader.taskOf("TARGET", id) + "/approve", null).expect(200);

        Page page = login("staff");
        page.navigate(url("targets/" + id));
        Locator diagram = page.locator("jixiao-process-diagram[rendered]");
        assertThat(diagram).hasAttribute("highlighted", "1");
        assertThat(page.locator("jixiao-process-diagram .djs-element.jx-current")).hasCount(1);
        assertThat(page.locator("jixiao-process-diagram .djs-element.jx-passed").first()).isVisible();
        assertThat(page.locator(".process-diagram-holders")).containsText("王审核");
        Object stroke = page.locator("jixiao-process-diagram .djs-element.jx-current .djs-visual > :first-child")
                .evaluate("e => getComputedStyle(e).stroke");
        assertThat(String.valueOf(stroke)).as("the current step is drawn in blue").isEqualTo("rgb(26, 115, 232)");
        diagram.scrollIntoViewIfNeeded();
        shot(page, "process-diagram-01-target");
    }
}
