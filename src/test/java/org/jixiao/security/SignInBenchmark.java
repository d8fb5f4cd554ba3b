package org.jixiao.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 11 §3: {@code GET /api/me} with a personal access token beside HTTP Basic (a BCrypt check per call), in the
 * same run against the same app: p50 with one client, requests/s with ten. Goal for the token: p50 ≤ 5 ms and
 * ≥ 300 requests/s on 2 cores. Not part of {@code mvn verify}:
 * {@code mvn -o -q test -Dtest=SignInBenchmark -Dsurefire.failIfNoSpecifiedTests=false} (add {@code -Dtest.db=mysql}
 * and JIXIAO_DB_URL for MariaDB). The figures are printed; they depend on the machine's load, so nothing is
 * asserted on them.
 */
@IntegrationTest
class SignInBenchmark {
    private static final Duration LOAD = Duration.ofSeconds(10);
    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;
    /** Before/after the token cache in one build: run once with JIXIAO_TOKENS_CACHESECONDS=0 (every call reads). */
    @org.springframework.beans.factory.annotation.Value("${jixiao.tokens.cache-seconds:5}")
    int tokenCacheSeconds;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void tokenBesideBasic() throws Exception {
        // at the production cost (10); the suite's own encoder runs at cost 4 (application-test.yml)
        String user = new TestAccounts(jdbc, new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(10))
                .like("staff", "bench");
        String token = Api.as(rest, user).post("/api/me/tokens", Map.of("name", "bench", "expiresInDays", 1))
                .expect(201).body().get("token").asText();
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        String bearer = "Bearer " + token;

        for (String auth : List.of(basic, bearer)) {
            oneClient(auth, 30); // warm-up: JIT, connection pool, caches
        }
        long basicP50 = oneClient(basic, 100);
        long tokenP50 = oneClient(bearer, 500);
        double basicRate = tenClients(basic);
        double tokenRate = tenClients(bearer);
        System.out.printf("%nGET /api/me on %d cores (%s database, token cache %d s)%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("jixiao.test.db", "h2"), tokenCacheSeconds);
        System.out.printf("  %-22s p50 %7.2f ms (1 client)   %7.1f requests/s (10 clients, %d s)%n", "HTTP Basic (BCrypt)",
                basicP50 / 1e6, basicRate, LOAD.toSeconds());
        System.out.printf("  %-22s p50 %7.2f ms (1 client)   %7.1f requests/s (10 clients, %d s)%n", "Bearer token",
                tokenP50 / 1e6, tokenRate, LOAD.toSeconds());
        System.out.printf("  goal for the token: p50 <= 5 ms, >= 300 requests/s -> %s%n%n",
                tokenP50 <= 5_000_000 && tokenRate >= 300 ? "met" : "NOT met on this run");
    }

    /** Median nanoseconds of {@code n} sequential requests. */
    private long oneClient(String authorization, int n) throws Exception {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            assertThat(call(authorization)).isEqualTo(200);
            times.add(System.nanoTime() - start);
        }
        Collections.sort(times);
        return times.get(n / 2);
    }

    private double tenClients(String authorization) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(10);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong done = new AtomicLong();
        List<Future<?>> clients = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < 10; c++) {
            clients.add(pool.submit(() -> {
                while (running.get()) {
                    assertThat(call(authorization)).isEqualTo(200);
                    done.incrementAndGet();
                }
                return null;
            }));
        }
        Thread.sleep(LOAD.toMillis());
        running.set(false);
        for (Future<?> client : clients) {
            client.get();
        }
        pool.shutdown();
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    private int call(String authorization) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
                .header("Authorization", authorization).header("Accept", "application/json").GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
