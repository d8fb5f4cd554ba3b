package org.jixiao.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a measured run cost the machine, to say where a journey's time goes: the statements MariaDB answered (its
 * global {@code Questions} counter: nothing else uses the server during the run), and the CPU time of this JVM (the
 * application and Gatling) and of the database server. Per unit of work, so the journey and the baseline compare.
 */
final class RunCosts {
    private final JdbcTemplate jdbc;
    private final long questions;
    private final long jvmNanos;
    private final long dbTicks;
    private final java.util.Map<String, Long> commands;
    private final ClientCpu client = new ClientCpu();

    private RunCosts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.questions = questions(jdbc);
        this.jvmNanos = jvmCpuNanos();
        this.dbTicks = databaseTicks();
        this.commands = commands(jdbc);
    }

    static RunCosts start(JdbcTemplate jdbc) {
        return new RunCosts(jdbc);
    }

    /** "n statements, a ms JVM CPU, b ms database CPU per <unit>", each divided by {@code units}. */
    String per(int units, String unit) {
        double q = (questions(jdbc) - questions - 1) / (double) units;
        double jvm = (jvmCpuNanos() - jvmNanos) / 1e6 / units;
        double tool = client.millis() / units;
        client.close();
        long ticks = databaseTicks();
        String db = ticks < 0 || dbTicks < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f", (ticks - dbTicks) * 10.0 / units);
        java.util.Map<String, Long> now = commands(jdbc);
        String kinds = now.entrySet().stream()
                .map(e -> java.util.Map.entry(e.getKey(), e.getValue() - commands.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0)
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                .map(e -> String.format(Locale.ROOT, "%s %.1f", e.getKey().substring(4), e.getValue() / (double) units))
                .collect(java.util.stream.Collectors.joining(", "));
        return String.format(Locale.ROOT, "%.1f statements (%s), %.1f ms JVM CPU (of it %.1f ms Gatling's threads), %s ms"
                + " database CPU per %s", q, kinds, jvm, tool, db, unit);
    }

    /** MariaDB's per-command counters (Com_select, Com_insert, Com_set_option, Com_commit, …). */
    private static java.util.Map<String, Long> commands(JdbcTemplate jdbc) {
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        jdbc.queryForList("SHOW GLOBAL STATUS LIKE 'Com\\_%'").forEach(r -> {
            String name = String.valueOf(r.get("Variable_name"));
            try {
                counts.put(name, Long.parseLong(String.valueOf(r.get("Value"))));
            } catch (NumberFormatException notACount) {
                // not a counter
            }
        });
        return counts;
    }

    private static long questions(JdbcTemplate jdbc) {
        return jdbc.queryForList("SHOW GLOBAL STATUS LIKE 'Questions'").stream()
                .mapToLong(r -> Long.parseLong(String.valueOf(r.get("Value")))).findFirst().orElse(0);
    }

    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** utime + stime of the MariaDB server in clock ticks (1/100 s on Linux), or -1 when it is not found here. */
    private static long databaseTicks() {
        try (var procs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) procs::iterator) {
                Path comm = p.resolve("comm");
                if (Files.isReadable(comm) && Files.readString(comm).trim().matches("mariadbd|mysqld")) {
                    String[] f = Files.readString(p.resolve("stat")).replaceFirst("^.*\\) ", "").split(" ");
                    return Long.parseLong(f[11]) + Long.parseLong(f[12]);
                }
            }
        } catch (Exception e) {
            return -1;
        }
        return -1;
    }
}
