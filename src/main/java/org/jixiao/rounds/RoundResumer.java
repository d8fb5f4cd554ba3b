package org.jixiao.rounds;

import java.util.List;
import org.jixiao.rounds.internal.RoundTableMapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Resumes every OPENING round of every kind: at start-up (after process deployment and demo data) and then
 * periodically, so a round whose worker died on another node is taken over once its lease expires.
 */
@Component
@Order(20)
public class RoundResumer implements ApplicationRunner {
    private final ObjectProvider<RoundKind> kinds;
    private final RoundWorker worker;
    private final RoundTableMapper tables;

    RoundResumer(ObjectProvider<RoundKind> kinds, RoundWorker worker, RoundTableMapper tables) {
        this.kinds = kinds;
        this.tables = tables;
        this.worker = worker;
    }

    @Override
    public void run(ApplicationArguments args) {
        resumeAll();
    }

    @Scheduled(initialDelayString = "${jixiao.rounds.sweep-interval:${jixiao.monitoring.sweep-interval:PT30S}}",
            fixedDelayString = "${jixiao.rounds.sweep-interval:${jixiao.monitoring.sweep-interval:PT30S}}")
    void sweep() {
        resumeAll();
    }

    /** Queues every OPENING round; rounds leased by a live worker elsewhere are skipped by the claim. */
    public int resumeAll() {
        int queued = 0;
        for (RoundKind kind : kinds.orderedStream().toList()) {
            List<Long> opening = tables.findIdsByStatus(kind.tables(), "OPENING");
            for (Long id : opening) {
                worker.submit(kind, id);
                queued++;
            }
        }
        return queued;
    }
}
