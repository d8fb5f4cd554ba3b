package org.jixiao.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
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
 * 委派 and 交回 on the review screen at 1280×800: finance picks desk (the picker offers only the finance bureau's
 * reviewers) and delegates with a note; desk sees only 交回 and hands it back; finance approves; the history shows
 * 委派 → and 交回 →. Then 加签 and 退回到指定环节 on the four-step chain. 2033 targets (never in a round); the chain
 * saved for 2033 is deleted after each test.
 */
@IntegrationTest
class TaskToolsE2ETest extends BrowserTest {
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void restoreTheDefaultChain() {
        FourStepChain.remove(jdbc, 2033);
    }

    /**
     * 抄送, 加签 and 退回到指定环节 on the review screen, on the four-step chain of 2033: desk (财政业务科室) copies the
     * task to dept (first with nobody chosen: the error under the picker), confirms 加签 with nothing chosen (the errors
     * under the picker and the position), then adds finance before the step; finance's review done, desk returns the
     * target to 主管部门审核; the history shows both.
     */
    @Test
    void aSignerBeforeTheStepThenAReturnToAPassedStepOnTheReviewScreen() {
        FourStepChain.save(rest, 2033, "RERUN", false);
        long id = FourStepChain.submitted(rest, 2033, "加签退回界面测试项目");
        FourStepChain.approveAs(rest, id, "leader", "dept");

        Page desk = login("desk");
        desk.navigate(url("targets/review/" + Api.as(rest, "desk").taskOf("TARGET", id)));
        desk.locator("#tools-cc").click();
        desk.locator("#cc-confirm").click();
        assertThat(desk.locator("#cc-users")).hasAttribute("invalid", "");
        Locator copyTo = desk.locator("#cc-users input");
        copyTo.click();
        copyTo.fill("dept");
        desk.locator("vaadin-multi-select-combo-box-item", new Page.LocatorOptions().setHasText("dept")).first().click();
        copyTo.press("Tab");
        desk.locator("#cc-confirm").click();
        assertThat(notice(desk, "已抄送")).isVisible();

        desk.locator("#tools-add-signer").click();
        desk.locator("#signer-confirm").click();
        assertThat(desk.locator("#signer-user")).hasAttribute("invalid", "");
        assertThat(desk.locator("#signer-position")).hasAttribute("invalid", "");
        shot(desk, "tools-04-signer-errors");
        Locator picker = desk.locator("#signer-user input");
        picker.click();
        picker.fill("finance");
        desk.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("finance")).first().click();
        desk.locator("#signer-position vaadin-radio-button").first().click();
        fill(desk, "#signer-note", "请绩效科先看指标");
        desk.locator("#signer-confirm").click();
        assertThat(notice(desk, "已加签")).isVisible();

        Api finance = Api.as(rest, "finance");
        finance.post("/api/tasks/" + finance.taskOf("TARGET", id) + "/approve", Map.of("opinion", "指标可行"))
                .expect(200);

        desk.navigate(url("targets/review/" + Api.as(rest, "desk").taskOf("TARGET", id)));
        desk.locator("#tools-return-step").click();
        desk.locator("#return-step").click();
        desk.locator("vaadin-select-overlay[opened] vaadin-select-item",
                new Page.LocatorOptions().setHasText("主管部门审核")).first().click();
        assertThat(desk.locator("#return-step-effect")).containsText("逐级重新审核");
        fill(desk, "#return-step-opinion", "请主管部门核实项目进度");
        shot(desk, "tools-05-return-to-step");
        desk.locator("#return-step-confirm").click();
        assertThat(notice(desk, "已退回至“主管部门审核”")).isVisible();
        assertThat(FourStepChain.status(rest, id)).isEqualTo("DEPT_REVIEW");

        desk.navigate(url("targets/" + id));
        Locator history = desk.locator("#history-grid");
        assertThat(history).containsText("加签（本环节之前） →");
        assertThat(history).containsText("退回至 主管部门审核");
        history.scrollIntoViewIfNeeded();
        shot(desk, "tools-06-history");
    }

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
        assertThat(notice(finance, "已委派")).isVisible();

        Page desk = login("desk");
        desk.navigate(url("targets/review/" + task));
        assertThat(desk.locator("#review-approve")).isHidden();
        fill(desk, "#review-opinion", "指标完整，建议通过");
        shot(desk, "tools-02-resolve");
        desk.locator("#handover-resolve").click();
        assertThat(notice(desk, "已交回")).isVisible();

        finance.navigate(url("targets/review/" + task));
        finance.locator("#review-approve").click();
        assertThat(notice(finance, "同意")).isVisible();
        finance.navigate(url("targets/" + id));
        Locator history = finance.locator("#history-grid");
        assertThat(history).containsText("委派 →");
        assertThat(history).containsText("交回 →");
        shot(finance, "tools-03-history");
    }
}
