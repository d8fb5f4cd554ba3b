package org.jixiao.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TargetFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * 批量审核通过 from 待办 at 1280×800: the reviewer of unit 460001 ticks every task, confirms with one opinion, and
 * sees what was approved; the targets move on to the department. Targets of 2026 (no rounds).
 */
@IntegrationTest
class BatchApprovalE2ETest extends BrowserTest {
    @Autowired
    TestRestTemplate rest;

    @Test
    void aReviewerApprovesSeveralTasksAtOnce() {
        List<Long> targets = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Map<String, Object> body = TargetFixtures.validProject("批量审核界面项目 " + i);
            body.put("fiscalYear", 2026);
            body.put("unitCode", "460001");
            long id = Api.as(rest, "staff2").post("/api/targets", body).expect(201).id();
            Api.as(rest, "staff2").post("/api/targets/" + id + "/submit", null).expect(200);
            targets.add(id);
        }

        Page leader = login("leader2");
        leader.navigate(url("inbox"));
        assertThat(leader.locator("#inbox-grid")).containsText("批量审核界面项目 1");
        assertThat(leader.locator("#batch-approve")).isDisabled();
        leader.locator("#inbox-grid vaadin-checkbox.vaadin-grid-select-all-checkbox").click();
        assertThat(leader.locator("#batch-selected")).containsText("已选");
        shot(leader, "batch-01-selected");
        leader.locator("#batch-approve").click();
        assertThat(leader.locator("vaadin-confirm-dialog-overlay")).containsText("不能撤销");
        fill(leader, "#batch-opinion", "同意，批量审核");
        shot(leader, "batch-02-confirm");
        leader.locator("vaadin-confirm-dialog-overlay vaadin-button[slot=confirm-button]").click();
        assertThat(leader.locator("#batch-summary")).containsText("已审核通过");
        shot(leader, "batch-03-done");

        for (long id : targets) {
            org.assertj.core.api.Assertions.assertThat(Api.as(rest, "staff2").get("/api/targets/" + id).expect(200)
                    .body().get("status").asText()).isEqualTo("DEPT_REVIEW");
        }
        assertThat(leader.locator("#batch-approve")).isDisabled();
        org.assertj.core.api.Assertions.assertThat(Api.as(rest, "leader2").tasks()
                .findValuesAsText("subjectName")).noneMatch(n -> n.startsWith("批量审核界面项目"));
    }
}
