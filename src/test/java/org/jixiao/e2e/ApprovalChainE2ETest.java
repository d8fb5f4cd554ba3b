package org.jixiao.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.approval.ReviewCalendar;
import org.jixiao.support.Api;
import org.jixiao.support.FourStepChain;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TargetFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 审核流程设置 in headless Chromium: the default chain, a step added without a name (the error under that field),
 * then saved and read back over the API; and where a case stands on the target's page (issue 13 §5): the open step
 * with its holders and its deadline, red once overdue (a clock the test controls), and the steps to come. Fiscal
 * year 2030; the chains are deleted afterwards. Screenshots in {@code target/screenshots/chain-*.png}.
 */
@IntegrationTest
class ApprovalChainE2ETest extends BrowserTest {
    @Autowired TestRestTemplate rest;
    @Autowired JdbcTemplate jdbc;
    @Autowired ReviewCalendar calendar;

    @AfterEach
    void restore() {
        calendar.useClock(null);
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
        admin.locator("#chain-after-return input").check();
        admin.locator("#chain-save").click();
        assertThat(admin.locator("#chain-state")).containsText("由 admin");
        assertThat(admin.locator("#chain-step-3-name")).not().hasAttribute("invalid", "");
        shot(admin, "chain-03-saved");

        JsonNode saved = Api.as(rest, "admin").get("/api/approval-chains/2030/TARGET_DEPARTMENT").expect(200).body();
        assertThat(saved.get("configured").asBoolean()).isTrue();
        assertThat(saved.get("steps").findValuesAsText("name"))
                .containsExactly("单位负责人审核", "主管部门审核", "财政局审核", "财政绩效科复审");
        assertThat(saved.get("steps").get(3).get("slaDays").asInt()).isEqualTo(5);
        assertThat(saved.get("afterReturn").asText()).as("直送退回人 ticked").isEqualTo("TO_RETURNER");
    }

    /**
     * Issue 13's browser test: 财政业务科室 (desk) passes the target 优 and 财政绩效科 (finance) grades it 中 on the 88号
     * sheet, so it goes back to the unit; the unit revises and resubmits it, and this time it passes 优 at both desks.
     * TARGET_PROJECT of 2030, the four-step graded chain; screenshots {@code chain-1x-*.png}.
     */
    @Test
    void gradedFairGoesBackToTheUnitWhichRevisesItThenPassesExcellent() {
        FourStepChain.save(rest, 2030, "RERUN", true);
        long id = FourStepChain.submitted(rest, 2030, "审核表端到端-" + System.currentTimeMillis() % 100000);
        FourStepChain.approveAs(rest, id, "leader", "dept");

        Page desk = login("desk");
        grade(desk, Api.as(rest, "desk").taskOf("TARGET", id), "优", "业务科室：目标明确");
        assertThat(notice(desk, "已同意")).isVisible();
        Page finance = login("finance");
        grade(finance, Api.as(rest, "finance").taskOf("TARGET", id), "中", "绩效科：指标值偏低，请修改");
        assertThat(notice(finance, "已退回")).isVisible();
        assertThat(FourStepChain.status(rest, id)).isEqualTo("RETURNED");

        Page staff = login("staff");
        staff.navigate(url("targets/" + id + "/edit"));
        assertThat(staff.locator("#return-banner")).containsText("绩效科：指标值偏低，请修改");
        fill(staff, "#target-fiscal-funds", "180.00");
        shot(staff, "chain-11-unit-revises");
        staff.locator("#target-submit").click();
        confirm(staff);
        assertThat(staff.locator("#target-status")).containsText("单位负责人审核中");

        FourStepChain.approveAs(rest, id, "leader", "dept", "desk");
        grade(finance, Api.as(rest, "finance").taskOf("TARGET", id), "优", "绩效科：修改到位");
        assertThat(notice(finance, "已同意")).isVisible();
        finance.navigate(url("targets/" + id));
        assertThat(finance.locator("#target-status")).containsText("已批复");
        shot(finance, "chain-12-passed");
        JsonNode sheets = Api.as(rest, "staff").get("/api/targets/" + id + "/review-sheets").expect(200).body();
        assertThat(sheets.findValuesAsText("result")).containsExactly("EXCELLENT", "FAIR", "EXCELLENT", "EXCELLENT");
    }

    /** Fills the 88号 sheet on the review screen, every heading and the result at {@code grade}, and submits it. */
    private void grade(Page page, String task, String grade, String opinion) {
        page.navigate(url("targets/review/" + task));
        for (String criterion : List.of("completeness", "relevance", "appropriateness", "feasibility", "result")) {
            page.locator("#sheet-" + criterion).click();
            page.locator("vaadin-select-overlay[opened] vaadin-select-item",
                    new Page.LocatorOptions().setHasText(grade)).first().click();
            if (!"result".equals(criterion)) {
                fill(page, "#sheet-" + criterion + "-comment", opinion + "（" + criterion + "）");
            }
        }
        fill(page, "#review-opinion", opinion);
        shot(page, "chain-1" + ("中".equals(grade) ? "0-fair" : "3-excellent"));
        page.locator("#review-approve").click();
    }

    @Test
    void theTargetShowsItsOpenStepWithHoldersAndAnOverdueDeadline() {
        Map<String, Object> unit = step("unit", "单位负责人审核", "UNIT_LEADER", "UNIT", 1);
        Map<String, Object> chain = new LinkedHashMap<>();
        chain.put("version", 0);
        chain.put("steps", List.of(unit, step("department", "主管部门审核", "DEPT_REVIEWER", "DEPARTMENT", null),
                step("finance", "财政局审核", "FINANCE_REVIEWER", "FINANCE", null)));
        Api.as(rest, "admin").put("/api/approval-chains/2030/TARGET_PROJECT", chain).expect(200);
        ZoneId zone = calendar.zone();
        LocalDate opened = LocalDate.of(2030, 3, 4);
        calendar.useClock(Clock.fixed(opened.atTime(10, 0).atZone(zone).toInstant(), zone));
        Map<String, Object> body = TargetFixtures.validProject("办理期限展示项目");
        body.put("fiscalYear", 2030);
        long id = Api.as(rest, "staff").post("/api/targets", body).expect(201).id();
        Api.as(rest, "staff").post("/api/targets/" + id + "/submit", null).expect(200);
        calendar.useClock(Clock.fixed(opened.plusDays(3).atTime(10, 0).atZone(zone).toInstant(), zone));

        Page staff = login("staff");
        staff.navigate(url("targets/" + id));
        assertThat(staff.locator("#history-current")).containsText("当前环节：单位负责人审核");
        assertThat(staff.locator("#history-current")).containsText("办理人：");
        assertThat(staff.locator("#history-due")).containsText("办理期限：2030-03-05 已逾期");
        assertThat(staff.locator("#history-due")).hasAttribute("overdue", "");
        assertThat(staff.locator("#history-upcoming")).containsText("主管部门审核 → 财政局审核");
        staff.locator("#history").scrollIntoViewIfNeeded();
        shot(staff, "chain-04-standing");
    }

    private static Map<String, Object> step(String key, String name, String role, String level, Integer slaDays) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("key", key);
        s.put("name", name);
        s.put("role", role);
        s.put("level", level);
        s.put("slaDays", slaDays);
        s.put("mayReturn", true);
        return s;
    }
}
