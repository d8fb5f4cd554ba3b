package org.jixiao.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import com.fasterxml.jackson.databind.JsonNode;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Forms that guide (issue 12 §5) in a real Chromium at 1280×800: unsaved edits are not lost by leaving the target
 * editor by accident, neither in the app nor by closing the browser tab; a failed save jumps to the first error; a
 * long target opens with its rows as lines of text, each opening into its fields where it is clicked.
 */
@IntegrationTest
class FormGuidanceE2ETest extends BrowserTest {
    @Autowired
    TestRestTemplate rest;

    @Test
    void aLongTargetOpensItsRowsAsLinesAndARowOpensWhereClicked() {
        // fiscal year 2098: drafts only (support/FiscalYears)
        long id = Api.as(rest, "staff").post("/api/targets", UiTimings.departmentTarget(2098, "450001", 20))
                .expect(201).id();
        Page staff = login("staff");
        staff.navigate(url("targets/" + id + "/edit"));
        assertThat(staff.locator("#indicator-19-line")).isVisible();
        assertThat(staff.locator("#indicator-editor vaadin-text-field")).hasCount(0);
        assertThat(staff.locator("#indicator-7-line [data-property=valueText]")).hasText("按时完成");
        assertThat(staff.locator("#indicator-3-line")).containsText("有所提升");
        staff.locator("#indicator-0-line").evaluate("e => e.scrollIntoView({block: 'start'})");
        shot(staff, "guide-03-long-target-as-lines");

        // the clicked cell's field takes the cursor; the other rows stay lines
        staff.locator("#indicator-7-line [data-property=valueText]").click();
        assertThat(staff.locator("#indicator-7-value input")).isFocused();
        fill(staff, "#indicator-7-value", "≥20次");
        assertThat(staff.locator("#indicator-7-reading")).containsText("≥ 20 次");
        assertThat(staff.locator("#indicator-8-line")).isVisible();
        // the keyboard opens a line too
        staff.locator("#indicator-9-line").focus();
        staff.keyboard().press("Enter");
        assertThat(staff.locator("#indicator-9-name input")).isVisible();
        shot(staff, "guide-04-long-target-row-opened");
        staff.locator("#target-save").click();
        assertThat(notice(staff, "已保存")).isVisible();

        // only the edit changed: the rows left as lines kept everything, their kinds included
        JsonNode rows = Api.as(rest, "staff").get("/api/targets/" + id).expect(200).body().path("indicators");
        assertThat(rows).hasSize(20);
        assertThat(rows.get(7).path("valueText").asText()).isEqualTo("≥20次");
        assertThat(rows.get(8).path("valueText").asText()).isEqualTo("有所提升");
        assertThat(rows.get(10).path("name").asText()).isEqualTo("压测指标11");
        assertThat(rows.get(10).path("basis").asText()).isEqualTo("根据年初工作计划安排");
        assertThat(rows.get(0).path("progressKind").asText()).isEqualTo("CUMULATIVE");
        assertThat(rows.get(1).path("progressKind").asText()).isEqualTo("LEVEL");
    }

    @Test
    void leavingTheEditorWithUnsavedEditsAsksFirst() {
        Page staff = login("staff");
        Page.LocatorOptions workbench = new Page.LocatorOptions().setHasText("工作台");
        staff.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("我的目标")).click();
        staff.locator("#target-new").click();
        assertThat(staff.locator("#target-form")).isVisible();
        // a form nobody touched is left without a question
        staff.locator("vaadin-side-nav-item", workbench).click();
        assertThat(staff.locator("#target-form")).hasCount(0);
        assertThat(staff.locator("#unsaved-confirm")).hasCount(0);

        staff.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("我的目标")).click();
        staff.locator("#target-new").click();
        fill(staff, "#target-name", "尚未保存的项目");

        // closing the tab: the browser asks (beforeunload), and staying keeps the page
        List<String> dialogs = new CopyOnWriteArrayList<>();
        staff.onDialog(dialog -> {
            dialogs.add(dialog.type());
            dialog.dismiss();
        });
        staff.close(new Page.CloseOptions().setRunBeforeUnload(true));
        staff.waitForCondition(() -> !dialogs.isEmpty());
        assertThat(dialogs).containsExactly("beforeunload");
        assertThat(staff.isClosed()).isFalse();

        // in the app: asked, and leaving discards them
        staff.locator("vaadin-side-nav-item", workbench).click();
        assertThat(staff.getByText("本页有尚未保存的修改")).isVisible();
        shot(staff, "guide-01-unsaved-changes");
        confirm(staff);
        assertThat(staff.locator("#target-form")).hasCount(0);

        // asked again on a new edit, and 留在本页 keeps the edits
        staff.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("我的目标")).click();
        staff.locator("#target-new").click();
        fill(staff, "#target-name", "仍要保留的项目");
        staff.locator("vaadin-side-nav-item", workbench).click();
        staff.locator("vaadin-button[slot=cancel-button]:visible").click();
        assertThat(staff.locator("#target-name input")).hasValue("仍要保留的项目");
    }

    @Test
    void aFailedSaveJumpsToTheFirstFieldInError() {
        Page staff = login("staff");
        staff.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("我的目标")).click();
        staff.locator("#target-new").click();
        assertThat(staff.locator("#target-form")).isVisible();
        fill(staff, "#target-fiscal-funds", "-5");
        staff.locator("#target-save").click();
        assertThat(staff.locator("#target-form [invalid]").first()).isVisible();
        // the cursor is in the first field in error (document order), and that field is on the screen
        staff.waitForFunction("() => { const a = document.activeElement; return a && !!a.closest('[invalid]'); }");
        String id = (String) staff.evaluate("() => document.activeElement.closest('[invalid]:not(input):not(textarea)').id");
        assertThat(id).isEqualTo("target-name");
        com.microsoft.playwright.options.BoundingBox box = staff.locator("#" + id).boundingBox();
        assertThat(box.y).isBetween(0.0, 800.0 - box.height);
        shot(staff, "guide-02-first-error");
    }
}
