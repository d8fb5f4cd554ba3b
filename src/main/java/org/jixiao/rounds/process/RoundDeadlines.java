package org.jixiao.rounds.process;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.jixiao.approval.process.ReviewEngine;
import org.jixiao.rounds.RoundCalendar;
import org.jixiao.rounds.RoundHeader;
import org.jixiao.rounds.RoundKind;
import org.jixiao.rounds.internal.RoundTableMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The deadline of every kind of round (processes/round-deadlines.bpmn): reminders go out at 09:00 bureau time
 * {@code jixiao.rounds.reminder-days} before the due date, and an item still with its unit is overdue from midnight
 * after the due date. The dates are read from the round row, not kept in process variables: the row is the truth.
 * What a reminder and "overdue" do to the items is the kind's ({@link RoundKind#remindUnsubmitted},
 * {@link RoundKind#markOverdue}).
 */
@Component("roundDeadlines")
public class RoundDeadlines {
    public static final String PROCESS_KEY = "RoundDeadlineProcess";
    private static final Logger log = LoggerFactory.getLogger(RoundDeadlines.class);
    private static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);

    private final ObjectProvider<RoundKind> kinds;
    private final RoundTableMapper tables;
    private final ReviewEngine engine;
    private final RoundCalendar calendar;
    private final int reminderDays;

    RoundDeadlines(ObjectProvider<RoundKind> kinds, RoundTableMapper tables, ReviewEngine engine,
                   RoundCalendar calendar,
                   @Value("${jixiao.rounds.reminder-days:${jixiao.monitoring.reminder-days:3}}") int reminderDays) {
        this.kinds = kinds;
        this.tables = tables;
        this.engine = engine;
        this.calendar = calendar;
        this.reminderDays = reminderDays;
    }

    /** Starts the round's deadline process; called in the transaction that inserts the round. */
    public void start(RoundKind kind, Long roundId) {
        engine.startPlain(PROCESS_KEY, businessKey(kind.label(), roundId));
    }

    /** A closed round needs no reminder and marks nothing overdue: its deadline process ends. */
    public void stop(RoundKind kind, Long roundId) {
        engine.deleteProcesses(PROCESS_KEY, java.util.List.of(businessKey(kind.label(), roundId)), "轮次已结束");
    }

    /**
     * A cancelled round: its deadline process and its items' processes end (in the cancel's transaction, before the
     * rows go). Returns how many item processes ended.
     */
    public int cancel(RoundKind kind, Long roundId, java.util.List<Long> itemIds) {
        stop(kind, roundId);
        return engine.deleteProcesses(kind.itemProcessKey(), itemIds.stream().map(String::valueOf).toList(),
                "轮次已撤销");
    }

    /** {@code Monitoring:12}: the kind's label and the round's id, since each kind numbers its rounds itself. */
    public static String businessKey(String kindLabel, Long roundId) {
        return kindLabel + ":" + roundId;
    }

    /** 09:00 bureau time, {@code reminder-days} before the due date. */
    public Date reminderOn(LocalDate dueDate) {
        return Date.from(dueDate.minusDays(reminderDays).atTime(REMINDER_TIME).atZone(calendar.zone()).toInstant());
    }

    /** Midnight bureau time after the due date. */
    public Date overdueFrom(LocalDate dueDate) {
        return Date.from(dueDate.plusDays(1).atStartOfDay(calendar.zone()).toInstant());
    }

    public Date reminderAt(DelegateExecution execution) {
        return reminderOn(round(execution).dueDate());
    }

    public Date overdueAt(DelegateExecution execution) {
        return overdueFrom(round(execution).dueDate());
    }

    public void remind(DelegateExecution execution) {
        RoundKind kind = kind(execution);
        Long roundId = roundId(execution);
        log.info("{} round {}: reminded units of {} items due", kind.label(), roundId, kind.remindUnsubmitted(roundId));
    }

    public void markOverdue(DelegateExecution execution) {
        RoundKind kind = kind(execution);
        Long roundId = roundId(execution);
        log.info("{} round {}: {} items overdue", kind.label(), roundId, kind.markOverdue(roundId));
    }

    private RoundHeader round(DelegateExecution execution) {
        RoundHeader round = tables.findHeader(kind(execution).tables(), roundId(execution));
        if (round == null) {
            throw new IllegalStateException("Round " + execution.getProcessBusinessKey() + " does not exist");
        }
        return round;
    }

    private RoundKind kind(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        String label = key.substring(0, key.indexOf(':'));
        return kinds.orderedStream().filter(k -> k.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no kind of round called " + label));
    }

    private static Long roundId(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        return Long.valueOf(key.substring(key.indexOf(':') + 1));
    }
}
