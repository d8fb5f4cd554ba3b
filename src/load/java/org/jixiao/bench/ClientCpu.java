package org.jixiao.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

/**
 * The CPU time Gatling's own threads ({@code gatling-*}) used during a run, so the costs line can say how much of
 * this JVM's CPU went to the load tool rather than the application. Gatling's threads end with its run, so their
 * CPU time is sampled every 100 ms while it runs; a thread's last 100 ms before it ends may be missed.
 */
final class ClientCpu implements AutoCloseable {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, long[]> seen = new HashMap<>(); // id → {CPU ns when first seen (0 if born in the run), latest}
    private final Thread sampler;
    private volatile boolean running = true;

    ClientCpu() {
        sample(true);
        sampler = new Thread(() -> {
            while (running) {
                sample(false);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "load-client-cpu");
        sampler.setDaemon(true);
        sampler.start();
    }

    private synchronized void sample(boolean atStart) {
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null || !info.getThreadName().startsWith("gatling")) {
                continue;
            }
            long cpu = threads.getThreadCpuTime(info.getThreadId());
            if (cpu < 0) {
                continue;
            }
            seen.computeIfAbsent(info.getThreadId(), id -> new long[] {atStart ? cpu : 0, cpu})[1] = cpu;
        }
    }

    /** Milliseconds of CPU the load tool's threads used since this was made. */
    synchronized double millis() {
        sample(false);
        return seen.values().stream().mapToLong(v -> v[1] - v[0]).sum() / 1e6;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
