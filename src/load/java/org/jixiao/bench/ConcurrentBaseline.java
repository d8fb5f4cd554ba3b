package org.jixiao.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The deadline-day baseline: bare Camunda on the same engine, database and connection pool, {@code threads}
 * threads at once, each starting a one-user-task instance ({@link BaselineProcess}) and completing its task,
 * {@code perThread} times in a row. What a report's journey cannot beat: the engine work alone, without HTTP,
 * security, our tables or our checks.
 */
final class ConcurrentBaseline {

    /** Instances completed, wall seconds, per-instance latency percentiles (ms) and errors. */
    record Result(int completed, double seconds, double p50, double p95, double p99, int errors) {
        double perSecond() {
            return completed / seconds;
        }
    }

    private final RuntimeService runtime;
    private final TaskService tasks;

    ConcurrentBaseline(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    Result run(int threads, int perThread, Long unitId) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                for (int i = 0; i < perThread; i++) {
                    long t0 = System.nanoTime();
                    try {
                        ProcessInstance instance = runtime.startProcessInstanceByKey(BaselineProcess.KEY,
                                Map.of("unitId", unitId, "financeBureauId", 1L));
                        String task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
                        tasks.complete(task);
                        nanos.add(System.nanoTime() - t0);
                    } catch (RuntimeException e) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        ready.await();
        long start = System.nanoTime();
        go.countDown();
        for (Future<?> w : workers) {
            w.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return new Result(sorted.size(), seconds, percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), errors.get());
    }

    /** Nearest-rank percentile in milliseconds. */
    static double percentile(List<Long> sortedNanos, double p) {
        if (sortedNanos.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sortedNanos.size());
        return sortedNanos.get(Math.max(0, rank - 1)) / 1e6;
    }
}
