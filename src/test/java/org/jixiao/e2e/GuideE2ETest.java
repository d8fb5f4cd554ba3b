package org.jixiao.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.time.LocalDate;
import org.jixiao.evaluation.EvaluationRoundService;
import org.jixiao.evaluation.EvaluationRoundStatus;
import org.jixiao.monitoring.MonitoringRoundService;
import org.jixiao.monitoring.MonitoringRoundStatus;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgDirectory;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.RoundFixtures;
import org.jixiao.support.TargetFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Issue 12 §5 in Chromium at 1280×800: the sense check on 执行数 (a negative amount refused as typed, the
 * confirmation with its required 说明, the note shown read-only), finance closing and cancelling rounds from the
 * list, and the workbench of staff (self-evaluations to fill) and of the administrator. Fiscal year 2023.
 */
@IntegrationTest
class GuideE2ETest extends BrowserTest {
    @Autowired
    TestRestTemplate rest;
    @Autowired
    MonitoringRoundService monitoringRounds;
    @Autowired
    EvaluationRoundService evaluationRounds;
    @Autowired
    OrgDirectory directory;

    private CurrentUser finance() {
        return directory.currentUser("finance").orElseThrow();
    }

    private long monitoringRound(int cutoffMonth) {
        var opened = monitoringRounds.open(finance(), 2023, cutoffMonth, LocalDate.of(2023, 12, 15), null,
                LocalDate.of(2023, 12, 1));
        RoundFixtures.awaitValue(() -> monitoringRounds.get(finance(), opened.id()),
                r -> r.status() == MonitoringRoundStatus.OPEN, Duration.ofSeconds(60), "round 2023/" + cutoffMonth);
        return opened.id();
    }

    @Test
    void senseCheckRoundsAndWorkbenches() {
        long targetId = TargetFixtures.approved(rest, 2023, "合理性检查演示项目 2023");
        long roundId = monitoringRound(6);
        long spareRound = monitoringRound(3);
        var evaluation = evaluationRounds.open(finance(), 2023, LocalDate.of(2024, 3, 31), null, LocalDate.of(2024, 3, 1));
        RoundFixtures.awaitValue(() -> evaluationRounds.get(finance(), evaluation.id()),
                r -> r.status() == EvaluationRoundStatus.OPEN, Duration.ofSeconds(60), "evaluation round 2023");
        long reportId = -1;
        for (JsonNode r : Api.as(rest, "staff").get("/api/monitoring-reports?roundId=" + roundId).expect(200).body()) {
            if (r.get("targetId").asLong() == targetId) {
                reportId = r.get("id").asLong();
            }
        }

        // staff: the workbench lists the self-evaluations to fill beside the monitoring reports
        Page staff = login("staff");
        assertThat(staff.locator("#workbench-evaluations")).isVisible();
        assertThat(staff.locator("#workbench-evaluations")).containsText("合理性检查演示项目 2023");
        staff.locator("#workbench-evaluations").scrollIntoViewIfNeeded();
        shot(staff, "guide-10-staff-workbench");

        // a negative amount is refused as it is typed
        staff.navigate(url("monitoring/reports/" + reportId));
        assertThat(staff.locator("#report-title")).isVisible();
        assertThat(staff.locator("#report-execution-note")).isHidden();
        fill(staff, "#report-carry-over", "-5");
        assertThat(staff.locator("#report-carry-over[invalid]")).isVisible();
        assertThat(staff.locator("#report-carry-over")).containsText("不能为负数");
        fill(staff, "#report-carry-over", "0");
        assertThat(staff.locator("#report-carry-over[invalid]")).hasCount(0);

        // 执行数 above 预算数: the 说明 appears, and saving asks first
        fill(staff, "#report-executed", "500");
        assertThat(staff.locator("#report-execution-note")).isVisible();
        assertThat(staff.locator("#report-execution-rate")).containsText("250.00%");
        staff.locator("#report-budget").scrollIntoViewIfNeeded();
        shot(staff, "guide-11-negative-refused-and-note-shown");
        staff.locator("#report-save").click();
        assertThat(staff.locator("#report-execution-note-dialog-text")).isVisible();
        assertThat(staff.getByText("执行数 500.00 万元超过预算数 200.00 万元（执行率 250.00%）")).isVisible();
        assertThat(staff.locator("#report-execution-note-dialog-confirm")).isDisabled();
        shot(staff, "guide-12-sense-check-confirmation");
        // going back saves nothing
        staff.locator("#report-execution-note-dialog-back").click();
        assertThat(staff.locator("#report-execution-note-dialog-text")).hasCount(0);
        staff.locator("#report-save").click();
        fill(staff, "#report-execution-note-dialog-text", "年中追加预算 300 万元，预算数尚未调整");
        staff.locator("#report-execution-note-dialog-confirm").click();
        assertThat(notice(staff, "保存")).isVisible();
        assertThat(staff.locator("#report-execution-note textarea")).hasValue("年中追加预算 300 万元，预算数尚未调整");
        long id = reportId;
        JsonNode saved = RoundFixtures.awaitValue(() -> Api.as(rest, "staff").get("/api/monitoring-reports/" + id)
                .expect(200).body(), r -> !r.get("executionNote").isNull(), Duration.ofSeconds(20), "note saved");
        assertThat(saved.get("executionNote").asText()).isEqualTo("年中追加预算 300 万元，预算数尚未调整");
        assertThat(saved.get("executedFunds").decimalValue()).isEqualByComparingTo("500");

        // finance reads the note in the read-only report
        Page finance = login("finance");
        finance.navigate(url("monitoring/reports/" + reportId));
        assertThat(finance.locator("#report-execution-note textarea")).hasValue("年中追加预算 300 万元，预算数尚未调整");
        finance.locator("#report-execution-note").scrollIntoViewIfNeeded();
        shot(finance, "guide-13-note-read-only");

        // finance cancels the spare round and closes the other from the list, each asked first
        finance.navigate(url("monitoring/rounds"));
        assertThat(finance.locator("#round-cancel-" + spareRound)).isVisible();
        finance.locator("#round-close-" + roundId).scrollIntoViewIfNeeded();
        shot(finance, "guide-14-round-list-actions");
        finance.locator("#round-cancel-" + spareRound).click();
        assertThat(finance.getByText("及其已生成的全部材料和流程将被删除")).isVisible();
        shot(finance, "guide-15-round-cancel-confirmation");
        confirm(finance);
        // the grid keeps detached cell components in its DOM, so the round is checked where it lives
        assertThat(notice(finance, "已撤销")).isVisible();
        Api.as(rest, "finance").get("/api/monitoring-rounds/" + spareRound).expect(404);
        finance.locator("#round-close-" + roundId).click();
        assertThat(finance.getByText("不再接受填报和提交")).isVisible();
        confirm(finance);
        assertThat(notice(finance, "已结束")).isVisible();
        assertThat(Api.as(rest, "finance").get("/api/monitoring-rounds/" + roundId).expect(200).body()
                .get("status").asText()).isEqualTo("CLOSED");
        finance.locator("#round-grid").scrollIntoViewIfNeeded();
        shot(finance, "guide-16-round-closed");

        // the administrator's workbench: users, locks, open rounds, the engine
        Page admin = login("admin");
        assertThat(admin.locator("#workbench-admin-users")).isVisible();
        assertThat(admin.locator("#workbench-admin-engine")).isVisible();
        assertThat(admin.locator("#workbench-admin-rounds")).containsText("自评轮次");
        shot(admin, "guide-17-admin-workbench");
    }
}
