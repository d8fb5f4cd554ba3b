package org.jixiao.approval;

import java.time.Duration;
import java.util.UUID;
import org.jixiao.approval.internal.DeadlineMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A cluster-wide lease on a named job ({@code job_lease}, V51): a conditional update takes it when it has run out,
 * so of several nodes asking at once one gets it. A node that dies holding it frees it when the lease runs out
 * ({@code jixiao.approval.sla.lease}, default 30 minutes).
 */
@Component
public class JobLease {
    private final DeadlineMapper mapper;
    private final ReviewCalendar calendar;
    private final TransactionTemplate separate;
    private final Duration length;
    private final String holder;

    JobLease(DeadlineMapper mapper, ReviewCalendar calendar, PlatformTransactionManager transactions,
             @Value("${jixiao.approval.sla.lease:PT30M}") Duration length,
             @Value("${jixiao.node-name:}") String nodeName) {
        this.mapper = mapper;
        this.calendar = calendar;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.length = length;
        this.holder = (nodeName.isBlank() ? "node" : nodeName) + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Whether this node now holds the lease (taken or renewed). */
    public boolean take(String name) {
        var now = calendar.now();
        Boolean taken = separate.execute(status -> {
            if (mapper.takeLease(name, holder, now, now.plus(length)) == 1) {
                return true;
            }
            try {
                mapper.insertLease(name, holder, now.plus(length));
                return true;
            } catch (DuplicateKeyException heldElsewhere) {
                return false;
            }
        });
        return Boolean.TRUE.equals(taken);
    }

    public void release(String name) {
        separate.executeWithoutResult(status -> mapper.releaseLease(name, holder, calendar.now()));
    }

    /** This node's holder id, as written into {@code job_lease.holder}. */
    public String holder() {
        return holder;
    }
}
