package org.jixiao.rounds;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jixiao.common.ConflictException;
import org.jixiao.common.FieldViolation;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.ValidationException;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.Role;
import org.jixiao.rounds.internal.RoundTableMapper;
import org.jixiao.rounds.process.RoundDeadlines;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opening a round of any kind: who may, what is checked (year, due date, departments, a scope with approved
 * targets), and the insert that takes effect exactly once — the kind's unique key (bureau, year[, cut-off month])
 * lets one of several simultaneous opens win and the others get a 409 naming the winner — with its deadline
 * process (reminder, overdue), after which the worker creates the items in the background.
 */
@Component
public class RoundOpening {
    private final RoundScopes scopes;
    private final RoundTableMapper tables;
    private final RoundCalendar calendar;
    private final RoundWorker worker;
    private final TransactionTemplate transaction;
    private final RoundDeadlines deadlines;

    RoundOpening(RoundScopes scopes, RoundTableMapper tables, RoundCalendar calendar, RoundWorker worker,
                 TransactionTemplate transaction, RoundDeadlines deadlines) {
        this.deadlines = deadlines;
        this.scopes = scopes;
        this.tables = tables;
        this.calendar = calendar;
        this.worker = worker;
        this.transaction = transaction;
    }

    /** The bureau's today, which the API checks due dates against. */
    public LocalDate today() {
        return calendar.today();
    }

    /** A checked open request: the departments (null = all of the bureau's) and the approved targets in scope. */
    public record Checked(List<Long> departments, int approved) {
    }

    /**
     * Checks an open request; {@code violations} may already hold the kind's own (e.g. the cut-off month).
     *
     * @param noun         the kind's round in messages, e.g. 监控轮次
     * @param dueDateLabel the due date in the "required" message, e.g. 报送截止日期
     * @throws ForbiddenException  unless the caller is a finance reviewer of a bureau
     * @throws ValidationException 422 on the fields, every problem at once
     */
    public Checked check(CurrentUser user, String noun, String dueDateLabel, Integer fiscalYear, LocalDate dueDate,
                         List<Long> departmentIds, LocalDate today, List<FieldViolation> violations) {
        if (!user.hasRole(Role.FINANCE_REVIEWER) || user.financeBureauId() == null) {
            throw new ForbiddenException("只有财政局审核人员可以发起" + noun);
        }
        if (fiscalYear == null) {
            violations.add(new FieldViolation("fiscalYear", "请填写预算年度"));
        } else if (fiscalYear < 2000 || fiscalYear > 2100) {
            violations.add(new FieldViolation("fiscalYear", "预算年度须在 2000–2100 之间"));
        }
        if (dueDate == null) {
            violations.add(new FieldViolation("dueDate", "请填写" + dueDateLabel));
        }
        RoundOpenRules.dueDate(fiscalYear, dueDate, today, violations);
        List<Long> departments = scopes.departments(user, departmentIds, violations);
        if (!violations.isEmpty()) {
            throw new ValidationException(noun + "信息有误", violations);
        }
        Set<Long> units = scopes.units(user.financeBureauId(), departments);
        int approved = units.isEmpty() ? 0 : tables.countApprovedTargets(fiscalYear, units);
        FieldViolation empty = RoundOpenRules.emptyScope(fiscalYear, departments != null, approved);
        if (empty != null) {
            throw new ValidationException(noun + "信息有误", List.of(empty));
        }
        return new Checked(departments, approved);
    }

    /**
     * Inserts the round row ({@code insertRound}, which returns its id), its departments and its deadline process
     * in one transaction, then queues the worker once that has committed.
     *
     * @param winner the round that holds the unique key, looked up when the insert lost a race
     * @param exists the 409 naming that round
     * @param what   the round in the message when the winner cannot be named yet
     */
    public <R> Long insert(RoundKind kind, Supplier<Long> insertRound, List<Long> departments, Supplier<R> winner,
                           Function<R, ConflictException> exists, String what) {
        Long id;
        try {
            id = transaction.execute(status -> {
                Long roundId = insertRound.get();
                if (departments != null) {
                    departments.forEach(d -> tables.insertDepartment(kind.tables(), roundId, d));
                }
                deadlines.start(kind, roundId);
                return roundId;
            });
        } catch (DuplicateKeyException e) {
            throw RoundConflicts.lost(winner, exists, what);
        }
        worker.submitAfterCommit(kind, id);
        return id;
    }
}
