package org.jixiao.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Fires N requests at the real HTTP API at once (all threads wait on one gate, then go), and checks the answer an
 * exactly-once action owes: one 200 (or the given success status), every other answer 409 problem JSON.
 */
public final class Race {
    public static final int THREADS = 10;

    private Race() {
    }

    /** Runs {@code request(i)} for i in 0..n-1 concurrently; returns the responses in index order. */
    public static List<Api.Response> run(int n, IntFunction<Api.Response> request) {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Api.Response>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return request.apply(index);
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<Api.Response> responses = new ArrayList<>();
            for (Future<Api.Response> f : futures) {
                responses.add(f.get(120, TimeUnit.SECONDS));
            }
            return responses;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** {@link #THREADS} times the same request. */
    public static List<Api.Response> same(java.util.function.Supplier<Api.Response> request) {
        return run(THREADS, i -> request.get());
    }

    /** Exactly one answer has the success status; all others are 409 problem JSON. Returns the winner. */
    public static Api.Response oneWinner(List<Api.Response> responses, int success) {
        List<Integer> statuses = responses.stream().map(Api.Response::status).toList();
        assertThat(statuses).as("statuses " + statuses + " / " + bodies(responses))
                .containsOnly(success, 409).filteredOn(s -> s == success).hasSize(1);
        for (Api.Response r : responses) {
            if (r.status() == 409) {
                assertThat(r.headers().getContentType()).isNotNull();
                assertThat(r.headers().getContentType().toString()).contains("application/problem+json");
                assertThat(r.body().get("status").asInt()).isEqualTo(409);
                assertThat(r.body().get("detail").asText()).isNotBlank();
            }
        }
        return responses.stream().filter(r -> r.status() == success).findFirst().orElseThrow();
    }

    public static Api.Response oneWinner(List<Api.Response> responses) {
        return oneWinner(responses, 200);
    }

    /** The losers' problem details, e.g. to check they name what happened. */
    public static List<String> loserDetails(List<Api.Response> responses) {
        return responses.stream().filter(r -> r.status() == 409).map(r -> r.body().get("detail").asText()).toList();
    }

    private static String bodies(List<Api.Response> responses) {
        return responses.stream().filter(r -> r.status() != 200).map(r -> r.status() + " " + r.body()).distinct()
                .limit(5).toList().toString();
    }
}
