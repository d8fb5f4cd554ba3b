package org.jixiao.targets.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jixiao.targets.AnnualTask;
import org.jixiao.targets.Indicator;
import org.jixiao.targets.SpendingPlanPoint;
import org.springframework.stereotype.Component;

/**
 * The indicators, spending plan and annual tasks of targets in a terminal state (approved, superseded, rejected),
 * read once per node. Such a target's content never changes: only drafts' children are written, a terminal state is
 * never left, and ids are not reused; an adjustment is a new target. So nothing needs invalidating, on this node or
 * another. Every monitoring report and self-evaluation reads its target on each request (deadline day: 12 of a
 * journey's 125 statements). Callers get copies, free to change.
 */
@Component
public class SettledTargetContent {
    private static final int MAX_TARGETS = 5_000;

    /** One target's content as read, never handed out itself. */
    public record Content(List<Indicator> indicators, List<SpendingPlanPoint> spendingPlan, List<AnnualTask> tasks) {
    }

    private final Map<Long, Content> byTarget = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Content> eldest) {
            return size() > MAX_TARGETS;
        }
    });

    /** Copies of the content of the terminal target {@code id}, read with {@code read} the first time. */
    public Content of(Long id, Function<Long, Content> read) {
        Content kept = byTarget.get(id);
        if (kept == null) {
            kept = read.apply(id);
            byTarget.put(id, kept);
        }
        // hand-written copies: BeanUtils.copyProperties was 1 % of the request threads' CPU on deadline day
        return new Content(kept.indicators().stream().map(Indicator::copy).toList(),
                List.copyOf(kept.spendingPlan()), kept.tasks().stream().map(AnnualTask::copy).toList());
    }
}
