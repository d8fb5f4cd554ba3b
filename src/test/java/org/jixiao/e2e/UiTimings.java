package org.jixiao.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * Issue 12 §3 UI timings, measured in a real Chromium at 1280×800 and printed, never asserted (they depend on the
 * machine): sign-in to a visible workbench, and the target editor interactive. Shared by {@link UiTimingsE2ETest}
 * (demo data) and the deadline-day benchmark (its own database, a 40-indicator department target).
 */
public final class UiTimings {
    private static final double TIMEOUT_MS = 60_000;

    private UiTimings() {
    }

    /** A fresh 1280×800 zh-CN context (no cache, no cookies), as a user opening the app anew. */
    public static BrowserContext freshContext(Browser browser) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800)
                .setLocale("zh-CN"));
        context.setDefaultTimeout(TIMEOUT_MS);
        return context;
    }

    /**
     * Milliseconds from pressing Enter on the filled sign-in form to the workbench's greeting being visible (the
     * workbench view is built on the server in one round trip, its sections with it).
     */
    public static double signInToWorkbench(Page page, String baseUrl, String username, String password) {
        // On a busy machine the login form can still be upgrading when typed into, which clears the fields and
        // signs in with nothing (as BrowserTest.login knows): wait until the page is quiet, check what was typed,
        // and on a bounce back to the form try once more; the figure is the attempt that got through.
        for (int attempt = 1; ; attempt++) {
            page.navigate(baseUrl + "/login");
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            page.waitForFunction("() => !!customElements.get('vaadin-login-form') && !!customElements.get('vaadin-text-field')");
            page.locator("input[name=username]").fill(username);
            page.locator("input[name=password]").fill(password);
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("input[name=username]"))
                    .hasValue(username);
            long t0 = System.nanoTime();
            page.locator("input[name=password]").press("Enter");
            try {
                page.locator("#workbench-hello").waitFor(new Locator.WaitForOptions().setTimeout(attempt == 1 ? 30_000 : TIMEOUT_MS));
                return (System.nanoTime() - t0) / 1e6;
            } catch (com.microsoft.playwright.TimeoutError bounced) {
                if (attempt == 2) {
                    throw bounced;
                }
                System.out.println("sign-in of " + username + " did not reach the workbench in 30 s; trying again");
            }
        }
    }

    /**
     * Milliseconds from navigating to the target's editor (signed in already) until the last of its
     * {@code indicators} rows takes typing: it is clicked open if it shows as a line of text, then its name field is
     * visible and editable and a typed character arrives.
     * The typed character is not saved.
     */
    public static Timing editorInteractive(Page page, String baseUrl, long targetId, int indicators) {
        return editorInteractive(page, baseUrl, targetId, indicators, false);
    }

    /**
     * As {@link #editorInteractive(Page, String, long, int)}, opened {@code fromTheApp}: by a router link in the
     * signed-in page, as 我的目标 opens a target (one Vaadin round trip, the app's scripts already running), rather
     * than by loading the editor's address anew (a bookmark or a refresh: the scripts start again).
     */
    public static Timing editorInteractive(Page page, String baseUrl, long targetId, int indicators, boolean fromTheApp) {
        double[] server = {0};
        java.util.function.Consumer<com.microsoft.playwright.Request> vaadinCalls = r -> {
            if (r.url().contains("v-r=")) { // Vaadin's own round trips: the server builds the view in these
                server[0] += r.timing().responseEnd;
            }
        };
        page.onRequestFinished(vaadinCalls);
        if (fromTheApp) {
            page.evaluate("path => { const a = document.createElement('a'); a.href = path; a.id = 'timing-link';"
                    + " a.setAttribute('router-link', ''); a.textContent = '.'; document.body.appendChild(a); }",
                    "targets/" + targetId + "/edit");
        }
        long t0 = System.nanoTime();
        if (fromTheApp) {
            page.evaluate("() => document.getElementById('timing-link').click()");
        } else {
            page.navigate(baseUrl + "/targets/" + targetId + "/edit");
        }
        String row = "#indicator-" + (indicators - 1);
        // a long target opens with its rows as lines of text (IndicatorLine): the row takes typing once clicked open
        page.locator(row + "-line, " + row + "-name input").first().waitFor(new Locator.WaitForOptions().setTimeout(TIMEOUT_MS));
        if (page.locator(row + "-line").isVisible()) {
            page.locator(row + "-line [data-property=name]").click();
        }
        Locator last = page.locator(row + "-name input");
        last.waitFor(new Locator.WaitForOptions().setTimeout(TIMEOUT_MS));
        if (last.isEditable()) { // a target the user may no longer edit shows its rows read-only: visible is all
            String before = last.inputValue();
            last.press("End");
            last.pressSequentially("x");
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(last).hasValue(before + "x");
        }
        double total = (System.nanoTime() - t0) / 1e6;
        page.offRequestFinished(vaadinCalls);
        return new Timing(total, server[0]);
    }

    /**
     * Total milliseconds to interactive, and how much of it went to Vaadin's requests (request start to response
     * end, summed): the rest is the browser loading, upgrading and laying out the components.
     */
    public record Timing(double totalMs, double serverMs) {
    }

    /**
     * The body of {@code POST /api/targets} for a department target draft with {@code indicators} indicators spread
     * over the five usual 二级 (what a department's 整体支出 target looks like at its largest).
     */
    public static java.util.Map<String, Object> departmentTarget(int year, String unitCode, int indicators) {
        java.util.Map<String, Object> t = new java.util.LinkedHashMap<>();
        t.put("kind", "DEPARTMENT");
        t.put("fiscalYear", year);
        t.put("unitCode", unitCode);
        t.put("name", "压测部门整体支出绩效目标（" + indicators + " 项指标）");
        t.put("fiscalFunds", "1377.88");
        t.put("otherFunds", "0.00");
        t.put("goals", "目标1：安全生产宣传、培训12次；目标2：隐患排查5000次。");
        t.put("tasks", java.util.List.of(java.util.Map.of("name", "安全生产与应急救援",
                "content", "组织开展安全生产类、自然灾害类突发事件应急救援",
                "fiscalAmount", "1377.88", "otherAmount", "0.00")));
        String[][] kinds = {{"产出指标", "数量指标", "≥12次"}, {"产出指标", "质量指标", "≥95%"},
                {"产出指标", "时效指标", "按时完成"}, {"效益指标", "社会效益指标", "有所提升"},
                {"满意度指标", "服务对象满意度指标", "≥90%"}};
        java.util.List<java.util.Map<String, Object>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < indicators; i++) {
            String[] k = kinds[i % kinds.length];
            java.util.Map<String, Object> row = new java.util.LinkedHashMap<>();
            row.put("level1", k[0]);
            row.put("level2", k[1]);
            row.put("name", "压测指标" + (i + 1));
            row.put("description", "压测指标" + (i + 1));
            row.put("valueText", k[2]);
            row.put("weight", "2.50");
            row.put("basis", "根据年初工作计划安排");
            rows.add(row);
        }
        t.put("indicators", rows);
        return t;
    }

    /** Median of the figures, for the printed summary. */
    public static double median(double[] ms) {
        double[] sorted = ms.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
