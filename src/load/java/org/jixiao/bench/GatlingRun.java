package org.jixiao.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Runs {@link DeadlineDaySimulation} with Gatling in this JVM and reads the figures back from the report Gatling
 * writes ({@code js/stats.js}): per request name and for all requests, count, errors (KO), p50/p95/p99 and
 * mean requests per second, exactly as Gatling's own report shows them.
 */
final class GatlingRun {

    /** One line of Gatling's statistics. */
    record Stats(String name, long total, long ko, double p50, double p95, double p99, double perSecond) {
        String line() {
            return String.format(Locale.ROOT, "%-14s %6d requests %4d errors   p50 %5.0f ms  p95 %5.0f ms  p99 %5.0f ms  %7.1f req/s",
                    name, total, ko, p50, p95, p99, perSecond);
        }
    }

    /** All requests first, then each request name; the wall seconds of the run. */
    record Result(List<Stats> stats, double wallSeconds, Path report) {
        Stats all() {
            return stats.get(0);
        }
    }

    static Result run(DeadlineDaySimulation.Plan plan, Path resultsFolder, String description) throws Exception {
        System.setProperty("gatling.data.enableAnalytics", "false");
        Files.createDirectories(resultsFolder);
        DeadlineDaySimulation.plan = plan;
        long t0 = System.nanoTime();
        int status = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] {
                "--simulation", DeadlineDaySimulation.class.getName(),
                "--results-folder", resultsFolder.toAbsolutePath().toString(),
                "--run-description", description});
        double wall = (System.nanoTime() - t0) / 1e9;
        System.out.printf("[load] root log level at the end of the %s: %s%n", description, LogLevels.describe());
        LogLevels.restore();
        if (status != 0) {
            throw new IllegalStateException("Gatling ended with status " + status);
        }
        Path report = newest(resultsFolder);
        return new Result(read(report.resolve("js").resolve("stats.js")), wall, report);
    }

    private static Path newest(Path folder) throws Exception {
        try (Stream<Path> runs = Files.list(folder)) {
            return runs.filter(Files::isDirectory)
                    .max(Comparator.comparing(p -> p.toFile().lastModified())).orElseThrow();
        }
    }

    /** The report's {@code var stats = {…}} (a JavaScript object literal, keys partly unquoted), then its code. */
    static List<Stats> read(Path statsJs) throws Exception {
        String text = Files.readString(statsJs);
        ObjectMapper mapper = new ObjectMapper();
        JsonNode root;
        try (JsonParser parser = mapper.getFactory().enable(JsonParser.Feature.ALLOW_UNQUOTED_FIELD_NAMES)
                .createParser(text.substring(text.indexOf('{')))) {
            root = mapper.readTree(parser); // the first value only: the report's code follows it
        }
        List<Stats> result = new ArrayList<>();
        result.add(stats("all", root.get("stats")));
        JsonNode contents = root.get("contents");
        if (contents != null) {
            contents.forEach(c -> result.add(stats(c.get("name").asText(), c.get("stats"))));
        }
        return result;
    }

    private static Stats stats(String name, JsonNode s) {
        return new Stats(name, number(s.get("numberOfRequests"), "total"), number(s.get("numberOfRequests"), "ko"),
                value(s.get("percentiles1")), value(s.get("percentiles3")), value(s.get("percentiles4")),
                value(s.get("meanNumberOfRequestsPerSecond")));
    }

    private static long number(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null ? 0 : v.asLong(); // "80": numbers are strings there
    }

    private static double value(JsonNode node) {
        JsonNode v = node == null ? null : node.get("total");
        return v == null || "-".equals(v.asText()) ? Double.NaN : Double.parseDouble(v.asText());
    }
}
