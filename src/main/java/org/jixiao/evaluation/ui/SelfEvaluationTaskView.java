package org.jixiao.evaluation.ui;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jixiao.approval.ReviewService;
import org.jixiao.approval.ui.TaskRedirect;
import org.jixiao.evaluation.SelfEvaluationService;
import org.jixiao.security.CurrentUserProvider;

/** Where the inbox sends a self-evaluation task: the self-evaluation itself, whose screen offers the decisions. */
@Route("evaluation/self/task/:taskId")
@RolesAllowed({"STAFF", "UNIT_LEADER", "DEPT_REVIEWER", "FINANCE_REVIEWER"})
public class SelfEvaluationTaskView extends TaskRedirect {

    public SelfEvaluationTaskView(ReviewService reviews, CurrentUserProvider currentUser) {
        super(reviews, currentUser.require(), SelfEvaluationService.SUBJECT_TYPE, SelfEvaluationView.class);
    }
}
