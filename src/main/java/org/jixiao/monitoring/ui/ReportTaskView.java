package org.jixiao.monitoring.ui;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jixiao.approval.ReviewService;
import org.jixiao.approval.ui.TaskRedirect;
import org.jixiao.monitoring.MonitoringReportService;
import org.jixiao.security.CurrentUserProvider;

/** Where the inbox sends a report task: the report itself, whose screen offers the task's decisions. */
@Route("monitoring/reports/task/:taskId")
@RolesAllowed({"STAFF", "UNIT_LEADER", "DEPT_REVIEWER", "FINANCE_REVIEWER"})
public class ReportTaskView extends TaskRedirect {

    public ReportTaskView(ReviewService reviews, CurrentUserProvider currentUser) {
        super(reviews, currentUser.require(), MonitoringReportService.SUBJECT_TYPE, ReportFormView.class);
    }
}
