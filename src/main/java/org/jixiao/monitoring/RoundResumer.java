package org.jixiao.monitoring;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Resumes every OPENING round: at start-up (after process deployment and demo data) and then
 * periodically, so a round whose worker died on another node is taken over once its lease expires.
 */
@Component
@Order(20)
class RoundResumer implements ApplicationRunner {
    private final MonitoringRoundMapper rounds;
    private final RoundWorker worker;

    RoundResumer(MonitoringRoundMapper rounds, RoundWorker worker) {
        this.rounds = rounds;
        this.worker = worker;
    }

    @Override
    public void run(ApplicationArguments args) {
        resumeAll();
    }

    @Scheduled(initialDelayString = "${jixiao.monitoring.sweep-interval:PT30S}",
            fixedDelayString = "${jixiao.monitoring.sweep-interval:PT30S}")
    void sweep() {
        resumeAll();
    }

    /** Queues every OPENING round; rounds leased by a live worker elsewhere are skipped by the claim. */
    int resumeAll() {
        int queued = 0;
        for (Long id : rounds.findIdsByStatus(RoundStatus.OPENING)) {
            worker.submit(id);
            queued++;
        }
        return queued;
    }
}
