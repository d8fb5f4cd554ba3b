package org.jixiao.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of one size on one database. Speeds are per second of wall-clock time. */
record BenchResult(String db, int size, int chunkSize, int workerThreads, int baselineThreads,
                   double seedSeconds, double openSeconds, double completeSeconds, boolean tasksMeasured,
                   long oursHeapMb, long baselineHeapMb,
                   double baselineSeconds, Double oneCommandSeconds,
                   double inboxFinanceMs, int inboxFinanceTasks, double inboxStaffMs, int inboxStaffTasks,
                   Map<String, Double> oursPerReport, Map<String, Double> baselinePerInstance,
                   Map<String, Double> oneCommandPerInstance,
                   String loadBefore, String loadAfter) {

    double targetsPerSecond() {
        return size / completeSeconds;
    }

    double baselinePerSecond() {
        return size / baselineSeconds;
    }

    double ratio() {
        return targetsPerSecond() / baselinePerSecond();
    }

    static String table(List<BenchResult> results) {
        StringBuilder out = new StringBuilder();
        out.append("| db | N | round open s | all tasks s | targets/s | baseline s | baseline inst/s | ratio "
                + "| heap MB ours / baseline | inbox finance ms (tasks) | inbox staff ms (tasks) | load before → after |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (BenchResult r : results) {
            out.append(String.format(Locale.ROOT,
                    "| %s | %d | %.1f | %s | %.0f | %.1f | %.0f | %.2f | %d / %d | %.0f (%d) | %.0f (%d) | %s → %s |%n",
                    r.db, r.size, r.openSeconds,
                    r.tasksMeasured ? String.format(Locale.ROOT, "%.1f", r.completeSeconds) : "n/a (no report process)",
                    r.targetsPerSecond(), r.baselineSeconds, r.baselinePerSecond(), r.ratio(),
                    r.oursHeapMb, r.baselineHeapMb, r.inboxFinanceMs, r.inboxFinanceTasks, r.inboxStaffMs,
                    r.inboxStaffTasks, r.loadBefore, r.loadAfter));
        }
        boolean counted = results.stream().anyMatch(r -> !r.oursPerReport.isEmpty());
        if (counted) {
            out.append("\nStatements per report (server-wide counters, MySQL):\n\n");
            out.append("| db | N | phase | ").append(String.join(" | ", BenchDatabase.COUNTERS)).append(" |\n");
            out.append("|---|---:|---|").append("---:|".repeat(BenchDatabase.COUNTERS.size())).append("\n");
            for (BenchResult r : results) {
                counterRow(out, r, "round", r.oursPerReport);
                counterRow(out, r, "baseline", r.baselinePerInstance);
                counterRow(out, r, "baseline, one command", r.oneCommandPerInstance);
            }
        }
        if (results.stream().anyMatch(r -> r.oneCommandSeconds != null)) {
            out.append("\nBaseline variant, each chunk's starts in one engine command (one flush per chunk):\n\n");
            out.append("| db | N | s | inst/s | ours ÷ variant |\n|---|---:|---:|---:|---:|\n");
            for (BenchResult r : results) {
                if (r.oneCommandSeconds != null) {
                    out.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.0f | %.2f |%n", r.db, r.size,
                            r.oneCommandSeconds, r.size / r.oneCommandSeconds, r.oneCommandSeconds / r.completeSeconds));
                }
            }
        }
        return out.toString();
    }

    private static void counterRow(StringBuilder out, BenchResult r, String phase, Map<String, Double> perItem) {
        if (perItem.isEmpty()) {
            return;
        }
        out.append("| ").append(r.db).append(" | ").append(r.size).append(" | ").append(phase).append(" |");
        for (String counter : BenchDatabase.COUNTERS) {
            out.append(String.format(Locale.ROOT, " %.2f |", perItem.getOrDefault(counter, 0.0)));
        }
        out.append('\n');
    }
}
