package org.jixiao.cluster;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load of the cluster scenarios (b) and (c), run by {@code docker/cluster/run.sh} as a single source file
 * ({@code java ClusterLoad.java base user password roundId clients seconds ackedFile}; JDK only, not a test).
 * Each client takes DRAFT reports of the round, reads one, saves its figures (PUT) and submits it (POST), every
 * request with its own {@code Idempotency-Key}. Any failure without an answer from the application (connection
 * refused or reset, 502/503/504 from HAProxy, 500, 409 "in progress") is retried with the same key and body until
 * it gets one. A submission answered 200 is appended to the acked file, a save answered 200 (id, version) to the
 * saved file next to it; the script then checks both in the database.
 */
public final class ClusterLoad {
    private static final Pattern ITEM = Pattern.compile("\\{\"id\":(\\d+),[^{}]*?\"status\":\"(\\w+)\"");
    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");
    private static final Pattern STATUS = Pattern.compile("\"status\":\"(\\w+)\"");
    private static final Pattern INDICATOR = Pattern.compile("\"indicatorId\":(\\d+),.*?\"targetValue\":([-0-9.]+)");
    private static final Duration GIVE_UP = Duration.ofSeconds(180);

    private final String base;
    private final String auth;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Queue<Long> drafts = new ConcurrentLinkedQueue<>();
    private final PrintWriter acked;
    private final PrintWriter saved;
    private final LongAdder requests = new LongAdder();
    private final LongAdder submitted = new LongAdder();
    private final LongAdder alreadyDone = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final Map<String, LongAdder> retries = new ConcurrentHashMap<>();
    private final List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong windowOk = new AtomicLong();
    private final AtomicLong windowRetries = new AtomicLong();
    private final long started = System.nanoTime();

