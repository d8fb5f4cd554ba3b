package org.jixiao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.jixiao.JixiaoApplication;
import org.jixiao.approval.ReviewService;
import org.jixiao.approval.ReviewSubjects;
import org.jixiao.monitoring.MonitoringRoundService;
import org.jixiao.monitoring.MonitoringRoundStatus;
import org.jixiao.monitoring.MonitoringRoundSummary;
import org.jixiao.org.CandidateGroups;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgDirectory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One size on one fresh database: start the application, seed N approved targets, open a round and wait
 * until it is OPEN and every report's task exists, time the inbox query, then the bare-Camunda baseline.
 */
final class RoundScaleRun {
    /** The per-report process; until it is deployed only report creation can be measured. */
    static final String REPORT_PROCESS = "MonitoringReportProcess";
    private static final int YEAR = 2030;
    private static final int INBOX_RUNS = 7;

    private final BenchSettings settings;
    private final int size;
    private ConfigurableApplicationContext context;
    private BenchDatabase database;

    RoundScaleRun(BenchSettings settings, int size) {
        this.settings = settings;
        this.size = size;
    }

    BenchResult run() throws Exception {
        try (BenchDatabase db = BenchDatabase.fresh(settings, size)) {
            database = db;
            log("%s (%s), N = %d", db.describe(), db.serverVersion(), size);
            String loadBefore = load();
            try (ConfigurableApplicationContext ctx = start(db)) {
                context = ctx;
                return measure(loadBefore);
            }
        }
    }

    private ConfigurableApplicationContext start(BenchDatabase db) {
        List<String> args = new ArrayList<>(db.springArgs());
        args.add("--spring.main.banner-mode=off");
        args.add("--server.port=0");
        args.add("--vaadin.devmode.devTools.enabled=false");
        args.add("--logging.level.root=WARN");
        args.add("--logging.level.org.jixiao.monitoring=INFO");
        args.addAll(Arrays.asList(settings.extraArgs()));
        long t0 = System.nanoTime();
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(JixiaoApplication.class)
                .web(WebApplicationType.SERVLET) // security and Vaadin need the servlet context
                .run(args.toArray(String[]::new));
        log("application started in %.1f s with %s", seconds(t0), String.join(" ", settings.extraArgs()));
        return ctx;
    }

