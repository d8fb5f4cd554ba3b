package org.jixiao.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
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
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * Issue 11 §1: a production start (no demo) on an empty database, with and without {@code JIXIAO_ADMIN_PASSWORD}.
 * Each case is the real application in a JVM of its own (a second Spring application in the test JVM would share
 * Spring Security's static context holder with the suite's), on its own in-memory H2 database, configured through
 * the environment exactly as an operator would.
 */
// The application under test runs in a child JVM on its own in-memory H2 database whatever the suite's database, so
// the MySQL run would repeat the H2 run exactly (about 3 minutes of CI): it runs once, in the H2 run.
@DisabledIfSystemProperty(named = "jixiao.test.db", matches = "mysql", disabledReason = "the child JVM uses its own H2 database")
class BootstrapAdminTest {
    private static final String CREATED = "created finance bureau '测试市财政局' and user 'admin'";

    record Started(Process process, Path log, int port) {
        String output() throws IOException {
            return Files.readString(log, StandardCharsets.UTF_8);
        }
    }

    static Started start(String adminPassword, String bureauName) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Files.createTempFile("bootstrap-", ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "org.jixiao.JixiaoApplication",
                "--spring.profiles.active=test,test-h2", "--server.port=" + port, "--spring.main.banner-mode=off",
                "--spring.datasource.url=jdbc:h2:mem:bootstrap-" + ThreadLocalRandom.current().nextInt(1_000_000)
                        + ";DB_CLOSE_DELAY=-1",
                "--vaadin.devmode.devTools.enabled=false", "--logging.level.root=WARN",
                "--logging.level.org.jixiao.admin=INFO"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("JIXIAO_ADMIN_PASSWORD");
        builder.environment().remove("JIXIAO_BUREAU_NAME");
        if (adminPassword != null) {
            builder.environment().put("JIXIAO_ADMIN_PASSWORD", adminPassword);
        }
        if (bureauName != null) {
            builder.environment().put("JIXIAO_BUREAU_NAME", bureauName);
        }
        return new Started(builder.start(), log, port);
    }

    /** Both refusals start side by side: each JVM spends most of its life starting, not refusing (CI time). */
    @Test
    void withoutThePasswordOrWithAWeakOneTheApplicationRefusesToStartAndSaysWhy() throws Exception {
        Started missing = start(null, null);
        Started weak = start("1234567890", null);
        assertThat(missing.process().waitFor(240, TimeUnit.SECONDS)).as("the application stops by itself").isTrue();
        assertThat(weak.process().waitFor(240, TimeUnit.SECONDS)).as("the application stops by itself").isTrue();
        assertThat(missing.process().exitValue()).isNotZero();
        assertThat(missing.output()).contains("Set JIXIAO_ADMIN_PASSWORD").contains("JIXIAO_BUREAU_NAME");
        assertThat(weak.process().exitValue()).isNotZero();
        assertThat(weak.output()).contains("JIXIAO_ADMIN_PASSWORD is refused: 密码过于常见");
    }

    @Test
    void thePasswordCreatesAdminAndTheBureau() throws Exception {
        Started app = start("Shou-ci-qi-dong-2026", "测试市财政局");
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String auth = "Basic " + Base64.getEncoder().encodeToString("admin:Shou-ci-qi-dong-2026".getBytes(StandardCharsets.UTF_8));
            // Wait without credentials: signing in while the app is still creating its admin would count as failed
            // sign-ins, and five of them lock the account (429). The admin is made before the server starts, so its
            // log line is there once /login answers; waiting for the line too keeps this test from guessing with
            // sign-ins.
            await("/login answering and the admin created").atMost(Duration.ofSeconds(240)).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> {
                        if (!app.process().isAlive()) {
                            // not an AssertionError: ends the wait at once
                            throw new IllegalStateException("the application stopped:\n" + app.output());
                        }
                        assertThat(loginStatus(http, app.port())).isEqualTo(200);
                        assertThat(app.output()).contains(CREATED);
                    });
            // The line is logged just before its transaction commits: a few spaced tries cover that (three at most
            // in 5 s, two seconds apart: fewer than the five failed sign-ins that lock the account).
            AtomicReference<HttpResponse<String>> signedIn = new AtomicReference<>();
            await("admin signing in").atMost(Duration.ofSeconds(5)).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                        signedIn.set(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port()
                                + "/api/me")).header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString()));
                        assertThat(signedIn.get().statusCode()).as(app.output()).isEqualTo(200);
                    });
            HttpResponse<String> me = signedIn.get();
            assertThat(me).as(app.output()).isNotNull();
            assertThat(me.body()).contains("\"username\":\"admin\"").contains("测试市财政局")
                    .contains("\"roles\":[\"ADMIN\"]").contains("\"passwordChangeRequired\":false");
            HttpResponse<String> orgs = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port()
                    + "/api/admin/orgs")).header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(orgs.statusCode()).isEqualTo(200);
            assertThat(orgs.body()).contains("\"kind\":\"FINANCE\"").doesNotContain("\"kind\":\"UNIT\"");
            assertThat(app.output()).contains(CREATED);
        } finally {
            app.process().destroy();
            app.process().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** The login page's status, -1 while nothing listens yet. */
    private static int loginStatus(HttpClient http, int port) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException notYet) {
            return -1; // still starting
        }
    }
}
