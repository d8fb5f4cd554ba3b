package org.jixiao.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;

/**
 * Keeps the application's log levels while Gatling runs in the same JVM. Starting a Gatling run leaves logback's root
 * logger at DEBUG (found on 2026-11-28: the application started at WARN and was at DEBUG after the warm-up), and the
 * whole application then builds debug messages nobody sees: every MyBatis statement wrapped in its logging proxies,
 * every response body turned into a string for Spring MVC's debug line. That was measurable CPU in every request and
 * in the baseline, which runs after Gatling, so both halves of the comparison paid for it.
 */
final class LogLevels {
    private static volatile Level held;

    private LogLevels() {
    }

    /** Remembers the root level the application runs with. */
    static void hold() {
        held = context().getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getLevel();
    }

    /** Puts the remembered root level back (Gatling's {@code before} hook, and after each run). */
    static void restore() {
        if (held != null) {
            context().getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(held);
        }
    }

    static String describe() {
        return context().getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getLevel() + ", debug of statements "
                + LoggerFactory.getLogger("org.apache.ibatis").isDebugEnabled();
    }

    private static LoggerContext context() {
        return (LoggerContext) LoggerFactory.getILoggerFactory();
    }
}