    private ClusterLoad(String base, String user, String password, Path ackedFile) throws IOException {
        this.base = base;
        this.auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.acked = new PrintWriter(Files.newBufferedWriter(ackedFile, StandardCharsets.UTF_8), true);
        Path savedFile = ackedFile.resolveSibling(ackedFile.getFileName().toString().replace(".acked", ".saved"));
        this.saved = new PrintWriter(Files.newBufferedWriter(savedFile, StandardCharsets.UTF_8), true);
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 7) {
            System.err.println("usage: ClusterLoad base user password roundId clients seconds ackedFile");
            System.exit(2);
        }
        ClusterLoad load = new ClusterLoad(args[0], args[1], args[2], Path.of(args[6]));
        load.run(Long.parseLong(args[3]), Integer.parseInt(args[4]), Integer.parseInt(args[5]));
    }

    private void run(long round, int clients, int seconds) throws Exception {
        Answer list = call("GET", "/api/monitoring-reports?roundId=" + round, null, null);
        Matcher m = ITEM.matcher(list.body());
        while (m.find()) {
            if ("DRAFT".equals(m.group(2))) {
                drafts.add(Long.parseLong(m.group(1)));
            }
        }
        System.out.printf("round %d: %d DRAFT reports; %d clients for %d s%n", round, drafts.size(), clients, seconds);
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Thread t = new Thread(() -> work(deadline), "client-" + i);
            t.start();
            threads.add(t);
        }
        Thread ticker = new Thread(() -> tick(deadline), "ticker");
        ticker.setDaemon(true);
        ticker.start();
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("elapsed %.1f s; HTTP requests %d (%.1f/s); submissions answered 200: %d (%.1f/s)%n",
                elapsed, requests.sum(), requests.sum() / elapsed, submitted.sum(), submitted.sum() / elapsed);
        System.out.printf("latency of answered requests ms: p50 %d, p95 %d, p99 %d, max %d%n", pct(sorted, 50),
                pct(sorted, 95), pct(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1]);
        System.out.printf("retried with the same key: %s%n", retries.isEmpty() ? "none" : retries);
        System.out.printf("submit answered 409 on a retry, report found submitted: %d; reports given up: %d%n",
                alreadyDone.sum(), failed.sum());
        acked.close();
        saved.close();
    }

    private void tick(long deadline) {
        int second = 0;
        while (true) {
            sleep(5000);
            second += 5;
            System.out.printf("t=%3ds submitted +%d, retries +%d%n", second, windowOk.getAndSet(0),
                    windowRetries.getAndSet(0));
        }
    }

    private void work(long deadline) {
        Long id;
        while (System.nanoTime() < deadline && (id = drafts.poll()) != null) {
            try {
                report(id);
            } catch (RuntimeException e) {
                failed.increment();
                System.out.println("gave up on report " + id + ": " + e.getMessage());
            }
        }
    }

    /** Save and submit one report; a stale version (the first save did commit) is read again and saved anew. */
    private void report(long id) {
        for (int attempt = 1; attempt <= 5; attempt++) {
            Answer read = call("GET", "/api/monitoring-reports/" + id, null, null);
            expect(read, 200, "read " + id);
            if (!"DRAFT".equals(first(STATUS, read.body())) && !"RETURNED".equals(first(STATUS, read.body()))) {
                alreadyDone.increment(); // an earlier attempt's submit committed although its answer was lost
                return;
            }
            Answer saved = call("PUT", "/api/monitoring-reports/" + id, figures(read.body()), key());
            if (saved.status() == 409) {
                continue;
            }
            expect(saved, 200, "save " + id);
            if (first(VERSION, saved.body()) == null) { // must never happen: docs/cluster.md, scenario (c)
                unexpected("save " + id + " answered 200 without a report", saved);
            }
            this.saved.println(id + "," + first(VERSION, saved.body()));
            Answer submit = call("POST", "/api/monitoring-reports/" + id + "/submit",
                    "{\"version\":" + first(VERSION, saved.body()) + "}", key());
            if (submit.status() == 200) {
                acked.println(id);
                submitted.increment();
                windowOk.incrementAndGet();
                return;
            }
            if (submit.status() != 409) {
                expect(submit, 200, "submit " + id);
            }
        }
        throw new IllegalStateException("report " + id + ": still conflicting after 5 attempts");
    }

    /** Every indicator already on its target value (a blue light: ahead of plan, so with reason and measures). */
    private static String figures(String report) {
        StringBuilder rows = new StringBuilder();
        Matcher m = INDICATOR.matcher(report);
        while (m.find()) {
            rows.append(rows.isEmpty() ? "" : ",").append("{\"indicatorId\":").append(m.group(1))
                    .append(",\"valueToDate\":").append(m.group(2)).append(",\"expectedYearEnd\":").append(m.group(2))
                    .append(",\"likelihood\":\"CERTAIN\",\"deviationReasons\":[\"OTHER\"],\"remark\":\"全年目标已提前完成\",")
                    .append("\"measures\":\"保持进度\"}");
        }
        return "{\"version\":" + first(VERSION, report) + ",\"executedFunds\":\"8.00\",\"expectedCarryOver\":\"0\","
                + "\"indicators\":[" + rows + "]}";
    }

    /** One answer; {@code headers} and {@code key} only for the log of an unexpected 2xx. */
    record Answer(int status, String body, boolean replayed, String headers, String key) {
    }

    /** One request, retried with the same key until the application answers (or GIVE_UP passes). */
    private Answer call(String method, String path, String body, String key) {
        long giveUp = System.nanoTime() + GIVE_UP.toNanos();
        long pause = 200;
        while (true) {
            String why;
            long t0 = System.nanoTime();
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(60)).header("Authorization", auth)
                        .header("Content-Type", "application/json")
                        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body));
                if (key != null) {
                    request.header("Idempotency-Key", key);
                }
                requests.increment();
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                boolean inProgress = status == 409 && response.body().contains("idempotency-in-progress");
                if (status < 500 && !inProgress) {
                    latencies.add((System.nanoTime() - t0) / 1_000_000);
                    Answer answer = new Answer(status, response.body(),
                            response.headers().firstValue("Idempotent-Replayed").isPresent(),
                            response.headers().map().toString(), key);
                    String type = response.headers().firstValue("Content-Type").orElse("");
                    boolean json = answer.body().startsWith("{") || answer.body().startsWith("[");
                    if (status / 100 == 2 && (!type.startsWith("application/json") || !json)) {
                        unexpected(method + " " + path + " answered " + status + " with a body that is not JSON",
                                answer);
                    }
                    return answer;
                }
                why = inProgress ? "409-in-progress" : String.valueOf(status);
            } catch (IOException e) {
                why = e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            retries.computeIfAbsent(method + " " + why, k -> new LongAdder()).increment();
            windowRetries.incrementAndGet();
            if (System.nanoTime() > giveUp) {
                throw new IllegalStateException(method + " " + path + ": no answer after " + GIVE_UP + " (" + why + ")");
            }
            sleep(pause);
            pause = Math.min(2000, pause * 2);
        }
    }

    /** Logs a 2xx that is not the answer the API documents: status, headers, key and the start of the body. */
    private static void unexpected(String what, Answer a) {
        System.out.println("UNEXPECTED " + what + " at t=" + java.time.LocalTime.now() + " key " + a.key()
                + " (replayed: " + a.replayed() + ") headers " + a.headers() + " body: "
                + a.body().substring(0, Math.min(600, a.body().length())).replace('\n', ' '));
    }

    private static void expect(Answer a, int status, String what) {
        if (a.status() != status) {
            throw new IllegalStateException(what + ": HTTP " + a.status() + " " + a.body());
        }
    }

    private static String first(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private static long pct(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, sorted.length * p / 100)];
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
