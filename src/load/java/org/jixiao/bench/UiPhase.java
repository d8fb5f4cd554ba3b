package org.jixiao.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jixiao.e2e.UiTimings;

/**
 * The UI half of issue 12 §3 on the benchmark's own database, where a 40-indicator department target may be made:
 * a unit's staff user drafts one over the API, then a real Chromium (1280×800) times sign-in → workbench and the
 * editor interactive with it ({@link UiTimings}), before the load starts, so the machine is otherwise idle.
 */
final class UiPhase {
    private static final int INDICATORS = 40;
    private static final int RUNS = 5;

    private UiPhase() {
    }

    static String run(String baseUrl, String username, String unitCode, int year) throws Exception {
        long targetId = departmentTarget(baseUrl, username, unitCode, year);
        StringBuilder out = new StringBuilder();
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(System.getenv().getOrDefault("JIXIAO_CHROMIUM", "/usr/bin/chromium")))
                    .setHeadless(true)
                    .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run")));
            try (BrowserContext warm = UiTimings.freshContext(browser)) { // the first page of a fresh app: not counted
                UiTimings.signInToWorkbench(warm.newPage(), baseUrl, username, DeadlineDaySetup.PASSWORD);
            }
            double[] signIn = new double[RUNS];
            double[] editor = new double[RUNS];
            double[] server = new double[RUNS];
            double[] fromApp = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                try (BrowserContext context = UiTimings.freshContext(browser)) {
                    Page page = context.newPage();
                    signIn[i] = UiTimings.signInToWorkbench(page, baseUrl, username, DeadlineDaySetup.PASSWORD);
                    UiTimings.Timing t = UiTimings.editorInteractive(page, baseUrl, targetId, INDICATORS);
                    editor[i] = t.totalMs();
                    server[i] = t.serverMs();
                    // as 我的目标 opens it: from the running app (a router link), after a step back to the workbench
                    page.navigate(baseUrl + "/");
                    page.locator("#workbench-hello").waitFor();
                    fromApp[i] = UiTimings.editorInteractive(page, baseUrl, targetId, INDICATORS, true).totalMs();
                    if (i == RUNS - 1) {
                        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots",
                                "load-editor-40.png")));
                    }
                }
            }
            out.append(String.format(Locale.ROOT, "  UI (Chromium 1280×800, fresh context each run, ms)%n"
                            + "  sign-in → workbench        median %5.0f  runs %s  (goal ≤ 2000)%n"
                            + "  editor interactive, %d ind., opened in the app  median %5.0f  runs %s  (goal ≤ 1500)%n"
                            + "  editor interactive, %d ind., its address loaded median %5.0f  runs %s  (a refresh or"
                            + " bookmark); in Vaadin requests %s%n",
                    UiTimings.median(signIn), Arrays.toString(round(signIn)), INDICATORS, UiTimings.median(fromApp),
                    Arrays.toString(round(fromApp)), INDICATORS, UiTimings.median(editor),
                    Arrays.toString(round(editor)), Arrays.toString(round(server))));
            browser.close();
        }
        return out.toString();
    }

    /** A department target draft with 40 indicators, made over the API as the unit's staff user. */
    private static long departmentTarget(String baseUrl, String username, String unitCode, int year) throws Exception {
        Map<String, Object> t = UiTimings.departmentTarget(year, unitCode, INDICATORS);
        ObjectMapper json = new ObjectMapper();
        String basic = Base64.getEncoder().encodeToString((username + ":" + DeadlineDaySetup.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/targets"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(t)))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("department target: " + response.statusCode() + " " + response.body());
        }
        return json.readTree(response.body()).get("id").asLong();
    }

    private static long[] round(double[] ms) {
        return Arrays.stream(ms).mapToLong(Math::round).toArray();
    }
}
