package org.jixiao.monitoring.process;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.jixiao.monitoring.MonitoringReportService;
import org.jixiao.monitoring.MonitoringRound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The dates and actions of a round's deadline process (processes/monitoring-round.bpmn). Dates are read from the
 * round, not kept in process variables: the round row is the truth. Reminders go out at 09:00 local time
 * {@code reminder-days} before the due date; a report is overdue from midnight after the due date.
 */
@Component("monitoringRoundSchedule")
public class MonitoringRoundSchedule {
    private static final Logger log = LoggerFactory.getLogger(MonitoringRoundSchedule.class);
    private static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);

    private final MonitoringReportService reports;
    private final int reminderDays;
    private final ZoneId zone;

    MonitoringRoundSchedule(MonitoringReportService reports,
                            @Value("${jixiao.rounds.reminder-days:${jixiao.monitoring.reminder-days:3}}") int reminderDays,
                            @Value("${jixiao.time-zone:Asia/Shanghai}") String zone) {
        this.reports = reports;
        this.reminderDays = reminderDays;
        this.zone = ZoneId.of(zone);
    }

    public Date reminderAt(DelegateExecution execution) {
        MonitoringRound round = round(execution);
        return Date.from(round.getDueDate().minusDays(reminderDays).atTime(REMINDER_TIME).atZone(zone).toInstant());
    }

    public Date overdueAt(DelegateExecution execution) {
        MonitoringRound round = round(execution);
        return Date.from(round.getDueDate().plusDays(1).atStartOfDay(zone).toInstant());
    }

    public void remind(DelegateExecution execution) {
        Long roundId = roundId(execution);
        log.info("Monitoring round {}: reminded {} units of the due date", roundId, reports.remindUnsubmitted(roundId));
    }

    public void markOverdue(DelegateExecution execution) {
        Long roundId = roundId(execution);
        log.info("Monitoring round {}: {} reports overdue", roundId, reports.markOverdue(roundId));
    }

    private MonitoringRound round(DelegateExecution execution) {
        MonitoringRound round = reports.round(roundId(execution));
        if (round == null) {
            throw new IllegalStateException("Monitoring round " + execution.getProcessBusinessKey() + " does not exist");
        }
        return round;
    }

    private static Long roundId(DelegateExecution execution) {
        return Long.valueOf(execution.getProcessBusinessKey());
    }
}
