package org.jixiao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.jixiao.JixiaoApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 12 §3, deadline day: {@code load.users} (200) staff users with personal access tokens each open their
 * monitoring report, save it twice and submit it, all at once, driven by Gatling over HTTP against the whole
 * application on MariaDB; then, in the same JVM and database, bare Camunda completing as many one-task instances on
 * as many threads. Prints throughput, p50/p95/p99 and errors of both. Goals (2 cores): p95 ≤ 300 ms, 0 errors,
 * reports/s ≥ 0.5 × baseline instances/s. Nothing is asserted on speed.
 *
 * <p>Only compiled with {@code -Pload} (Gatling stays off the ordinary test classpath):
 * {@code ./mvnw -Pload test [-Dload.users=200 -Dload.reports=3 -Dload.pause-ms=0 -Dload.pause-max-ms=0 -Dload.ramp-s=0]}
 * (docs/benchmarks.md).
 */
class DeadlineDayBenchmark {
    private static final int YEAR = 2040;

    private final int users = Integer.getInteger("load.users", 200);
    private final int reports = Integer.getInteger("load.reports", 3);
    private final Duration pause = Duration.ofMillis(Long.getLong("load.pause-ms", 0));
    /** Think time is uniform between pause-ms and pause-max-ms (the same by default: a fixed pause). */
    private final Duration pauseMax = Duration.ofMillis(Math.max(pause.toMillis(), Long.getLong("load.pause-max-ms", 0)));
    /** 0: all users start at once (the stress case); else they arrive evenly over this many seconds. */
    private final Duration ramp = Duration.ofSeconds(Long.getLong("load.ramp-s", 0));
    private final String database = System.getProperty("load.db-name", "jixiao_load");
    private final String server = System.getProperty("bench.mysql.server", "jdbc:mysql://127.0.0.1:3306/");
    private final String dbUser = System.getProperty("bench.mysql.user", "root");
    private final String dbPassword = System.getProperty("bench.mysql.password", "");

    @Test
    void deadlineDay() throws Exception {
        log("%d users × %d reports (+1 warm-up each), pause %d ms, %d cores, max heap %d MB, load %s", users, reports,
                pause.toMillis(), Runtime.getRuntime().availableProcessors(), HeapSampler.maxHeapMb(), RoundScaleRun.load());
        recreateDatabase();
        try (ConfigurableApplicationContext app = start()) {
            String baseUrl = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            LogLevels.hold();
            long t0 = System.nanoTime();
            List<DeadlineDaySetup.LoadUser> loadUsers = new DeadlineDaySetup(app, baseUrl).prepare(users, reports + 1, YEAR);
            log("seeded %d units and users, %d reports in an open round, %d tokens in %.1f s", users,
                    users * (reports + 1), loadUsers.size(), (System.nanoTime() - t0) / 1e9);
            new BaselineProcess(app.getBean(RepositoryService.class), app.getBean(RuntimeService.class),
                    app.getBean(TransactionTemplate.class), app.getBean(ProcessEngineConfigurationImpl.class)).deploy();
            ConcurrentBaseline baseline = new ConcurrentBaseline(app.getBean(RuntimeService.class), app.getBean(TaskService.class));
            Long unit = app.getBean(JdbcTemplate.class).queryForObject(
                    "SELECT MIN(org_id) FROM app_user WHERE username LIKE 'load%'", Long.class);
            Path results = Path.of("target", "gatling");
            String ui = "";
            if (Boolean.parseBoolean(System.getProperty("load.ui", "true"))) {
                String first = loadUsers.get(0).username();
                String unitCode = app.getBean(JdbcTemplate.class).queryForObject("SELECT o.code FROM org_node o"
                        + " JOIN app_user u ON u.org_id = o.id WHERE u.username = ?", String.class, first);
                ui = UiPhase.run(baseUrl, first, unitCode, YEAR);
                log("%n%s", ui);
            }

            GatlingRun.Result warm = GatlingRun.run(plan(baseUrl, loadUsers, 0, 1), results, "warm-up");
            ConcurrentBaseline.Result warmBase = baseline.run(users, 1, unit);
            log("warm-up: %s; baseline %d instances, %d errors", warm.all().line(), warmBase.completed(), warmBase.errors());

            String loadBefore = RoundScaleRun.load();
            LoadProfiler profiler = Boolean.getBoolean("load.profile") ? new LoadProfiler() : null;
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            boolean statements = Boolean.getBoolean("load.statements");
            if (statements) {
                StatementLog.start(jdbc);
            }
            RunCosts journeyCosts = RunCosts.start(jdbc);
            GatlingRun.Result ours = GatlingRun.run(plan(baseUrl, loadUsers, 1, reports + 1), results, "deadline day");
            String perJourney = journeyCosts.per(users * reports, "journey");
            if (statements) {
                log("%s", StatementLog.stop(jdbc, users * reports, 60));
            }
            if (profiler != null) {
                profiler.close();
                log("where the request threads were: %s", profiler.top(30));
            }
            int submitted = app.getBean(JdbcTemplate.class).queryForObject(
                    "SELECT COUNT(*) FROM monitoring_report WHERE status <> 'DRAFT' AND unit_id IN"
                    + " (SELECT org_id FROM app_user WHERE username LIKE 'load%')", Integer.class);
            RunCosts baseCosts = RunCosts.start(jdbc);
            ConcurrentBaseline.Result base = baseline.run(users, reports, unit);
            String perInstance = baseCosts.per(Math.max(1, base.completed()), "baseline instance");
            print(ours, base, submitted, loadBefore, "  costs          " + perJourney + "\n                 "
                    + perInstance + "\n" + ui);
        }
    }

