package org.jixiao.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real headless Chromium at 1280×800 against the running app, for the journey tests: login as a demo user,
 * type into Vaadin fields, read notifications, screenshots in {@code target/screenshots/} (and of every open page
 * on a failure). Chromium: {@code JIXIAO_CHROMIUM} when set, else Debian's headless shell
 * ({@code /usr/bin/chromium-headless-shell}) when installed, else {@code /usr/bin/chromium}. The shell is the same
 * Blink without the browser around it, as Playwright itself runs headless: the suite's screens take about 40 % less
 * time in it on two cores.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {
    static final Path SHOTS = Paths.get("target", "screenshots");
    private static final String HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";

    @LocalServerPort
    int port;

    private Playwright playwright;
    private Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();
    /** What each page did (navigations, loads, failed requests, console errors), printed when a test fails. */
    private final List<String> pageEvents = java.util.Collections.synchronizedList(new ArrayList<>());

    /** On a failure, a screenshot of every open page (FAILED-*.png), taken before the pages close. */
    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = context -> {
        if (context.getExecutionException().isPresent()) {
            int n = 0;
            for (BrowserContext browserContext : contexts) {
                for (Page page : browserContext.pages()) {
                    page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(
                            SHOTS.resolve("FAILED-" + context.getRequiredTestMethod().getName() + "-" + n++ + ".png")));
                }
            }
            System.out.println("Browser events of the failed test:");
            pageEvents.forEach(e -> System.out.println("  " + e));
        }
    };

    @BeforeAll
    void launch() throws Exception {
        Files.createDirectories(SHOTS);
        // Generous: the suite shares a 2-core machine with the app server and the browser.
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        String chromium = System.getenv().getOrDefault("JIXIAO_CHROMIUM",
                Files.isExecutable(Paths.get(HEADLESS_SHELL)) ? HEADLESS_SHELL : "/usr/bin/chromium");
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(chromium))
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** The first page of a fresh dev-mode app can be slow on a busy machine; pay for it once, here. */
    @BeforeAll
    void warmUp() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(url("login"), new Page.NavigateOptions().setTimeout(120_000));
            page.locator("input[name=username]").waitFor(new Locator.WaitForOptions().setTimeout(120_000));
        }
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
        pageEvents.clear();
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** Types into a Vaadin field (its native input or textarea) and leaves it, so the value reaches the server. */
    static void fill(Page page, String id, String value) {
        Locator input = page.locator(id + " input, " + id + " textarea").first();
        input.fill(value);
        input.press("Tab");
    }

    /** Answers 确定 in the confirmation an irreversible action asks first (org.jixiao.ui.ConfirmAction). */
    static void confirm(Page page) {
        page.locator("vaadin-button[slot=confirm-button]:visible").click();
    }

    /**
     * The notification that says {@code text}. Found by its text, not by place: a top-positioned card is inserted
     * before the ones still showing, so with two on screen (an action's notice lasts 4 s, and the next action can
     * come sooner) the last card is the older one.
     */
    static Locator notice(Page page, String text) {
        return page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText(text)).first();
    }

    /** A page in a fresh browser context, not signed in (closed after the test like the others). */
    Page newPage(String who) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800)
                .setLocale("zh-CN").setAcceptDownloads(true));
        context.setDefaultTimeout(30_000);
        contexts.add(context);
        Page page = context.newPage();
        recordEvents(page, who);
        return page;
    }

    Page login(String username) {
        return login(username, "demo");
    }

    /**
     * Signs in with the user's own password (accounts an admin made); the shell must come up. The form is posted
     * from the browser context's own HTTP client, with the CSRF token of the login page's HTML, and the page then
     * opens the app signed in: the login screen's Vaadin client is not loaded for every sign-in of the suite
     * (SignInE2ETest and UiTimingsE2ETest sign in through the screen itself). Falls back to typing into the form
     * if the page carries no token.
     */
    Page login(String username, String password) {
        Page page = newPage(username);
        APIRequestContext http = page.context().request();
        Matcher token = CSRF.matcher(http.get(url("login")).text());
        if (token.find()) {
            APIResponse posted = http.post(url("login"), RequestOptions.create().setMaxRedirects(0)
                    .setForm(FormData.create().set("username", username).set("password", password)
                            .set("_csrf", token.group(1))));
            String to = posted.headers().getOrDefault("location", "");
            if (posted.status() == 302 && !to.contains("error") && !to.contains("locked")) {
                page.navigate(url(""));
                assertThat(page.locator("vaadin-app-layout")).isVisible(
                        new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(45_000));
                return page;
            }
            throw new AssertionError("sign-in of " + username + " refused: " + posted.status() + " → " + to);
        }
        return loginThroughForm(page, username, password);
    }

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private Page loginThroughForm(Page page, String username, String password) {
        // On a busy machine the login form can still be upgrading when typed into, which clears the fields;
        // so wait for the components, check what was typed, and try once more if the shell does not come.
        for (int attempt = 1; ; attempt++) {
            page.navigate(url("login"));
            page.waitForFunction("() => !!customElements.get('vaadin-login-form') && !!customElements.get('vaadin-text-field')");
            page.locator("input[name=username]").fill(username);
            page.locator("input[name=password]").fill(password);
            assertThat(page.locator("input[name=username]")).hasValue(username);
            page.locator("input[name=password]").press("Enter");
            try {
                assertThat(page.locator("vaadin-app-layout")).isVisible(
                        new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(45_000));
                return page;
            } catch (AssertionError notYet) {
                if (attempt == 2) {
                    throw notYet;
                }
            }
        }
    }

    private void recordEvents(Page page, String who) {
        page.onFrameNavigated(frame -> {
            if (frame.parentFrame() == null) {
                pageEvents.add(java.time.LocalTime.now() + " " + who + " navigated " + frame.url());
            }
        });
        page.onLoad(p -> pageEvents.add(java.time.LocalTime.now() + " " + who + " load " + p.url()));
        page.onRequestFailed(r -> pageEvents.add(java.time.LocalTime.now() + " " + who + " request failed "
                + r.method() + " " + r.url() + ": " + r.failure()));
        page.onResponse(r -> {
            if (r.status() >= 400) {
                pageEvents.add(java.time.LocalTime.now() + " " + who + " HTTP " + r.status() + " " + r.request().method()
                        + " " + r.url());
            }
        });
        page.onConsoleMessage(m -> {
            if (!"debug".equals(m.type()) && !"log".equals(m.type())) {
                pageEvents.add(java.time.LocalTime.now() + " " + who + " console " + m.type() + ": " + m.text());
            }
        });
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /**
     * Once the Vaadin client has no request in flight and the browser has painted twice, rather than a fixed pause
     * (122 screenshots × 300 ms was a minute of every CI run on each database).
     */
    static void shot(Page page, String name) {
        page.waitForFunction("() => { const c = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
                + " return !c || Object.values(c).every(x => !x.isActive || !x.isActive()); }");
        page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")));
    }
}
