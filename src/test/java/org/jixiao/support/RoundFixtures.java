package org.jixiao.support;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Opening a round and waiting until its items exist, for every kind of round and every test: a round opens in the
 * background, so a test that needs its items waits — with Awaitility, saying what it waits for — until it is OPEN.
 */
public final class RoundFixtures {
    /** Long enough for a loaded CI machine to create a few hundred items. */
    public static final Duration OPENING = Duration.ofSeconds(90);

    private RoundFixtures() {
    }

    /**
     * Opens a round as {@code finance} over the API ({@code kindPath}: /api/monitoring-rounds or
     * /api/evaluation-rounds), expects 202 and waits until it is OPEN; returns the open round's JSON.
     */
    public static JsonNode openRoundAndAwait(TestRestTemplate rest, String kindPath, Map<String, Object> body) {
        long id = Api.as(rest, "finance").post(kindPath, body).expect(202).id();
        return awaitOpen(rest, kindPath + "/" + id);
    }

    /** Waits until the round at {@code roundPath} (e.g. /api/monitoring-rounds/7) is OPEN; returns its JSON. */
    public static JsonNode awaitOpen(TestRestTemplate rest, String roundPath) {
        return awaitValue(() -> Api.as(rest, "finance").get(roundPath).expect(200).body(),
                round -> "OPEN".equals(round.get("status").asText()), "round " + roundPath + " OPEN");
    }

    /** Polls {@code probe} until {@code done} holds (at most {@link #OPENING}); returns the last value. */
    public static <T> T awaitValue(Supplier<T> probe, Predicate<T> done, String what) {
        return awaitValue(probe, done, OPENING, what);
    }

    /** Polls {@code probe} until {@code done} holds, at most {@code timeout}; returns the last value. */
    public static <T> T awaitValue(Supplier<T> probe, Predicate<T> done, Duration timeout, String what) {
        AtomicReference<T> last = new AtomicReference<>();
        await(what).atMost(timeout).pollInterval(Duration.ofMillis(50)).until(() -> {
            last.set(probe.get());
            return done.test(last.get());
        });
        return last.get();
    }
}
