package org.jixiao.monitoring.process;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.jixiao.monitoring.ReportDeadlines;
import org.jixiao.monitoring.internal.MonitoringRound;
import org.jixiao.rounds.process.RoundDeadlines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps the deadline processes of monitoring rounds opened before the shared {@link RoundDeadlines}
 * (processes/monitoring-round.bpmn, business key = round id) running to their end: same dates, same actions. New
 * rounds of every kind get processes/round-deadlines.bpmn instead.
 */
@Component("monitoringRoundSchedule")
public class MonitoringRoundSchedule {
    private static final Logger log = LoggerFactory.getLogger(MonitoringRoundSchedule.class);

    private final ReportDeadlines reports;
    private final RoundDeadlines deadlines;

    MonitoringRoundSchedule(ReportDeadlines reports, RoundDeadlines deadlines) {
        this.reports = reports;
        this.deadlines = deadlines;
    }

    public Date reminderAt(DelegateExecution execution) {
        return deadlines.reminderOn(round(execution).getDueDate());
    }

    public Date overdueAt(DelegateExecution execution) {
        return deadlines.overdueFrom(round(execution).getDueDate());
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
