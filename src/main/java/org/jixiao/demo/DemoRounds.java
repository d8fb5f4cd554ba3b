package org.jixiao.demo;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** The demo opens rounds through the real services, which create their items in the background. */
final class DemoRounds {
    static final Duration OPENING_WAIT = Duration.ofSeconds(60);

    private DemoRounds() {
    }

    /** Waits until the round says it is open; false when it is not within {@link #OPENING_WAIT}. */
    static boolean awaitOpen(BooleanSupplier open) {
        long end = System.nanoTime() + OPENING_WAIT.toNanos();
        while (!open.getAsBoolean()) {
            if (System.nanoTime() > end) {
                return false;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
