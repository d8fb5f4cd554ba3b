package org.jixiao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Scale benchmark of monitoring rounds (issue 3). Not part of {@code mvn verify}: surefire excludes
 * {@code *Benchmark}; run it with {@code mvn -o -Pbench test -Dbench.db=h2|mysql -Dbench.sizes=1000,10000}.
 * Each size gets a fresh database and a fresh application; the table goes to stdout and target/bench/.
 * Skipped unless {@code bench.sizes} is set (the profile sets it), so {@code -Dtest=Monitoring*} never runs it.
 */
@EnabledIfSystemProperty(named = "bench.sizes", matches = ".+")
class MonitoringRoundBenchmark {

    @Test
    void roundsAtScale() throws Exception {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        RoundScaleRun.log("db %s, sizes %s, %d cores, max heap %d MB, load %s", settings.db(), settings.sizes(),
                Runtime.getRuntime().availableProcessors(), HeapSampler.maxHeapMb(), RoundScaleRun.load());
        List<BenchResult> results = new ArrayList<>();
        for (int size : settings.sizes()) {
            results.add(new RoundScaleRun(settings, size).run());
            RoundScaleRun.log("%n%s", BenchResult.table(results));
        }
        String report = "Monitoring round benchmark, " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, -Xmx " + HeapSampler.maxHeapMb() + " MB, args "
                + String.join(" ", settings.extraArgs()) + "\n\n" + BenchResult.table(results);
        Path out = Path.of("target", "bench", "bench-" + settings.db() + "-" + System.currentTimeMillis() + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        RoundScaleRun.log("written to %s", out);
    }
}
