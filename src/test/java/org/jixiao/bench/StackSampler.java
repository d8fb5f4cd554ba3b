package org.jixiao.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A poor man's profiler for one call: runs it repeatedly on a thread and samples that thread's stack every
 * few milliseconds, counting the innermost frames of our code, the engine, MyBatis and the JDBC drivers.
 */
final class StackSampler {
    private StackSampler() {
    }

    static String profile(Runnable call, int runs) throws InterruptedException {
        Thread worker = new Thread(() -> {
            for (int i = 0; i < runs; i++) {
                call.run();
            }
        }, "bench-profiled");
        Map<String, Integer> hits = new HashMap<>();
        String example = null;
        int samples = 0;
        worker.start();
        while (worker.isAlive()) {
            StackTraceElement[] stack = worker.getStackTrace();
            if (stack.length > 0) {
                samples++;
                hits.merge(innermostOfInterest(stack), 1, Integer::sum);
                if (example == null && samples == 20) {
                    example = java.util.Arrays.stream(stack).limit(60)
                            .filter(f -> !f.getClassName().startsWith("java.") && !f.getClassName().startsWith("jdk.")
                                    && !f.getClassName().startsWith("org.springframework."))
                            .map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName())
                            .collect(Collectors.joining(" < "));
                }
            }
            Thread.sleep(2);
        }
        int total = Math.max(1, samples);
        return samples + " samples: " + hits.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(6)
                .map(e -> e.getValue() * 100 / total + "% " + e.getKey())
                .collect(Collectors.joining("; ")) + "\n  one stack: " + example;
    }

    /** The innermost frame in org.jixiao plus the innermost frame below it (where the time actually goes). */
    private static String innermostOfInterest(StackTraceElement[] stack) {
        String ours = null;
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().startsWith("org.jixiao.") && !frame.getClassName().startsWith("org.jixiao.bench")) {
                ours = frame.getClassName().replace("org.jixiao.", "") + "." + frame.getMethodName() + ":" + frame.getLineNumber();
                break;
            }
        }
        String leaf = null;
        for (StackTraceElement frame : stack) {
            String c = frame.getClassName();
            if (c.startsWith("org.h2.") || c.startsWith("com.mysql.") || c.startsWith("org.camunda.")
                    || c.startsWith("org.apache.ibatis.") || c.startsWith("org.jixiao.")) {
                leaf = c.substring(c.lastIndexOf('.') + 1) + "." + frame.getMethodName();
                break;
            }
        }
        return ours + " → " + leaf;
    }
}
