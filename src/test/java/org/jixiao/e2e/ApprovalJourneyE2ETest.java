package org.jixiao.e2e;

import org.jixiao.support.ReviewSheetBodies;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TargetFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The approval journey in a real (headless) Chromium at 1280×800: a project target drafted in the
 * editor, submitted, approved by unit leader, department and finance bureau from their inboxes; and a
 * short return path. Screenshots of every step land in {@code target/screenshots/}.
 * Chromium: {@code /usr/bin/chromium} unless {@code JIXIAO_CHROMIUM} names another.
 */
@IntegrationTest
class ApprovalJourneyE2ETest extends BrowserTest {
    @Autowired
    TestRestTemplate rest;

    private static final String ATTACHMENT = "项目立项依据.pdf";

    @Test
    void projectTargetIsDraftedSubmittedAndApprovedThroughTheChain() {
        // every reviewer sees (and could download) the document the drafter attached
        String name = "端到端测试：安全生产专家会诊服务 " + System.currentTimeMillis() % 100000;

        Page staff = login("staff");
        shot(staff, "01-staff-workbench");
        staff.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("我的目标")).click();
        assertThat(staff.locator("#target-grid")).isVisible();
        shot(staff, "02-staff-target-list");
        staff.locator("#target-new").click();
        assertThat(staff.locator("#target-form")).isVisible();
        shot(staff, "03-editor-empty");

