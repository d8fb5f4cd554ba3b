package org.jixiao.monitoring;

import org.jixiao.targets.TargetVersionReplaced;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Moves the reports a unit still holds to its target's newly approved version, in the approval's transaction. */
@Component
class ReportsFollowTargetAdjustments {
    private final ReportRetargeting reports;

    ReportsFollowTargetAdjustments(ReportRetargeting reports) {
        this.reports = reports;
    }

    @EventListener
    void on(TargetVersionReplaced replaced) {
        reports.followAdjustment(replaced.supersededId(), replaced.approvedId());
    }
}
