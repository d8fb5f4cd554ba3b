package org.jixiao.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TargetFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Issue 9 §5 in a real browser: the UI works under its Content-Security-Policy (no violation reported on the login
 * page, the workbench or the target editor), the login form posts Spring's CSRF token and signs in, and an
 * attachment whose name hides a bidi override is listed under its cleaned name.
 */
@IntegrationTest
class ContentSafetyE2ETest extends BrowserTest {
    @Autowired
    TestRestTemplate rest;

    @Test
    void theUiRunsUnderItsPolicyAndTheLoginCarriesTheCsrfToken() {
        Page first = login("staff");
        BrowserContext context = first.context().browser().newContext(
                new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1280, 800).setLocale("zh-CN"));
        try {
            Page page = context.newPage();
            List<String> violations = Collections.synchronizedList(new ArrayList<>());
            List<String> loginPosts = Collections.synchronizedList(new ArrayList<>());
            page.onConsoleMessage(m -> {
                if (m.text().contains("Content Security Policy") || m.text().contains("Content-Security-Policy")) {
                    violations.add(m.text());
                }
            });
            page.onRequest(r -> {
                if ("POST".equals(r.method()) && r.url().endsWith("/login")) {
                    loginPosts.add(r.postData() == null ? "" : r.postData());
                }
            });
            var loginPage = page.navigate(url("login"));
            assertThat(loginPage.headers().get("content-security-policy")).contains("default-src 'self'");
            assertThat(loginPage.headers().get("referrer-policy")).isEqualTo("same-origin");
            page.waitForFunction("() => !!customElements.get('vaadin-login-form')");
            page.locator("input[name=username]").fill("staff");
            page.locator("input[name=password]").fill("demo");
            page.locator("input[name=password]").press("Enter");
            assertThat(page.locator("vaadin-app-layout")).isVisible();
            assertThat(loginPosts).hasSize(1);
            assertThat(loginPosts.get(0)).contains("_csrf=");

            long draft = Api.as(rest, "staff").post("/api/targets", TargetFixtures.validProject("安全策略检查"))
                    .expect(201).id();
            page.navigate(url("targets/" + draft + "/edit"));
            shot(page, "content-safety-editor");
            page.locator("#attachments").waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(90_000));
            page.locator("#attachment-upload input[type=file]").setInputFiles(new FilePayload(
                    "invoice\u202Eexe.pdf", "application/pdf", "%PDF-1.4 发票".getBytes(StandardCharsets.UTF_8)));
            assertThat(page.locator("#attachment-0-link")).hasText("invoiceexe.pdf");
            shot(page, "content-safety-attachment");
            page.waitForTimeout(500);
            assertThat(violations).as("CSP violations reported by Chromium").isEmpty();
        } finally {
            context.close();
        }
    }
}
