package org.jixiao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * 待办 at a bureau's volume (issue 12 §2): finance with N reports waiting at its step, a unit's staff with 500
 * reports to fill, batch approval of 200; the pre-paging inbox query is timed in the same run as the baseline.
 * Not part of {@code mvn verify}; run it by name:
 * {@code mvn -o -Pbench test -Dbench.test=InboxBenchmark -Dbench.db=mysql -Dbench.sizes=10000}.
 */
@EnabledIfSystemProperty(named = "bench.sizes", matches = ".+")
class InboxBenchmark {

    @Test
    void inboxAtVolume() throws Exception {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        RoundScaleRun.log("inbox benchmark: db %s, sizes %s, %d cores, load %s", settings.db(), settings.sizes(),
                Runtime.getRuntime().availableProcessors(), RoundScaleRun.load());
        StringBuilder report = new StringBuilder("Inbox benchmark, " + Instant.now().truncatedTo(ChronoUnit.SECONDS)
                + ", " + Runtime.getRuntime().availableProcessors() + " cores\n\n");
        for (int size : settings.sizes()) {
            report.append(new InboxRun(settings, size).run()).append('\n');
        }
        RoundScaleRun.log("%n%s", report);
        Path out = Path.of("target", "bench", "inbox-" + settings.db() + "-" + System.currentTimeMillis() + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        RoundScaleRun.log("written to %s", out);
    }
}
