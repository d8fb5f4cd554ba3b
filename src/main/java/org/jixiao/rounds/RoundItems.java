package org.jixiao.rounds;

import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.jixiao.common.ConflictException;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.NotFoundException;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.DataScope;
import org.jixiao.org.Role;

/**
 * Who may see and fill an item of a round (a monitoring report, a self-evaluation): the same rules for every kind,
 * so a new kind of round does not write them again. Out of the caller's scope is not found (404); only the unit's
 * STAFF fill (403); nothing is filled once handed in or once the round is closed (409).
 */
public final class RoundItems {

    /** How the messages name the item and its round, e.g. 监控报告 and 监控轮次. */
    public record Nouns(String item, String round) {
    }

    private RoundItems() {
    }

    /**
     * @param item   the item, or null when there is none with that id
     * @param unitId the item's unit (read only when the item exists)
     * @throws NotFoundException when there is no such item or it is outside the caller's scope
     */
    public static <T> T visible(T item, Function<T, Long> unitId, DataScope scope, Nouns nouns,
                                Long id) {
        if (item == null || !scope.includes(unitId.apply(item))) {
            throw new NotFoundException(nouns.item() + " " + id + " 不存在");
        }
        return item;
    }

    /** Whether the caller may fill the item now: its unit's STAFF, the item still with the unit, the round open. */
    public static boolean fillable(CurrentUser user, Long unitId, boolean withUnit, boolean roundClosed) {
        return withUnit && !roundClosed && user.hasRole(Role.STAFF) && unitId.equals(user.orgId());
    }

    /**
     * The reason {@link #fillable} is false, as the API answers it. {@code roundClosed} is asked last, as it reads
     * the round.
     *
     * @param handedIn the 409 message when the item is no longer with the unit
     */
    public static void requireFillable(CurrentUser user, Long unitId, boolean withUnit, String handedIn,
                                       BooleanSupplier roundClosed, Nouns nouns) {
        if (!user.hasRole(Role.STAFF) || !unitId.equals(user.orgId())) {
            throw new ForbiddenException("只有本单位经办人可以填报" + nouns.item());
        }
        if (!withUnit) {
            throw new ConflictException(handedIn);
        }
        if (roundClosed.getAsBoolean()) {
            throw new ConflictException("该" + nouns.round() + "已结束，不能再填报或提交");
        }
    }
}
