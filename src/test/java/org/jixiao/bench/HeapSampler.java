package org.jixiao.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Peak heap of one phase: used heap sampled every 100 ms (the figure reported), and the sum of the heap
 * pools' own peaks since the phase began (an upper bound: pools peak at different moments).
 */
final class HeapSampler implements AutoCloseable {
    private static final long MB = 1024 * 1024;
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peakUsed;

    private HeapSampler() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        peakUsed = memory.getHeapMemoryUsage().getUsed();
        thread = new Thread(this::sample, "bench-heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    static HeapSampler start() {
        return new HeapSampler();
    }

    private void sample() {
        while (running) {
            peakUsed = Math.max(peakUsed, memory.getHeapMemoryUsage().getUsed());
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Peak sampled used heap in MB. */
    long peakMb() {
        return Math.max(peakUsed, memory.getHeapMemoryUsage().getUsed()) / MB;
    }

    /** Sum of the heap pools' peaks in MB since the phase began. */
    long poolPeaksMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / MB;
    }

    static long maxHeapMb() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() / MB;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
