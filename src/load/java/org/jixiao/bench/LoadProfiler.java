package org.jixiao.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where the request threads spend the load ({@code -Dload.profile=true}): every 10 ms, each Tomcat worker's stack
 * is classified by its innermost frame of ours and the innermost frame of the engine, MyBatis, the driver or the
 * connection pool below it; the top lines are printed with their share of the samples.
 */
final class LoadProfiler implements AutoCloseable {
    private final Map<String, Integer> hits = new HashMap<>();
    private final Thread sampler;
    private volatile boolean running = true;
    private int samples;

    LoadProfiler() {
        sampler = new Thread(this::sample, "load-profiler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        while (running) {
            for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
                if (!e.getKey().getName().startsWith("http-nio") || e.getValue().length == 0) {
                    continue;
                }
                String key = classify(e.getValue());
                if (key != null) {
                    synchronized (hits) {
                        hits.merge(key, 1, Integer::sum);
                        samples++;
                    }
                }
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException ex) {
                return;
            }
        }
    }

    /** Null for an idle worker (parked in the pool's queue, or waiting for a socket). */
    private static String classify(StackTraceElement[] stack) {
        String top = stack[0].getClassName();
        boolean inRequest = false;
        for (StackTraceElement f : stack) {
            if (f.getClassName().startsWith("org.springframework.web.servlet.FrameworkServlet")
                    || f.getClassName().startsWith("org.springframework.security.web.FilterChainProxy")) {
                inRequest = true;
                break;
            }
        }
        if (!inRequest) {
            return null;
        }
        String ours = null;
        String leaf = null;
        for (StackTraceElement f : stack) {
            String c = f.getClassName();
            if (leaf == null && (c.startsWith("com.zaxxer.hikari.") || c.startsWith("com.mysql.") || c.startsWith("org.camunda.")
                    || c.startsWith("org.apache.ibatis.") || c.startsWith("org.mybatis.") || c.startsWith("org.springframework.security.crypto")
                    || c.startsWith("com.fasterxml.") || c.startsWith("org.jixiao."))) {
                leaf = c.substring(c.lastIndexOf('.') + 1) + "." + f.getMethodName();
            }
            if (ours == null && c.startsWith("org.jixiao.")) {
                ours = c.replace("org.jixiao.", "") + "." + f.getMethodName() + ":" + f.getLineNumber();
            }
        }
        return (ours == null ? top.substring(top.lastIndexOf('.') + 1) + "." + stack[0].getMethodName() : ours)
                + " → " + leaf;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.join();
    }

    String top(int n) {
        synchronized (hits) {
            int total = Math.max(1, samples);
            return samples + " busy-worker samples:\n" + hits.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(n)
                    .map(e -> String.format(java.util.Locale.ROOT, "    %4.1f%% %s", e.getValue() * 100.0 / total, e.getKey()))
                    .collect(Collectors.joining("\n"));
        }
    }
}
