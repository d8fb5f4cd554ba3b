package org.jixiao.approval;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The one scheduled job of {@link StepDeadlines}: {@code jixiao.approval.sla.cron} (default hourly at :05, bureau
 * time). What it sends depends only on the date, so the hourly runs after the first of a day add nothing; running
 * every hour means a node down at one hour does not skip a day. On a cluster only the node holding the lease
 * {@code step-deadlines} in {@code job_lease} (V51) sweeps; the unique key of each notice keeps them exactly-once even
 * if two ever did. {@code jixiao.approval.sla.sweep-enabled=false} turns the job off (the tests call
 * {@link StepDeadlines#sweep} themselves with a clock they control).
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "jixiao.approval.sla.sweep-enabled", havingValue = "true", matchIfMissing = true)
class StepDeadlineSweep {
    static final String LEASE = "step-deadlines";

    private final StepDeadlines deadlines;
    private final JobLease lease;

    StepDeadlineSweep(StepDeadlines deadlines, JobLease lease) {
        this.deadlines = deadlines;
        this.lease = lease;
    }

    @Scheduled(cron = "${jixiao.approval.sla.cron:0 5 * * * *}", zone = "${jixiao.time-zone:Asia/Shanghai}")
    void run() {
        if (lease.take(LEASE)) {
            try {
                deadlines.sweep();
            } finally {
                lease.release(LEASE);
            }
        }
    }
}
