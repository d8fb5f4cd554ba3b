package org.jixiao.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A fresh, empty database for one benchmark size: an H2 file database in a temp directory (more realistic
 * than in-memory), or a new MySQL/MariaDB database created like .ci/run does. Removed again on close.
 */
final class BenchDatabase implements AutoCloseable {
    /** Server counters read before and after a phase, to count statements per report (MySQL only). */
    static final List<String> COUNTERS = List.of("Com_select", "Com_insert", "Com_update", "Com_delete",
            "Com_commit", "Questions");

    private final BenchSettings settings;
    private final String name;
    private final Path h2Directory;

    private BenchDatabase(BenchSettings settings, String name, Path h2Directory) {
        this.settings = settings;
        this.name = name;
        this.h2Directory = h2Directory;
    }

    static BenchDatabase fresh(BenchSettings settings, int size) throws IOException, SQLException {
        String name = "jixiao_bench_" + size + "_" + System.currentTimeMillis();
        if (!settings.mysql()) {
            return new BenchDatabase(settings, name, Files.createTempDirectory("jixiao-bench-"));
        }
        try (Connection c = admin(settings); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        }
        return new BenchDatabase(settings, name, null);
    }

    /** Command-line style arguments (they outrank application.yml) pointing the app at this database. */
    List<String> springArgs() {
        List<String> args = new ArrayList<>();
        if (settings.mysql()) {
            args.add("--spring.profiles.active=mysql,demo");
            String host = settings.mysqlServer().replaceFirst("/\\?.*$", "").replaceFirst("/$", "");
            args.add("--spring.datasource.url=" + host + "/" + name + "?sendFractionalSeconds=false"
                    + "&nullDatabaseMeansCurrent=true&useSSL=false&allowPublicKeyRetrieval=true&characterEncoding=UTF-8");
            args.add("--spring.datasource.username=" + settings.mysqlUser());
            args.add("--spring.datasource.password=" + settings.mysqlPassword());
        } else {
            args.add("--spring.profiles.active=demo");
            args.add("--spring.datasource.url=jdbc:h2:file:" + h2Directory.resolve("jixiao")
                    + ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE");
        }
        return args;
    }

    String describe() {
        return settings.mysql() ? "MySQL-compatible database " + name : "H2 file database in " + h2Directory;
    }

    /** Global server counters (MySQL); empty for H2. Other clients of the server add noise. */
    Map<String, Long> counters() {
        Map<String, Long> values = new LinkedHashMap<>();
        if (!settings.mysql()) {
            return values;
        }
        try (Connection c = admin(settings); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN ('"
                     + String.join("','", COUNTERS) + "')")) {
            while (rs.next()) {
                values.put(rs.getString(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return values;
    }

    String serverVersion() {
        if (!settings.mysql()) {
            return "H2 " + org.h2.engine.Constants.VERSION;
        }
        try (Connection c = admin(settings); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT VERSION()")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            return "?";
        }
    }

    @Override
    public void close() throws Exception {
        if (Boolean.getBoolean("bench.keep-db")) {
            RoundScaleRun.log("kept %s (-Dbench.keep-db=true)", describe());
            return;
        }
        if (settings.mysql()) {
            try (Connection c = admin(settings); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS `" + name + "`");
            }
        } else {
            try (Stream<Path> files = Files.walk(h2Directory)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static Connection admin(BenchSettings settings) throws SQLException {
        return DriverManager.getConnection(settings.mysqlServer(), settings.mysqlUser(), settings.mysqlPassword());
    }
}
