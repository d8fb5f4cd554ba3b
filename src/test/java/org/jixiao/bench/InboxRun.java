package org.jixiao.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.jixiao.JixiaoApplication;
import org.jixiao.approval.BatchApproval;
import org.jixiao.approval.Inbox;
import org.jixiao.approval.InboxItem;
import org.jixiao.approval.InboxQuery;
import org.jixiao.approval.ReviewService;
import org.jixiao.monitoring.MonitoringRoundService;
import org.jixiao.monitoring.MonitoringRoundStatus;
import org.jixiao.monitoring.MonitoringRoundSummary;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgDirectory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One size: N + 500 approved targets (500 in the unit of user {@code staff}), a monitoring round over them, the
 * N reports of the other units moved to finance's review step in one engine modification (statuses to match),
 * then the inbox queries timed (median of 7) the new way ({@link Inbox}, paged in SQL) and the old way
 * ({@link ReviewService#inbox}, an engine query per kind, capped at 500), and one batch approval of 200.
 */
final class InboxRun {
    private static final int YEAR = 2031;
    private static final int STAFF_REPORTS = 500;
    private static final int RUNS = 7;
    private static final String PROCESS = "MonitoringReportProcess";

    private final BenchSettings settings;
    private final int size;

    InboxRun(BenchSettings settings, int size) {
        this.settings = settings;
        this.size = size;
    }

    String run() throws Exception {
        try (BenchDatabase db = BenchDatabase.fresh(settings, size)) {
            RoundScaleRun.log("%s (%s), finance N = %d, staff %d", db.describe(), db.serverVersion(), size,
                    STAFF_REPORTS);
            List<String> args = new ArrayList<>(db.springArgs());
            args.addAll(List.of("--spring.main.banner-mode=off", "--server.port=0",
                    "--vaadin.devmode.devTools.enabled=false", "--logging.level.root=WARN"));
            args.addAll(Arrays.asList(settings.extraArgs()));
            try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(JixiaoApplication.class)
                    .web(WebApplicationType.SERVLET).run(args.toArray(String[]::new))) {
                return measure(ctx, db.describe());
            }
        }
    }

    private String measure(ConfigurableApplicationContext ctx, String database) {
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        OrgDirectory directory = ctx.getBean(OrgDirectory.class);
        CurrentUser finance = directory.currentUser("finance").orElseThrow();
        CurrentUser staff = directory.currentUser("staff").orElseThrow();
        BenchSeeder seeder = new BenchSeeder(jdbc, ctx.getBean(TransactionTemplate.class));
        List<Long> units = seeder.organisation(finance.financeBureauId(), settings.departments(),
                settings.unitsPerDept());
        long t0 = System.nanoTime();
        seeder.approvedTargets(YEAR, size + STAFF_REPORTS, staff.orgId(), STAFF_REPORTS, units);
        RoundScaleRun.log("seeded %d targets in %.1f s", size + STAFF_REPORTS, seconds(t0));

        t0 = System.nanoTime();
        MonitoringRoundService rounds = ctx.getBean(MonitoringRoundService.class);
        MonitoringRoundSummary opened = rounds.open(finance, YEAR, 6, LocalDate.of(YEAR, 7, 15), null,
                LocalDate.of(YEAR, 7, 1));
        TaskService tasks = ctx.getBean(TaskService.class);
        await(() -> rounds.get(finance, opened.id()).status() == MonitoringRoundStatus.OPEN
                && tasks.createTaskQuery().processDefinitionKey(PROCESS).count() >= size + STAFF_REPORTS);
        RoundScaleRun.log("round of %d open with its tasks in %.1f s", size + STAFF_REPORTS, seconds(t0));

        t0 = System.nanoTime();
        toFinance(ctx, jdbc, staff.orgId(), opened.id());
        RoundScaleRun.log("%d reports moved to finance's review in %.1f s", size, seconds(t0));

        Inbox inbox = ctx.getBean(Inbox.class);
        ReviewService old = ctx.getBean(ReviewService.class);
        InboxQuery first = InboxQuery.firstPage();
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%s, N = %d at finance, %d at staff, load %s%n%n| query | rows | total | median ms |%n|---|---:|---:|---:|%n",
                database, size, STAFF_REPORTS, RoundScaleRun.load()));
        row(table, "finance, first page of 50 with its total (new)", () -> page(inbox, finance, first));
        row(table, "finance, old unpaged inbox (capped at 500 per kind)", () -> old.inbox(finance).size());
        row(table, "finance, page 100 of 50", () -> page(inbox, finance, first.withPage(99, 50)));
        row(table, "finance, sorted by amount, first 50", () -> page(inbox, finance,
                parse(inbox, null, null, "amount,desc")));
        row(table, "finance, sorted by name, first 50", () -> page(inbox, finance, parse(inbox, null, null, "name")));
        row(table, "finance, text filter (name or code)", () -> page(inbox, finance,
                parse(inbox, "BENCH-" + YEAR + "-99", null, null)));
        row(table, "finance, light filter (RED)", () -> page(inbox, finance, parse(inbox, null, "RED", null)));
        row(table, "staff of a unit with 500 open reports, first page of 50 (new)", () -> page(inbox, staff, first));
        row(table, "staff, old unpaged inbox (all 500)", () -> old.inbox(staff).size());

        batches(ctx, table, inbox, old, finance, first);
        return table.toString();
    }

    /**
     * Batch approval of 200 of finance's tasks, and in the same JVM and database its baseline: the same work item by
     * item as a client of the single-task API does it ({@link ReviewService#task} then {@link ReviewService#approve},
     * each its own transaction) on another 200. A few untimed items warm both paths first.
     * {@code -Dbench.profile-batch=true} adds stack samples of both.
     */
    private void batches(ConfigurableApplicationContext ctx, StringBuilder table, Inbox inbox, ReviewService old,
                         CurrentUser finance, InboxQuery first) {
        int n = BatchApproval.MAX_ITEMS;
        int warm = 10;
        List<String> ids = new ArrayList<>();
        while (ids.size() < 2 * n + 2 * warm) { // the inbox hands out at most 200 rows at a time
            List<InboxItem> rows = inbox.rows(finance, first, ids.size(), n);
            if (rows.isEmpty()) {
                break;
            }
            rows.forEach(r -> ids.add(r.getTaskId()));
        }
        if (ids.size() < 2 * n + 2 * warm) {
            throw new IllegalStateException("need " + (2 * n + 2 * warm) + " tasks at finance, have " + ids.size());
        }
        BatchApproval batch = ctx.getBean(BatchApproval.class);
        boolean profile = Boolean.getBoolean("bench.profile-batch");
        Runnable perItem = () -> ids.subList(2 * warm, 2 * warm + n).forEach(id -> {
            old.task(id, finance);
            old.approve(id, finance, "同意（逐项）");
        });
        Runnable batched = () -> tally(batch.approve(finance, ids.subList(2 * warm + n, 2 * warm + 2 * n), "同意（批量）"));
        ids.subList(0, warm).forEach(id -> old.approve(id, finance, "预热"));
        tally(batch.approve(finance, ids.subList(warm, 2 * warm), "预热"));
        String load = RoundScaleRun.load();
        double perItemSeconds = timed(perItem, profile, "per item");
        double batchSeconds = timed(batched, profile, "batch");
        table.append(String.format(Locale.ROOT, "| finance, %d approved one by one (task + approve; baseline) | %d | | %.0f |%n",
                n, n, perItemSeconds * 1000));
        table.append(String.format(Locale.ROOT, "| finance, batch approval of %d | %d approved | | %.0f |%n",
                n, lastApproved, batchSeconds * 1000));
        table.append(String.format(Locale.ROOT, "%nbatch ÷ one by one = %.2f; load %s before, %s after%n",
                batchSeconds / perItemSeconds, load, RoundScaleRun.load()));
        RoundScaleRun.log("one by one %d in %.2f s; batch of %d: %d approved in %.2f s; ratio %.2f", n, perItemSeconds,
                n, lastApproved, batchSeconds, batchSeconds / perItemSeconds);
    }

    private static long lastApproved;

    private static void tally(List<BatchApproval.Result> results) {
        lastApproved = results.stream().filter(r -> r.status() == BatchApproval.Outcome.APPROVED).count();
        results.stream().filter(r -> r.status() != BatchApproval.Outcome.APPROVED).findFirst()
                .ifPresent(r -> RoundScaleRun.log("not approved: %s %s %s", r.taskId(), r.status(), r.problem()));
    }

    private static double timed(Runnable call, boolean profile, String name) {
        long t0 = System.nanoTime();
        if (profile) {
            try {
                RoundScaleRun.log("%s: %s", name, StackSampler.profile(call, 1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        } else {
            call.run();
        }
        return seconds(t0);
    }

    /**
     * Moves every report outside the staff's unit from filling to finance's review in one engine modification (the
     * inbox listener sees the fill task deleted and the review task created), and sets their status to match. They
     * share one captured run of the default chain: its finance step (index 2) goes to the bureau's group whatever the
     * unit, which is all the review loop reads there.
     */
    private void toFinance(ConfigurableApplicationContext ctx, JdbcTemplate jdbc, Long staffUnit, Long roundId) {
        RuntimeService runtime = ctx.getBean(RuntimeService.class);
        List<String> instances = ctx.getBean(TaskService.class).createTaskQuery().processDefinitionKey(PROCESS)
                .taskDefinitionKey("Task_FillReport").list().stream()
                .filter(t -> !String.valueOf(staffUnit).equals(String.valueOf(
                        runtime.getVariable(t.getExecutionId(), "unitId"))))
                .map(org.camunda.bpm.engine.task.Task::getProcessInstanceId).toList();
        String definition = ctx.getBean(org.camunda.bpm.engine.RepositoryService.class)
                .createProcessDefinitionQuery().processDefinitionKey(PROCESS).latestVersion().singleResult().getId();
        if (instances.isEmpty()) {
            return;
        }
        java.util.Map<String, Object> ids = runtime.getVariables(instances.get(0));
        Long run = ctx.getBean(org.jixiao.approval.chain.ChainRuns.class).capture("MONITORING_REPORT", -roundId,
                org.jixiao.approval.chain.ChainType.MONITORING_REPORT, YEAR, new org.jixiao.approval.chain.ChainRuns
                        .SubjectOrg((Long) ids.get("unitId"), (Long) ids.get("departmentId"),
                        (Long) ids.get("financeBureauId")));
        java.util.Map<String, Object> step = java.util.Map.of(org.jixiao.approval.process.ChainSteps.RUN, run,
                org.jixiao.approval.process.ChainSteps.INDEX, 2);
        instances.forEach(instance -> runtime.setVariables(instance, step));
        for (int from = 0; from < instances.size(); from += 1000) {
            runtime.createModification(definition).cancelAllForActivity("Task_FillReport")
                    .startBeforeActivity("Task_Review")
                    .processInstanceIds(instances.subList(from, Math.min(instances.size(), from + 1000)))
                    .execute();
        }
        jdbc.update("UPDATE monitoring_report SET status = 'FINANCE_REVIEW', submitted_at = created_at"
                + " WHERE round_id = ? AND unit_id <> ?", roundId, staffUnit);
    }

    private static InboxQuery parse(Inbox inbox, String q, String light, String sort) {
        return InboxQuery.parse(inbox.types(), null, null, null, null, light, null, q, null, null, sort);
    }

    private static int page(Inbox inbox, CurrentUser user, InboxQuery query) {
        Inbox.Page<InboxItem> page = inbox.page(user, query);
        lastTotal = page.total();
        return page.items().size();
    }

    private static long lastTotal = -1;

    private static void row(StringBuilder table, String name, IntSupplier query) {
        lastTotal = -1;
        int rows = query.getAsInt(); // warm-up, not timed
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            rows = query.getAsInt();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        String total = lastTotal < 0 ? "" : String.valueOf(lastTotal);
        table.append(String.format(Locale.ROOT, "| %s | %d | %s | %.1f |%n", name, rows, total, ms[RUNS / 2]));
        RoundScaleRun.log("%s: %d rows, total %s, median %.1f ms (min %.1f, max %.1f)", name, rows, total,
                ms[RUNS / 2], ms[0], ms[RUNS - 1]);
    }

    private void await(java.util.function.BooleanSupplier done) {
        long end = System.nanoTime() + Duration.ofSeconds(settings.timeoutSeconds()).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("timed out");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
