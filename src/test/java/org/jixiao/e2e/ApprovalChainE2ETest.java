package org.jixiao.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 审核流程设置 in headless Chromium: the default chain, a step added without a name (the error under that field),
 * then saved and read back over the API. Fiscal year 2030, TARGET_DEPARTMENT; the chain is deleted afterwards.
 * Screenshots in {@code target/screenshots/chain-*.png}.
 */
@IntegrationTest
class ApprovalChainE2ETest extends BrowserTest {
    @Autowired TestRestTemplate rest;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void restore() {
        jdbc.update("DELETE FROM approval_chain_step WHERE fiscal_year = 2030");
        jdbc.update("DELETE FROM approval_chain WHERE fiscal_year = 2030");
    }

    @Test
    void adminAddsAStepWithAFieldErrorThenSaves() {
        Page admin = login("admin");
        admin.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("审核流程设置")).click();
        assertThat(admin.locator("#chain-save")).isVisible();
        fill(admin, "#chain-year", "2030");
        admin.locator("#chain-type").click();
        admin.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("部门（单位）整体支出绩效目标")).click();
        assertThat(admin.locator("#chain-state")).containsText("2030 年度尚未设置");
        assertThat(admin.locator(".chain-step")).hasCount(3);
        assertThat(admin.locator("#chain-step-2-name input")).hasValue("财政局审核");
        shot(admin, "chain-01-defaults");

        admin.locator("#chain-add").click();
        assertThat(admin.locator(".chain-step")).hasCount(4);
        admin.locator("#chain-save").click();
        assertThat(admin.locator("#chain-step-3-name")).hasAttribute("invalid", "");
        assertThat(admin.locator("#chain-step-3-name [slot=error-message]")).containsText("请填写环节名称");
        assertThat(admin.locator("#chain-step-0-name")).not().hasAttribute("invalid", "");
        shot(admin, "chain-02-field-error");

        fill(admin, "#chain-step-3-name", "财政绩效科复审");
        fill(admin, "#chain-step-3-sla", "5");
        admin.locator("#chain-save").click();
        assertThat(admin.locator("#chain-state")).containsText("由 admin");
        assertThat(admin.locator("#chain-step-3-name")).not().hasAttribute("invalid", "");
        shot(admin, "chain-03-saved");

        JsonNode saved = Api.as(rest, "admin").get("/api/approval-chains/2030/TARGET_DEPARTMENT").expect(200).body();
        assertThat(saved.get("configured").asBoolean()).isTrue();
        assertThat(saved.get("steps").findValuesAsText("name"))
                .containsExactly("单位负责人审核", "主管部门审核", "财政局审核", "财政绩效科复审");
        assertThat(saved.get("steps").get(3).get("slaDays").asInt()).isEqualTo(5);
    }
}