    private BenchResult measure(String loadBefore) throws Exception {
        Environment env = context.getEnvironment();
        int chunkSize = env.getProperty("jixiao.rounds.chunk-size", Integer.class, env.getProperty("jixiao.monitoring.chunk-size", Integer.class, 500));
        int workerThreads = env.getProperty("jixiao.rounds.threads", Integer.class, env.getProperty("jixiao.monitoring.threads", Integer.class, 2));
        int baselineThreads = settings.baselineThreads() > 0 ? settings.baselineThreads() : workerThreads;
        log("chunk size %d, worker threads %d, baseline threads %d, history level %s, max heap %d MB",
                chunkSize, workerThreads, baselineThreads, env.getProperty("camunda.bpm.history-level"),
                HeapSampler.maxHeapMb());

        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        TransactionTemplate transaction = context.getBean(TransactionTemplate.class);
        OrgDirectory directory = context.getBean(OrgDirectory.class);
        CurrentUser finance = directory.currentUser("finance").orElseThrow();
        CurrentUser staff = directory.currentUser("staff").orElseThrow();
        Long bigUnit = staff.orgId();
        boolean tasks = context.getBean(RepositoryService.class).createProcessDefinitionQuery()
                .processDefinitionKey(REPORT_PROCESS).count() > 0;
        if (!tasks) {
            log("process %s is not deployed: measuring report creation only", REPORT_PROCESS);
        }

        BenchSeeder seeder = new BenchSeeder(jdbc, transaction);
        List<Long> units = seeder.organisation(finance.financeBureauId(), settings.departments(),
                settings.unitsPerDept());
        BaselineProcess baseline = new BaselineProcess(context.getBean(RepositoryService.class),
                context.getBean(RuntimeService.class), transaction, context.getBean(ProcessEngineConfigurationImpl.class));
        baseline.deploy();

        if (settings.warmup() > 0) {
            seeder.approvedTargets(YEAR - 1, settings.warmup(), bigUnit, 0, units);
            Phase warm = round(finance, YEAR - 1, settings.warmup(), tasks);
            baseline.startAll(starts(jdbc, warm.roundId), chunkSize, baselineThreads, false);
            log("warm-up: round of %d in %.1f s", settings.warmup(), warm.completeSeconds);
        }

        long t0 = System.nanoTime();
        int bigUnitCount = (int) Math.max(1, Math.round(size * settings.bigUnitPercent() / 100));
        seeder.approvedTargets(YEAR, size, bigUnit, bigUnitCount, units);
        double seedSeconds = seconds(t0);
        log("seeded %d approved targets (%d in unit %d of user staff) over %d units in %.1f s",
                size, bigUnitCount, bigUnit, units.size() + 1, seedSeconds);

        Map<String, Long> before = database.counters();
        Phase ours = round(finance, YEAR, size, tasks);
        Map<String, Double> oursPerReport = perItem(before, database.counters());
        log("round: OPEN after %.1f s, all %d tasks after %.1f s → %.0f targets/s, heap peak %d MB (pool peaks %d MB)",
                ours.openSeconds, size, ours.completeSeconds, size / ours.completeSeconds, ours.heapMb, ours.poolMb);

        ReviewService review = context.getBean(ReviewService.class);
        long gc0 = gcMillis();
        Inbox financeInbox = inbox(() -> review.inbox(finance).size());
        Inbox staffInbox = inbox(() -> review.inbox(staff).size());
        log("inbox (median of %d): finance %.0f ms (%d tasks), staff %.0f ms (%d tasks); GC meanwhile %d ms",
                INBOX_RUNS, financeInbox.medianMs, financeInbox.tasks, staffInbox.medianMs, staffInbox.tasks,
                gcMillis() - gc0);
        if (tasks) {
            explainInbox("finance", finance);
            explainInbox("staff", staff);
            gc0 = gcMillis();
            Inbox financeAgain = inbox(() -> review.inbox(finance).size());
            Inbox staffAgain = inbox(() -> review.inbox(staff).size());
            log("inbox again: finance %.0f ms, staff %.0f ms; GC meanwhile %d ms", financeAgain.medianMs,
                    staffAgain.medianMs, gcMillis() - gc0);
            if (Boolean.getBoolean("bench.profile-inbox")) {
                log("profile of the finance inbox: %s", StackSampler.profile(() -> review.inbox(finance), 20));
                log("profile of the staff inbox: %s", StackSampler.profile(() -> review.inbox(staff), 20));
            }
        }

        List<BaselineProcess.Start> starts = starts(jdbc, ours.roundId);
        before = database.counters();
        Phase base = baseline(baseline, starts, chunkSize, baselineThreads, false);
        Map<String, Double> baselinePerInstance = perItem(before, database.counters());
        log("baseline: %d instances in %.1f s → %.0f instances/s, heap peak %d MB; ratio %.2f",
                size, base.completeSeconds, size / base.completeSeconds, base.heapMb,
                base.completeSeconds / ours.completeSeconds);
        Double oneCommandSeconds = null;
        Map<String, Double> oneCommandPerInstance = Map.of();
        if (settings.oneCommandVariant()) {
            before = database.counters();
            Phase variant = baseline(baseline, starts, chunkSize, baselineThreads, true);
            oneCommandPerInstance = perItem(before, database.counters());
            oneCommandSeconds = variant.completeSeconds;
            log("baseline, one engine command per chunk: %d instances in %.1f s → %.0f instances/s, heap peak %d MB",
                    size, variant.completeSeconds, size / variant.completeSeconds, variant.heapMb);
        }

        return new BenchResult(settings.db(), size, chunkSize, workerThreads, baselineThreads, seedSeconds,
                ours.openSeconds, ours.completeSeconds, tasks, ours.heapMb, base.heapMb, base.completeSeconds,
                oneCommandSeconds,
                financeInbox.medianMs, financeInbox.tasks, staffInbox.medianMs, staffInbox.tasks,
                oursPerReport, baselinePerInstance, oneCommandPerInstance, loadBefore, load());
    }

    private record Phase(Long roundId, double openSeconds, double completeSeconds, long heapMb, long poolMb) {
    }

    /** Opens the round and waits until it is OPEN and (when the process exists) {@code n} report tasks exist. */
    private Phase round(CurrentUser finance, int year, int n, boolean tasks) {
        MonitoringRoundService rounds = context.getBean(MonitoringRoundService.class);
        TaskService taskService = context.getBean(TaskService.class);
        long tasksBefore = tasks ? taskService.createTaskQuery().processDefinitionKey(REPORT_PROCESS).count() : 0;
        try (HeapSampler heap = HeapSampler.start()) {
            long t0 = System.nanoTime();
            MonitoringRoundSummary opened = rounds.open(finance, year, 6, LocalDate.of(year, 7, 15), null, LocalDate.of(year, 7, 1));
            MonitoringRoundSummary open = await(() -> rounds.get(finance, opened.id()), r -> r.status() == MonitoringRoundStatus.OPEN);
            double openSeconds = seconds(t0);
            if (open.total() != n || open.created() != n) {
                throw new IllegalStateException("round " + open.id() + " has " + open.created() + " of " + open.total()
                        + " reports, expected " + n);
            }
            if (tasks) {
                await(() -> taskService.createTaskQuery().processDefinitionKey(REPORT_PROCESS).count() - tasksBefore,
                        count -> count >= n);
            }
            return new Phase(opened.id(), openSeconds, seconds(t0), heap.peakMb(), heap.poolPeaksMb());
        }
    }

