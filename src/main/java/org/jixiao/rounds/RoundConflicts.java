package org.jixiao.rounds;

import java.util.function.Function;
import java.util.function.Supplier;
import org.jixiao.common.ConflictException;

/** The 409 for an open that lost to another one on the round's unique key (bureau, year[, cut-off month]). */
public final class RoundConflicts {
    private static final int LOOKUPS = 20;

    private RoundConflicts() {
    }

    /**
     * The conflict naming the winning round. The winner may not have committed yet when the database refused our
     * insert (H2 refuses an uncommitted duplicate at once), so its row is looked up a few times before giving up on
     * naming it; the answer is a 409 either way, never a 500.
     */
    public static <R> ConflictException lost(Supplier<R> winner, Function<R, ConflictException> exists, String what) {
        for (int i = 0; i < LOOKUPS; i++) {
            R round = winner.get();
            if (round != null) {
                return exists.apply(round);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return new ConflictException(what + "已发起，请勿重复操作");
    }
}
