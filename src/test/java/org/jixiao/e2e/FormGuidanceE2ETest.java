package org.jixiao.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jixiao.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Forms that guide (issue 12 §5) in a real Chromium at 1280×800: unsaved edits are not lost by leaving the target
 * editor by accident, neither in the app nor by closing the browser tab.
 */
@IntegrationTest
class FormGuidanceE2ETest extends BrowserTest {

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