    private Phase baseline(BaselineProcess baseline, List<BaselineProcess.Start> starts, int chunkSize, int threads,
                           boolean oneCommand) throws Exception {
        TaskService taskService = context.getBean(TaskService.class);
        long before = taskService.createTaskQuery().processDefinitionKey(BaselineProcess.KEY).count();
        try (HeapSampler heap = HeapSampler.start()) {
            long t0 = System.nanoTime();
            baseline.startAll(starts, chunkSize, threads, oneCommand);
            await(() -> taskService.createTaskQuery().processDefinitionKey(BaselineProcess.KEY).count() - before,
                    n -> n >= starts.size());
            return new Phase(null, 0, seconds(t0), heap.peakMb(), heap.poolPeaksMb());
        }
    }

    private record Inbox(double medianMs, int tasks) {
    }

    private static Inbox inbox(IntSupplier query) {
        int tasks = query.getAsInt(); // warm-up, not timed
        double[] ms = new double[INBOX_RUNS];
        for (int i = 0; i < INBOX_RUNS; i++) {
            long t0 = System.nanoTime();
            tasks = query.getAsInt();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return new Inbox(ms[INBOX_RUNS / 2], tasks);
    }

    private static List<BaselineProcess.Start> starts(JdbcTemplate jdbc, Long roundId) {
        return jdbc.query("SELECT r.id, r.unit_id, r.department_id, m.finance_org_id FROM monitoring_report r"
                        + " JOIN monitoring_round m ON m.id = r.round_id WHERE r.round_id = ? ORDER BY r.id",
                (rs, i) -> new BaselineProcess.Start(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class),
                        rs.getLong(4)), roundId);
    }

    /**
     * Where an inbox call spends its time: each engine query it issues, timed alone (median), and the
     * statements one whole call sends (MySQL). The remainder is describing the subjects (our own queries).
     */
    private void explainInbox(String name, CurrentUser user) {
        TaskService taskService = context.getBean(TaskService.class);
        RuntimeService runtime = context.getBean(RuntimeService.class);
        List<String> groups = CandidateGroups.of(user);
        StringBuilder line = new StringBuilder();
        for (ReviewSubjects subjects : context.getBeansOfType(ReviewSubjects.class).values()) {
            Supplier<List<org.camunda.bpm.engine.task.Task>> query = () -> taskService.createTaskQuery()
                    .processDefinitionKey(subjects.processKey()).taskCandidateGroupIn(groups).active()
                    .orderByTaskCreateTime().desc().listPage(0, ReviewService.INBOX_LIMIT);
            List<org.camunda.bpm.engine.task.Task> found = query.get();
            Inbox tasksQuery = inbox(() -> query.get().size());
            TransactionTemplate readOnly = new TransactionTemplate(
                    context.getBean(org.springframework.transaction.PlatformTransactionManager.class));
            readOnly.setReadOnly(true);
            Inbox inTransaction = inbox(() -> readOnly.execute(tx -> query.get().size()));
            line.append(String.format(java.util.Locale.ROOT, " %s tasks %.0f ms, in a read-only transaction %.0f ms (%d);",
                    subjects.processKey(), tasksQuery.medianMs, inTransaction.medianMs, found.size()));
            if (!found.isEmpty()) {
                java.util.Set<String> ids = found.stream().map(org.camunda.bpm.engine.task.Task::getProcessInstanceId)
                        .collect(java.util.stream.Collectors.toSet());
                Inbox instances = inbox(() -> runtime.createProcessInstanceQuery().processInstanceIds(ids).list().size());
                line.append(String.format(java.util.Locale.ROOT, " their instances %.0f ms;", instances.medianMs));
            }
        }
        Map<String, Long> before = database.counters();
        context.getBean(ReviewService.class).inbox(user);
        log("inbox of %s, piece by piece:%s one call sends %s", name, line, delta(before, database.counters()));
    }

    private static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> result = new java.util.LinkedHashMap<>();
        after.forEach((k, v) -> result.put(k, v - before.getOrDefault(k, 0L)));
        return result;
    }

    private Map<String, Double> perItem(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Double> result = new HashMap<>();
        after.forEach((k, v) -> result.put(k, (v - before.getOrDefault(k, 0L)) / (double) size));
        return result;
    }

    private <T> T await(Supplier<T> probe, java.util.function.Predicate<T> done) {
        long end = System.nanoTime() + Duration.ofSeconds(settings.timeoutSeconds()).toNanos();
        T value = probe.get();
        while (!done.test(value)) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("timed out after " + settings.timeoutSeconds() + " s; last " + value);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            value = probe.get();
        }
        return value;
    }

    private static long gcMillis() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
    }

    static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0];
        } catch (Exception e) {
            return "?";
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static void log(String format, Object... args) {
        System.out.printf("[bench] " + format + "%n", args);
        System.out.flush();
    }
}
