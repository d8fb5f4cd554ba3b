package org.jixiao.rounds;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jixiao.common.ConflictException;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.NotFoundException;
import org.jixiao.common.ValidationException;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.Role;
import org.jixiao.rounds.internal.RoundTableMapper;
import org.jixiao.rounds.process.RoundDeadlines;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ending a round of any kind early (issue 12 §5), by the finance bureau that opened it:
 * <ul>
 *   <li>{@link #close}: OPEN → CLOSED. No more filling or submissions; what was handed in is still reviewed. The
 *       deadline process (reminder, overdue) ends.</li>
 *   <li>{@link #cancel}: only while no item was ever handed in. The round, its items, their rows and their
 *       processes are deleted, so the same round can be opened again (e.g. with the right due date).</li>
 * </ul>
 * Each takes effect once: a conditional UPDATE of the round row that one caller wins, before the engine is called,
 * in one transaction; the others get 409 saying what happened. The caller checks the round is visible (404).
 * The request names the round's fiscal year as a confirmation, so a mistyped id cannot end another year's round
 * (and the API fuzzer, which never sends a year, cannot end the rounds the rest of the suite uses).
 */
@Component
public class RoundLifecycle {
    private final RoundTableMapper tables;
    private final RoundDeadlines deadlines;

    RoundLifecycle(RoundTableMapper tables, RoundDeadlines deadlines) {
        this.tables = tables;
        this.deadlines = deadlines;
    }

    /**
     * @param noun the round in messages, e.g. 监控轮次
     * @throws ForbiddenException unless the caller is a finance reviewer of the round's bureau
     * @throws ConflictException  when the round is not OPEN (any more)
     */
    @Transactional
    public void close(CurrentUser user, RoundKind kind, Long id, Integer fiscalYear, String noun) {
        RoundHeader round = header(user, kind, id, noun);
        authorize(user, round, noun, "结束");
        confirm(round, fiscalYear, noun, "结束");
        if (tables.close(kind.tables(), id, user.username(), Instant.now().truncatedTo(ChronoUnit.SECONDS)) == 0) {
            throw refused(kind, id, noun, "结束");
        }
        deadlines.stop(kind, id);
    }

    /**
     * Deletes the round with its items and their processes. Returns how many items went with it.
     *
     * @throws ConflictException when an item was handed in, or the round is not OPEN (any more)
     */
    @Transactional
    public int cancel(CurrentUser user, RoundKind kind, Long id, Integer fiscalYear, String noun) {
        RoundHeader round = header(user, kind, id, noun);
        authorize(user, round, noun, "撤销");
        confirm(round, fiscalYear, noun, "撤销");
        if (tables.markCancelled(kind.tables(), id) == 0) {
            throw refused(kind, id, noun, "撤销");
        }
        List<Long> items = tables.findItemIds(kind.tables(), id);
        deadlines.cancel(kind, id, items);
        kind.deleteItemDetails(id);
        int deleted = tables.deleteUnsubmittedItems(kind.tables(), id);
        if (tables.countItems(kind.tables(), id) > 0) {
            // an item was handed in after the check (it held its row while we looked): keep everything
            throw new ConflictException("刚有单位报送了该" + noun + "的材料，不能撤销；可以结束轮次");
        }
        tables.deleteDepartments(kind.tables(), id);
        tables.deleteRound(kind.tables(), id);
        tables.insertCancelled(kind.label(), round, deleted, user.username(), Instant.now().truncatedTo(ChronoUnit.SECONDS));
        return deleted;
    }

    /**
     * A round the caller's service did not find: if the caller's bureau cancelled it, the request came after the
     * cancel (409 "已撤销", as for the requests that lost the race to it); otherwise it stays not found.
     */
    public void refuseIfCancelled(CurrentUser user, RoundKind kind, Long id, String noun) {
        Long bureau = id == null ? null : tables.findCancelledBureau(kind.label(), id);
        if (bureau != null && bureau.equals(user.financeBureauId()) && user.hasRole(Role.FINANCE_REVIEWER)) {
            throw new ConflictException("该" + noun + "已撤销，请勿重复操作");
        }
    }

    private RoundHeader header(CurrentUser user, RoundKind kind, Long id, String noun) {
        RoundHeader header = id == null ? null : tables.findHeader(kind.tables(), id);
        if (header == null) {
            // cancelled between the caller's scope check and here: the request lost the race to the cancel (409)
            refuseIfCancelled(user, kind, id, noun);
            throw new NotFoundException(noun + " " + id + " 不存在");
        }
        return header;
    }

    private static void authorize(CurrentUser user, RoundHeader round, String noun, String verb) {
        if (!user.hasRole(Role.FINANCE_REVIEWER) || !round.financeOrgId().equals(user.financeBureauId())) {
            throw new ForbiddenException("只有发起该" + noun + "的财政局审核人员可以" + verb + "轮次");
        }
    }

    private static void confirm(RoundHeader round, Integer fiscalYear, String noun, String verb) {
        if (fiscalYear == null) {
            throw ValidationException.of("fiscalYear", "请填写要" + verb + "的" + noun + "的预算年度，以确认操作");
        }
        if (fiscalYear != round.fiscalYear()) {
            throw ValidationException.of("fiscalYear", "该" + noun + "属于 " + round.fiscalYear() + " 年度，不是 "
                    + fiscalYear + " 年度；请核对要" + verb + "的轮次");
        }
    }

    /** Why the conditional update hit no row, as the round now stands. */
    private ConflictException refused(RoundKind kind, Long id, String noun, String verb) {
        RoundHeader now = tables.findHeader(kind.tables(), id);
        String status = now == null ? "CANCELLED" : now.status();
        return new ConflictException(switch (status) {
            case "CANCELLED" -> "该" + noun + "已撤销，请勿重复操作";
            case "CLOSED" -> "该" + noun + "已结束" + ("撤销".equals(verb) ? "，不能撤销" : "，请勿重复操作");
            case "OPENING" -> "该" + noun + "正在生成，请生成完毕后再" + verb;
            default -> "已有单位报送了该" + noun + "的材料，不能撤销；可以结束轮次";
        });
    }
}
