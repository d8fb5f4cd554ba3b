package org.jixiao.approval.process;

import java.sql.SQLException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.jixiao.common.ConflictException;

/**
 * How a lost race looks from the engine, kept in one place for every class that acts on the engine
 * ({@link ReviewEngine}, {@link TaskHandoverEngine}): what the engine throws when a concurrent request got there
 * first (the task was completed or deleted, the message subscription is gone, a row changed under its optimistic
 * lock, a lock wait or deadlock) is answered as {@link ConflictException} (409), never 500. A
 * {@link ConflictException} thrown by a status listener inside the engine (e.g. refusing to leave a final state)
 * comes out unwrapped.
 */
final class EngineRaces {

    private EngineRaces() {
    }

    /**
     * Runs the engine call; a failure is a lost race when its cause says so, or when what it acted on is gone since
     * ({@code gone}: under READ COMMITTED the engine may read a task before and its execution after a concurrent
     * completion commits, and fail in its own code).
     */
    static <T> T guarded(String lostRace, Supplier<T> action, BooleanSupplier gone) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            ConflictException refused = causeOf(e, ConflictException.class);
            if (refused != null) {
                throw refused;
            }
            if (lostRace(e) || gone.getAsBoolean()) {
                throw new ConflictException(lostRace);
            }
            throw e;
        }
    }

    /** What a request that lost a race to a concurrent one sees from the engine. */
    static boolean lostRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockingException || t instanceof NullValueException
                    || t instanceof MismatchingMessageCorrelationException
                    || t instanceof org.camunda.bpm.engine.exception.NotFoundException
                    || t instanceof org.springframework.dao.PessimisticLockingFailureException
                    || t instanceof org.springframework.dao.DuplicateKeyException) {
                return true;
            }
            if (t instanceof BadUserRequestException && t.getMessage() != null
                    && t.getMessage().contains("Cannot find")) {
                return true;
            }
            if (t instanceof SQLException sql && isLockConflict(sql)) {
                return true;
            }
        }
        return false;
    }

    /** Deadlock or lock wait timeout: MariaDB 1213/1205, SQLState 40001 (both), H2's lock timeout HYT00. */
    private static boolean isLockConflict(SQLException sql) {
        return "40001".equals(sql.getSQLState()) || "HYT00".equals(sql.getSQLState())
                || sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205;
    }

    private static <X extends Throwable> X causeOf(Throwable e, Class<X> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