    private DeadlineDaySimulation.Plan plan(String baseUrl, List<DeadlineDaySetup.LoadUser> loadUsers, int from, int to) {
        List<Map<String, Object>> records = new ArrayList<>();
        for (DeadlineDaySetup.LoadUser u : loadUsers) {
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("token", u.token());
            record.put("reports", u.reports().subList(from, to));
            records.add(record);
        }
        return new DeadlineDaySimulation.Plan(baseUrl, records, pause, pauseMax, ramp);
    }

    private void print(GatlingRun.Result ours, ConcurrentBaseline.Result base, int submitted, String loadBefore,
                       String ui) throws Exception {
        int journeys = users * reports;
        // a journey ends with its submit: reports/s over the requests' own span, from Gatling's request rate
        double reportsPerSecond = ours.all().perSecond() / 4;
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Deadline day, %s, %d cores, MariaDB, %d users × %d reports, pause %d–%d ms,"
                        + " %s%n", Instant.now().truncatedTo(ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors(),
                users, reports, pause.toMillis(), pauseMax.toMillis(),
                ramp.isZero() ? "all starting at once" : "arriving over " + ramp.toSeconds() + " s"));
        ours.stats().forEach(s -> out.append("  ").append(s.line()).append('\n'));
        out.append(String.format(Locale.ROOT, "  journeys       %6d (open, save, save, submit); %d reports handed in in all"
                + " (incl. warm-up); Gatling run %.1f s wall%n", journeys, submitted, ours.wallSeconds()));
        out.append(String.format(Locale.ROOT, "  throughput     %7.1f reports/s (%.1f requests/s)%n", reportsPerSecond,
                ours.all().perSecond()));
        out.append(String.format(Locale.ROOT, "  baseline       %6d one-task instances started and completed on %d threads in"
                        + " %.1f s: %.1f instances/s, p50 %.0f ms p95 %.0f ms p99 %.0f ms, %d errors%n",
                base.completed(), users, base.seconds(), base.perSecond(), base.p50(), base.p95(), base.p99(), base.errors()));
        double ratio = reportsPerSecond / base.perSecond();
        out.append(String.format(Locale.ROOT, "  ratio          %.2f (reports/s ÷ baseline instances/s)%s; load %s → %s%n",
                ratio, pause.isZero() && ramp.isZero() ? "" : " — a paced run: throughput follows the arrivals here,"
                        + " it is no capacity figure", loadBefore, RoundScaleRun.load()));
        out.append(String.format(Locale.ROOT, "  goals          p95 %.0f ms ≤ 300: %s; errors %d = 0: %s; ratio %.2f ≥ 0.5: %s%n",
                ours.all().p95(), ours.all().p95() <= 300 ? "met" : "NOT met", ours.all().ko(),
                ours.all().ko() == 0 ? "met" : "NOT met", ratio, ratio >= 0.5 ? "met" : "NOT met"));
        out.append("  Gatling report: ").append(ours.report().toAbsolutePath()).append('\n');
        out.append(ui);
        System.out.println("\n" + out);
        Path file = Path.of("target", "bench", "deadline-day-" + System.currentTimeMillis() + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString());
    }

    private void recreateDatabase() throws Exception {
        try (Connection c = DriverManager.getConnection(server + "?useSSL=false&allowPublicKeyRetrieval=true", dbUser, dbPassword);
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + database + "`");
            s.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        }
    }

    private ConfigurableApplicationContext start() {
        List<String> args = new ArrayList<>(List.of(
                "--spring.profiles.active=mysql,demo",
                "--spring.datasource.url=" + server.replaceFirst("/$", "") + "/" + database + "?sendFractionalSeconds=false"
                        + "&nullDatabaseMeansCurrent=true&useSSL=false&allowPublicKeyRetrieval=true&characterEncoding=UTF-8",
                "--spring.datasource.username=" + dbUser,
                "--spring.datasource.password=" + dbPassword,
                "--spring.main.banner-mode=off",
                "--server.port=0",
                "--vaadin.devmode.devTools.enabled=false",
                "--logging.level.root=WARN"));
        String extra = System.getProperty("load.args", "");
        if (!extra.isBlank()) {
            args.addAll(List.of(extra.trim().split("\\s+")));
        }
        return new SpringApplicationBuilder(JixiaoApplication.class).web(WebApplicationType.SERVLET)
                .run(args.toArray(String[]::new));
    }

    private static void log(String format, Object... args) {
        System.out.printf("[load] " + format + "%n", args);
        System.out.flush();
    }
}
