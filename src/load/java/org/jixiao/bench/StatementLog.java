package org.jixiao.bench;

import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which statements a run sent ({@code -Dload.statements=true}): MariaDB's general log into its table for the
 * measured run only, then the statements grouped by their first 90 characters with their count per journey. Only
 * for finding what to cut: the log itself slows the server down, so the run's timings are not comparable.
 */
final class StatementLog {
    private StatementLog() {
    }

    static void start(JdbcTemplate jdbc) {
        jdbc.execute("SET GLOBAL log_output = 'TABLE'");
        jdbc.execute("TRUNCATE TABLE mysql.general_log");
        jdbc.execute("SET GLOBAL general_log = 1");
    }

    static String stop(JdbcTemplate jdbc, int units, int top) {
        jdbc.execute("SET GLOBAL general_log = 0");
        String lines = jdbc.queryForList("SELECT LEFT(CONVERT(argument USING utf8mb4), 90) AS s, COUNT(*) AS n"
                        + " FROM mysql.general_log WHERE command_type = 'Query' GROUP BY s ORDER BY n DESC LIMIT " + top)
                .stream().map(r -> String.format(Locale.ROOT, "    %6.2f  %s", ((Number) r.get("n")).doubleValue() / units,
                        String.valueOf(r.get("s")).replaceAll("\\s+", " ")))
                .collect(Collectors.joining("\n"));
        jdbc.execute("TRUNCATE TABLE mysql.general_log");
        return "statements per journey, by their start:\n" + lines;
    }
}
