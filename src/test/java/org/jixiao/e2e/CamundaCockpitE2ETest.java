package org.jixiao.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.Response;
import org.camunda.bpm.engine.RepositoryService;
import org.jixiao.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 11 §4 in headless Chromium, on the test's fresh database (the engine's own user tables are empty): admin,
 * signed in to Jixiao, opens Cockpit directly — no Setup page, no second login — and sees our process
 * definitions; staff get 403 for the webapps. Screenshots in target/screenshots/cockpit-*.png.
 */
@IntegrationTest
class CamundaCockpitE2ETest extends BrowserTest {
    @Autowired
    RepositoryService repository;

    @Test
    void adminOpensTheCockpitDashboardWithOurProcessDefinitions() {
        Page page = login("admin");
        page.navigate(url("camunda/app/cockpit/default/"));
        assertThat(page.locator(".dashboard")).isVisible();
        assertThat(page).not().hasURL(java.util.regex.Pattern.compile(".*setup.*"));
        assertThat(page.locator("body")).not().containsText("Setup");
        // the deployed-definitions section counts our processes: wait for the figure the engine gives (Cockpit
        // fills it in after the label, so waiting for the label alone screenshots an empty count)
        long definitions = repository.createProcessDefinitionQuery().latestVersion().count();
        assertThat(definitions).isGreaterThanOrEqualTo(5);
        assertThat(page.locator(".stats-section.processes .stats-label")).hasText("Process Definitions");
        assertThat(page.locator(".stats-section.processes a.value"))
                .hasText(java.util.regex.Pattern.compile("^\\s*" + definitions + "\\s*$"));
        shot(page, "cockpit-01-dashboard");

        page.navigate(url("camunda/app/cockpit/default/#/processes"));
        assertThat(page.locator("body")).containsText("绩效目标审核");
        assertThat(page.locator("body")).containsText("绩效自评");
        assertThat(page.locator("body")).containsText("绩效运行监控报告");
        shot(page, "cockpit-02-process-definitions");

        // Admin lists our people and groups without asking for a password again (writes are refused by the
        // engine: CamundaIdentityApiTest)
        page.navigate(url("camunda/app/admin/default/#/users"));
        assertThat(page.locator("body")).containsText("张经办");
        assertThat(page.locator("body")).containsText("系统管理员");
        shot(page, "cockpit-04-admin-users");
        page.navigate(url("camunda/app/admin/default/#/groups"));
        assertThat(page.locator("body")).containsText("camunda-admin");
        assertThat(page.locator("body")).containsText("· 经办人");
        shot(page, "cockpit-05-admin-groups");
    }

    @Test
    void staffAreRefusedTheWebapps() {
        Page page = login("staff");
        Response cockpit = page.navigate(url("camunda/app/cockpit/default/"));
        assertThat(cockpit.status()).isEqualTo(403);
        assertThat(page.locator("h1")).hasText("无权访问流程引擎管理界面");
        assertThat(page.locator("body")).containsText("仅限系统管理员");
        shot(page, "cockpit-03-staff-403");
        page.locator("a").click();
        assertThat(page.locator("vaadin-app-layout")).isVisible();
        // the engine's REST API is for machine clients (HTTP Basic, no session): staff's own credentials → 403
        String basic = java.util.Base64.getEncoder().encodeToString("staff:demo".getBytes());
        APIResponse rest = page.context().request().get(url("engine-rest/process-definition"),
                RequestOptions.create().setHeader("Authorization", "Basic " + basic));
        assertThat(rest.status()).isEqualTo(403);
    }
}
