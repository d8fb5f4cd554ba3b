package org.jixiao.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.security.TestAccounts;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Issue 11 §1/§2 in headless Chromium: the admin's screens (组织机构 with a field error, 用户管理, 导入导出 with a bad
 * cell, 审计日志), that staff cannot open them, and a new user sent to 修改密码 until the password is changed.
 * Screenshots in {@code target/screenshots/admin-*.png}.
 */
@IntegrationTest
class AdminScreensE2ETest extends BrowserTest {
    @Autowired
    TestRestTemplate rest;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder encoder;

    @Test
    void theAdminScreensShowTheBureauAndPlaceErrorsOnTheirFields() throws Exception {
        Page admin = login("admin");
        admin.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("组织机构")).click();
        assertThat(admin.locator("#org-tree")).containsText("行政政法科");
        assertThat(admin.locator("#org-tree")).containsText("乐亭县应急管理局");
        shot(admin, "admin-01-orgs");
        fill(admin, "#org-name", "无编码的单位");
        admin.locator("#org-save").click();
        assertThat(admin.locator("#org-code")).hasAttribute("invalid", "");
        assertThat(admin.locator("#org-code [slot=error-message]")).containsText("请填写单位编码");
        shot(admin, "admin-02-org-error");

        admin.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("用户管理")).click();
        assertThat(admin.locator("#users-grid")).containsText("吴科长（行政政法科）");
        assertThat(admin.locator("#users-grid")).containsText("经办人、单位负责人");
        fill(admin, "#user-username", "x");
        admin.locator("#user-save").click();
        assertThat(admin.locator("#user-username [slot=error-message]")).containsText("用户名为 2–64 位");
        assertThat(admin.locator("#user-password [slot=error-message]")).containsText("请填写密码");
        shot(admin, "admin-03-users");

        admin.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("导入导出")).click();
        admin.locator("#import-upload input[type=file]").setInputFiles(new FilePayload("单位基础信息.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", badSheet()));
        assertThat(admin.locator("#import-summary")).containsText("错误 1 处");
        assertThat(admin.locator("#import-units .import-error")).containsText("上级单位编码 NOPE 不存在");
        assertThat(admin.locator("#import-apply")).isDisabled();
        shot(admin, "admin-04-import-preview");

        admin.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("审计日志")).click();
        assertThat(admin.locator("#audit-grid")).containsText("修改组织节点");
        // what changed, in words: the demo gave the departments their codes
        assertThat(admin.locator("#audit-grid")).containsText("编码：— → ");
        assertThat(admin.locator("#audit-grid")).not().containsText("{\"");
        assertThat(admin.locator("#audit-grid")).not().containsText("version");
        shot(admin, "admin-05-audit");
    }

    @Test
    void staffCannotOpenTheAdminScreens() {
        Page staff = login("staff");
        assertThat(staff.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("用户管理"))).hasCount(0);
        staff.navigate(url("admin/users"));
        assertThat(staff.locator("#users-grid")).hasCount(0);
        assertThat(staff.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("登录锁定"))).hasCount(0);
        staff.navigate(url("admin/locks"));
        assertThat(staff.locator("#locks-grid")).hasCount(0);
        assertThat(staff.locator("#locks-empty")).hasCount(0);
    }

    /** Issue 11 §3: five wrong passwords lock an account; the admin follows the workbench count and clears it. */
    @Test
    void theAdminSeesALockFromTheWorkbenchAndClearsItAfterConfirming() {
        String user = new TestAccounts(jdbc, encoder).like("staff", "e2elock");
        for (int i = 1; i <= 5; i++) {
            org.assertj.core.api.Assertions.assertThat(basicMe(user, "wrong-" + i)).isEqualTo(401);
        }
        org.assertj.core.api.Assertions.assertThat(basicMe(user, "demo")).as("locked").isEqualTo(429);

        Page admin = login("admin");
        admin.locator("#workbench-admin-locks").click();
        assertThat(admin.locator("#locks-grid")).containsText(user);
        assertThat(admin.locator("#locks-grid")).containsText("账号");
        shot(admin, "admin-locks-01");
        admin.locator(".lock-clear[data-subject='ACCOUNT:" + user + "']").click();
        assertThat(admin.locator("vaadin-confirm-dialog-overlay")).containsText("解除后，账号“" + user + "”可以立即重新登录");
        confirm(admin);
        assertThat(notice(admin, "已解除“" + user + "”的锁定")).isVisible();
        // the grid keeps hidden cell content of removed rows in the DOM, so the API is asked whether the lock is gone
        org.assertj.core.api.Assertions.assertThat(Api.as(rest, "admin").get("/api/admin/locks").expect(200).body()
                .toString()).doesNotContain("\"" + user + "\"");
        org.assertj.core.api.Assertions.assertThat(basicMe(user, "demo")).as("signs in again").isEqualTo(200);

        // issue 12 §1, same admin: the kind rules of the year; an empty rule is named under its fields, nothing saved
        admin.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("指标类型规则")).click();
        assertThat(admin.locator("#kind-rules-rows .kind-rule-row").first()).isVisible();
        shot(admin, "admin-kind-rules-01");
        fill(admin, "#kind-rules-try-unit", "%");
        assertThat(admin.locator("#kind-rules-try-result")).hasText("建议：状态型");
        admin.locator("#kind-rules-add").click();
        admin.locator("#kind-rules-save").click();
        assertThat(admin.locator(".kind-rule-row").last().locator(".kind-rule-unit [slot=error-message]"))
                .containsText("须至少填写单位、名称包含或名称结尾中的一项");
        assertThat(admin.locator(".kind-rule-row").last().locator(".kind-rule-kind [slot=error-message]"))
                .containsText("请选择第");
        shot(admin, "admin-kind-rules-02-errors");
    }

    private int basicMe(String user, String password) {
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setBasicAuth(user, password);
        return rest.exchange("/api/me", org.springframework.http.HttpMethod.GET,
                new org.springframework.http.HttpEntity<>(headers), String.class).getStatusCode().value();
    }

    @Test
    void aNewUserIsSentToChangeThePasswordFirst() {
        String username = "e2e" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        long unit = 0;
        for (var n : Api.as(rest, "admin").get("/api/admin/orgs").expect(200).body()) {
            if ("460001".equals(n.get("code").asText(null))) {
                unit = n.get("id").asLong();
            }
        }
        Api.as(rest, "admin").post("/api/admin/users", Map.of("username", username, "displayName", "新来的同事",
                "orgId", unit, "roles", List.of("STAFF"), "password", "Chu-shi-mi-ma-1")).expect(201);
        Page page = login(username, "Chu-shi-mi-ma-1");
        assertThat(page.locator("#password-required")).isVisible();
        page.navigate(url("targets"));
        assertThat(page.locator("#password-required")).isVisible();
        fill(page, "#password-current", "Chu-shi-mi-ma-1");
        fill(page, "#password-new", "123");
        fill(page, "#password-confirm", "123");
        page.locator("#password-save").click();
        assertThat(page.locator("#password-new [slot=error-message]")).containsText("至少需要 10 个字符");
        shot(page, "admin-06-password-required");
        fill(page, "#password-new", "Wo-de-xin-mi-ma-2");
        fill(page, "#password-confirm", "Wo-de-xin-mi-ma-2");
        page.locator("#password-save").click();
        assertThat(page.locator("#password-required")).hasCount(0);
        page.navigate(url("targets"));
        assertThat(page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("我的目标"))).isVisible();
        assertThat(page.locator("#password-required")).hasCount(0);
        shot(page, "admin-07-after-change");
    }

    static byte[] badSheet() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("单位基础信息");
            String[][] rows = {{"单位编码", "单位名称", "上级单位编码", "单位类型"}, {"E2E001", "浏览器测试单位", "NOPE", "行政"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
