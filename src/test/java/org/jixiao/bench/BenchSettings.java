package org.jixiao.bench;

import java.util.Arrays;
import java.util.List;

/**
 * What a benchmark run does, from system properties ({@code -Dbench.sizes=1000,10000 -Dbench.db=mysql}).
 *
 * @param db              h2 (a fresh temp-file database per size) or mysql (a fresh database per size)
 * @param sizes           approved targets per round, one fresh database each
 * @param departments     extra departments under the demo finance bureau
 * @param unitsPerDept    units per extra department; the targets are spread over them round-robin
 * @param bigUnitPercent  share of the targets given to the demo unit 450001 (the inbox of user {@code staff})
 * @param warmup          targets of a warm-up round (and baseline instances) before measuring; 0 = none
 * @param baselineThreads threads starting baseline instances; 0 = the worker's {@code jixiao.rounds.threads}
 * @param mysqlServer     JDBC URL of the server (no database) for mysql runs
 * @param timeoutSeconds  give up on a round or baseline after this long
 * @param oneCommandVariant also time the baseline with each chunk's starts in one engine command
 * @param extraArgs       Spring arguments for the application, e.g. a different chunk size or history level
 */
record BenchSettings(String db, List<Integer> sizes, int departments, int unitsPerDept, double bigUnitPercent,
                     int warmup, int baselineThreads, String mysqlServer, String mysqlUser, String mysqlPassword,
                     long timeoutSeconds, boolean oneCommandVariant, String[] extraArgs) {

    static BenchSettings fromSystemProperties() {
        return new BenchSettings(
                System.getProperty("bench.db", "h2"),
                Arrays.stream(System.getProperty("bench.sizes", "1000").split(","))
                        .map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList(),
                Integer.getInteger("bench.departments", 20),
                Integer.getInteger("bench.units-per-department", 25),
                Double.parseDouble(System.getProperty("bench.big-unit-percent", "1")),
                Integer.getInteger("bench.warmup", 500),
                Integer.getInteger("bench.baseline-threads", 0),
                System.getProperty("bench.mysql.server", "jdbc:mysql://127.0.0.1:3306/?useSSL=false&allowPublicKeyRetrieval=true"),
                System.getProperty("bench.mysql.user", "root"),
                System.getProperty("bench.mysql.password", ""),
                Long.getLong("bench.timeout-seconds", 1800),
                Boolean.getBoolean("bench.one-command"),
                // e.g. -Dbench.args="--jixiao.rounds.chunk-size=1000 --camunda.bpm.history-level=audit"
                System.getProperty("bench.args", "").isBlank() ? new String[0]
                        : System.getProperty("bench.args").trim().split("\\s+"));
    }

    boolean mysql() {
        return "mysql".equalsIgnoreCase(db);
    }
}
