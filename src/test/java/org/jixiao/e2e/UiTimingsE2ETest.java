package org.jixiao.e2e;

import com.microsoft.playwright.Page;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Issue 12 §3 UI timings, printed, not asserted (they depend on the machine): sign-in to a visible workbench for
 * each demo role in a fresh browser context, three times for staff and once for the others (goal ≤ 2 s); and, after each of staff's sign-ins, the
 * editor of a 40-indicator department target until its last row takes typing (goal ≤ 1.5 s). The target is a draft
 * of fiscal year 2098 (drafts only there; a draft is in no round). DeadlineDayBenchmark times the same on its own
 * database, between the warm-up and the load.
 */
// Figures, not checks: printed once, from the H2 run (the screens it opens are exercised on MySQL by the journey
// tests, and DeadlineDayBenchmark times them on MariaDB); on MySQL it would add a minute of CI and nothing checked.
@IntegrationTest
@DisabledIfSystemProperty(named = "jixiao.test.db", matches = "mysql", disabledReason = "timings are printed from the H2 run")
class UiTimingsE2ETest extends BrowserTest {
    private static final int RUNS = 3;
    private static final int INDICATORS = 40;

    @Autowired
    TestRestTemplate rest;

    @Test
    void signInToWorkbenchAndEditorTimings() {
        long target = Api.as(rest, "staff").post("/api/targets", UiTimings.departmentTarget(2098, "450001", INDICATORS))
                .expect(201).id();
        StringBuilder out = new StringBuilder("\nUI timings (Chromium 1280×800, H2 test app, ms)\n");
        double[] editor = new double[RUNS];
        double[] editorServer = new double[RUNS];
        double[] fromApp = new double[RUNS];
        for (String user : List.of("staff", "leader", "dept", "finance", "admin")) {
            // three runs for staff (with the editor), one for each other role: the suite's CI time is budgeted, and the
            // repeated figures are the deadline-day benchmark's (-Dload.ui=true)
            int runs = user.equals("staff") ? RUNS : 1;
            double[] ms = new double[runs];
            for (int i = 0; i < runs; i++) {
                Page page = newPage(user); // a fresh context each time: nothing cached, as a user opening the app anew
                ms[i] = UiTimings.signInToWorkbench(page, base(), user, "demo");
                if (i == 0) {
                    shot(page, "timing-workbench-" + user);
                }
                if (user.equals("staff")) {
                    UiTimings.Timing t = UiTimings.editorInteractive(page, base(), target, INDICATORS);
                    editor[i] = t.totalMs();
                    editorServer[i] = t.serverMs();
                    // and as 我的目标 opens it: from the running app, after a step back to the workbench
                    page.navigate(base() + "/");
                    page.locator("#workbench-hello").waitFor();
                    fromApp[i] = UiTimings.editorInteractive(page, base(), target, INDICATORS, true).totalMs();
                    if (i == RUNS - 1) {
                        shot(page, "timing-editor-40");
                    }
                }
                page.context().close();
            }
            out.append(String.format(Locale.ROOT, "  sign-in → workbench  %-8s median %5.0f  runs %s%n", user,
                    UiTimings.median(ms), Arrays.toString(round(ms))));
        }
        out.append(String.format(Locale.ROOT, "  editor interactive, %d indicators, its address loaded: median %5.0f  runs %s"
                        + "  in Vaadin requests %s%n", INDICATORS, UiTimings.median(editor), Arrays.toString(round(editor)),
                Arrays.toString(round(editorServer))));
        out.append(String.format(Locale.ROOT, "  editor interactive, %d indicators, opened in the app: median %5.0f  runs %s%n",
                INDICATORS, UiTimings.median(fromApp), Arrays.toString(round(fromApp))));
        System.out.println(out);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static long[] round(double[] ms) {
        return Arrays.stream(ms).mapToLong(Math::round).toArray();
    }
}