        fill(staff, "#target-name", name);
        fill(staff, "#target-project-code", "13022526P00E2E00001");
        staff.locator("#target-project-attribute").click();
        staff.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("延续")).click();
        fill(staff, "#target-period", "2026年");
        fill(staff, "#target-fiscal-funds", "200.00");
        fill(staff, "#target-other-funds", "0");
        assertThat(staff.locator("#target-total-funds")).containsText("200.00");
        fill(staff, "#target-fund-use", "化工企业每季度一次的事故隐患专家会诊");
        fill(staff, "#target-goals", "1.开展每季度一次的事故隐患专家会诊工作。");

        String[][] plan = {{"3", "25"}, {"6", "50"}, {"10", "75"}, {"12", "100"}};
        for (int i = 0; i < plan.length; i++) {
            staff.locator("#plan-add").click();
            fill(staff, "#plan-" + i + "-month", plan[i][0]);
            fill(staff, "#plan-" + i + "-percent", plan[i][1]);
        }

        staff.locator("#indicator-add-output").click();
        indicator(staff, 0, "数量指标", "组织专家审查次数", "≥12次", "25");
        assertThat(staff.locator("#indicator-0-reading")).containsText("≥ 12 次");
        staff.locator("#indicator-add-output").click();
        indicator(staff, 1, "时效指标", "按时完成项目", "≥**天", "25");
        assertThat(staff.locator("#indicator-1-reading")).containsText("无法识别");
        shot(staff, "04-editor-unreadable-value");
        fill(staff, "#indicator-1-value", "按时完成");
        assertThat(staff.locator("#indicator-1-reading")).containsText("定性");
        staff.locator("#indicator-add-effect").click();
        indicator(staff, 2, "社会效益指标", "企业安全隐患整改率", "≥95%", "30");
        staff.locator("#indicator-add-satisfaction").click();
        indicator(staff, 3, "服务对象满意度指标", "服务对象满意率", "≥ 95%", "10");
        assertThat(staff.locator("#indicator-3-reading")).containsText("≥ 95 %");
        // 累计型 / 状态型 proposed from unit and name, following the value while not chosen; none for 定性
        assertThat(staff.locator("#indicator-0-kind")).containsText("累计型");
        staff.locator("#indicator-0-kind").evaluate("e => e.scrollIntoView({block: 'center'})");
        shot(staff, "05a-editor-kinds");
        assertThat(staff.locator("#indicator-2-kind")).containsText("状态型");
        assertThat(staff.locator("#indicator-3-kind")).containsText("状态型");
        assertThat(staff.locator("#indicator-1-kind")).isHidden();
        fill(staff, "#indicator-0-value", "≥95%");
        assertThat(staff.locator("#indicator-0-kind")).containsText("状态型");
        fill(staff, "#indicator-0-value", "≥12次");
        assertThat(staff.locator("#indicator-0-kind")).containsText("累计型");
        assertThat(staff.locator("#weight-sum")).containsText("90.00 / 90");
        assertThat(staff.locator("#checks-count")).containsText("已通过");
        shot(staff, "05-editor-filled");

        staff.locator("#target-save").click();
        assertThat(notice(staff, "已保存")).isVisible();
        assertThat(staff).hasURL(Pattern.compile(".*/targets/\\d+/edit$"));
        String year = staff.locator("#target-fiscal-year input").inputValue();
        staff.locator("#attachment-upload input[type=file]").setInputFiles(new FilePayload(ATTACHMENT, "application/pdf",
                "%PDF-1.4 立项依据".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(staff.locator("#attachment-0-link")).containsText(ATTACHMENT);
        staff.locator("#attachments").scrollIntoViewIfNeeded();
        shot(staff, "05b-editor-attachment");
        staff.locator("#target-submit").click();
        confirm(staff);
        assertThat(staff.locator("#target-status")).containsText("单位负责人审核中");
        assertThat(staff.locator("#attachments")).containsText(ATTACHMENT);
        assertThat(staff.locator("#attachment-0-remove")).hasCount(0);
        shot(staff, "06-submitted-read-only");
        staff.locator("#target-withdraw").click();
        assertThat(staff.locator("#target-status")).containsText("草稿");
        assertThat(staff.locator("#indicator-0-value input")).hasValue("≥12次");
        staff.locator("#target-submit").click();
        confirm(staff);
        assertThat(staff.locator("#target-status")).containsText("单位负责人审核中");
        assertThat(staff.locator("#target-withdraw")).isVisible();

        approve("leader", name, "同意，单位负责人审核通过", "07-leader");
        approve("dept", name, "主管部门审核同意", "08-dept");
        approve("finance", name, "财政审核通过，予以批复", "09-finance");

        Page back = login("staff");
        back.navigate(url("targets"));
        // the shared list holds every test's targets of this unit, newest year first: show this year's approved ones
        listOnly(back, year, "已批复");
        Locator row = back.locator("#target-grid vaadin-grid-cell-content:visible", new Page.LocatorOptions().setHasText(name));
        row.first().dblclick();
        assertThat(back.locator("#target-status")).containsText("已批复");
        Locator history = back.locator("#history-grid");
        assertThat(history).containsText("送审");
        assertThat(history).containsText("财政审核通过，予以批复");
        assertThat(history).containsText("单位负责人");
        assertThat(history).containsText("主管部门审核");
        assertThat(back.locator("#indicator-tree")).containsText("组织专家审查次数");
        shot(back, "10-staff-approved-detail");
        back.locator("#history").scrollIntoViewIfNeeded();
        shot(back, "11-staff-approved-history");
    }

    @Test
    void returningWithoutAnOpinionIsRefusedInChinese() {
        String name = "端到端退回测试 " + System.currentTimeMillis() % 100000;
        long id = Api.as(rest, "staff").post("/api/targets", TargetFixtures.validProject(name)).expect(201).id();
        Api.as(rest, "staff").post("/api/targets/" + id + "/submit", Map.of()).expect(200);

        Page leader = login("leader");
        openTask(leader, name);
        leader.locator("#review-return").click();
        assertThat(leader.locator("#review-opinion")).containsText("退回时必须填写审核意见");
        assertThat(leader).hasURL(Pattern.compile(".*/targets/review/.+"));
        shot(leader, "12-return-without-opinion");
        fill(leader, "#review-opinion", "指标值确定依据过于笼统，请补充。");
        leader.locator("#review-return").click();
        assertThat(notice(leader, "已退回")).isVisible();
        assertThat(leader).hasURL(Pattern.compile(".*/inbox$"));

        Page staff = login("staff");
        assertThat(staff.locator("#workbench-returned")).containsText("指标值确定依据过于笼统");
        staff.locator("#workbench-returned vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(name))
                .first().click();
        assertThat(staff.locator("#return-banner")).containsText("指标值确定依据过于笼统，请补充。");
        assertThat(staff.locator("#return-banner")).containsText("李负责人");

        // Someone else saves meanwhile: this page's save is refused and its edits stay.
        Map<String, Object> current = Api.toMap(Api.as(rest, "staff").get("/api/targets/" + id).expect(200).body());
        current.put("name", name + "（他人修改）");
        Api.as(rest, "staff").put("/api/targets/" + id, current).expect(200);
        fill(staff, "#target-name", name + "（本页修改）");
        staff.locator("#target-save").click();
        assertThat(staff.locator("vaadin-notification-card")).containsText("已被他人修改");
        assertThat(staff.locator("#target-name input")).hasValue(name + "（本页修改）");
        shot(staff, "13-returned-banner-and-conflict");
    }

    @Test
    void lastYearsTargetIsCopiedIntoAnEditableDraft() {
        Page staff = login("staff");
        staff.navigate(url("targets"));
        // the shared list holds every test's targets of this unit: show the demo's 2024 only
        // and approved only: tests that import the seed sheets leave drafts of the same name in 2024
        listOnly(staff, "2024", "已批复");
        selectRow(staff, "#target-grid", "安全生产专家会诊服务费");
        staff.locator("#target-copy").click();
        assertThat(staff.locator("#copy-year input")).hasValue("2025");
        shot(staff, "14-copy-dialog");
        staff.locator("#copy-confirm").click();
        assertThat(staff).hasURL(Pattern.compile(".*/targets/\\d+/edit$"));
        assertThat(staff.locator("#target-fiscal-year input")).hasValue("2025");
        assertThat(staff.locator("#target-name input")).hasValue("安全生产专家会诊服务费");
        assertThat(staff.locator("#indicator-0-reading")).containsText("识别为");
        assertThat(staff.locator("#indicator-grid-output")).isVisible();
        assertThat(staff.locator("#weight-sum")).containsText("/ 90");
        shot(staff, "15-copied-draft-in-editor");
        staff.locator("#indicator-editor").scrollIntoViewIfNeeded();
        shot(staff, "16-copied-draft-indicators");

        String copyId = staff.url().replaceAll(".*/targets/(\\d+)/edit$", "$1");

        staff.navigate(url("targets/999999"));
        assertThat(staff.locator("#not-found")).containsText("未找到该绩效目标");
        // Another unit's staff: the same notice, and nothing of the target shows.
        Page other = login("staff2");
        for (String path : List.of("targets/" + copyId, "targets/" + copyId + "/edit")) {
            other.navigate(url(path));
            assertThat(other.locator("#not-found")).containsText("未找到该绩效目标");
            assertThat(other.locator("vaadin-app-layout")).not().containsText("安全生产专家会诊服务费");
        }
        shot(other, "17-other-unit-not-found");
    }

    @Test
    void approvedTargetIsAdjustedReviewedAndComparedWithItsFirstVersion() {
        String name = "端到端调整测试 " + System.currentTimeMillis() % 100000;
        Api api = Api.as(rest, "staff");
        long original = api.post("/api/targets", TargetFixtures.validProject(name)).expect(201).id();
        api.post("/api/targets/" + original + "/submit", Map.of()).expect(200);
        approveByApi(original, List.of("leader", "dept", "finance"));

        Page staff = login("staff");
        staff.navigate(url("targets/" + original));
        assertThat(staff.locator("#target-status")).containsText("已批复");
        staff.locator("#target-adjust").click();
        assertThat(staff).hasURL(Pattern.compile(".*/targets/" + original + "/adjust$"));
        staff.locator("#adjust-confirm").click();
        assertThat(staff.locator("#adjust-reason")).containsText("请填写调整原因");
        fill(staff, "#adjust-reason", "年中追加预算 20 万元");
        shot(staff, "18-adjust-reason");
        staff.locator("#adjust-confirm").click();
        assertThat(staff).hasURL(Pattern.compile(".*/targets/\\d+/edit$"));
        long adjustment = Long.parseLong(staff.url().replaceAll(".*/targets/(\\d+)/edit$", "$1"));
        assertThat(staff.locator("#adjustment-banner")).containsText("目标调整（第 2 版）");
        assertThat(staff.locator("#adjustment-banner")).containsText("年中追加预算 20 万元");
        fill(staff, "#target-fiscal-funds", "220.00");
        shot(staff, "19-adjustment-in-editor");
        staff.locator("#target-submit").click();
        confirm(staff);
        assertThat(staff.locator("#target-status")).containsText("单位负责人审核中");

        Page leader = login("leader");
        openTask(leader, name);
        assertThat(leader.locator("#adjustment-banner")).containsText("年中追加预算 20 万元");
        assertThat(leader.locator("#review-changes")).containsText("财政资金");
        assertThat(leader.locator("#review-changes")).containsText("220.00");
        shot(leader, "20-adjustment-review");
        approveByApi(adjustment, List.of("leader", "dept", "finance"));

        staff.navigate(url("targets/" + adjustment));
        assertThat(staff.locator("#target-status")).containsText("已批复");
        assertThat(staff.locator("#versions-grid")).containsText("已被调整替代");
        staff.locator("#version-compare-" + original).click();
        Locator diff = staff.locator("#diff-grid");
        assertThat(diff).containsText("基本信息 · 财政资金（万元）");
        assertThat(diff).containsText("200.00");
        assertThat(diff).containsText("220.00");
        shot(staff, "21-versions-diff");
        staff.locator("#diff-close").click();
        staff.navigate(url("targets/" + original));
        assertThat(staff.locator("#target-status")).containsText("已被调整替代");
        assertThat(staff.locator("#superseded-banner")).isVisible();
        assertThat(staff.locator("#target-adjust")).hasCount(0);
    }

    private void approveByApi(long id, List<String> reviewers) {
        for (String reviewer : reviewers) {
            Api api = Api.as(rest, reviewer);
            String task = null;
            for (var t : api.tasks()) {
                if (t.get("targetId").asLong() == id) {
                    task = t.get("id").asText();
                }
            }
            ReviewSheetBodies.approve(api, task, "同意").expect(200);
        }
    }

    /** Opens the target's task in the reviewer's inbox and approves it with an opinion. */
    private void approve(String username, String targetName, String opinion, String shotPrefix) {
        Page page = login(username);
        openTask(page, targetName);
        assertThat(page.locator("#target-summary")).containsText(targetName);
        assertThat(page.locator("#attachment-0-link")).containsText(ATTACHMENT);
        fill(page, "#review-opinion", opinion);
        shot(page, shotPrefix + "-review");
        page.locator("#review-approve").click();
        assertThat(notice(page, "已同意")).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/inbox$"));
        shot(page, shotPrefix + "-approved");
    }

    private void openTask(Page page, String targetName) {
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("待办")).click();
        Locator cell = page.locator("#inbox-grid vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(targetName));
        assertThat(cell.first()).isVisible();
        cell.first().click();
        assertThat(page.locator("#review-decision")).isVisible();
    }

    private void indicator(Page page, int i, String level2, String name, String value, String weight) {
        Locator combo = page.locator("#indicator-" + i + "-level2 input");
        combo.fill(level2);
        combo.press("Enter");
        fill(page, "#indicator-" + i + "-name", name);
        fill(page, "#indicator-" + i + "-value", value);
        fill(page, "#indicator-" + i + "-weight", weight);
        fill(page, "#indicator-" + i + "-basis", "根据年初工作计划安排");
    }


    /**
     * Narrows the target list to one year and status. The grid keeps cell elements of rows it showed before a filter
     * (hidden, with their old text), so callers pick a cell with {@code :visible}.
     */
    /**
     * Selects the grid row showing {@code text}. Playwright's click can pick a cell element the grid no longer shows
     * (Vaadin reuses cell elements and hides those of rows gone after a filter), so the cell is found by the row
     * its slot sits in, which must not be hidden, and clicked there; the click reaches the grid as a user's would.
     */
    private static void selectRow(Page page, String grid, String text) {
        String shown = "([grid, text]) => [...document.querySelectorAll(grid + ' vaadin-grid-cell-content')].find(c => "
                + "c.textContent.trim() === text && c.assignedSlot && c.assignedSlot.closest('tr') "
                + "&& !c.assignedSlot.closest('tr').hidden && c.getBoundingClientRect().height > 0)";
        page.waitForFunction(shown + " !== undefined", List.of(grid, text));
        page.evaluate("args => (" + shown + ")(args).click()", List.of(grid, text));
    }

    private static void listOnly(Page page, String year, String status) {
        page.locator("#filter-year").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(year)).first().click();
        page.locator("#filter-status").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(status)).first().click();
    }
}
