package org.jixiao.monitoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import org.jixiao.approval.ReviewDecision;
import org.jixiao.approval.ReviewService;
import org.jixiao.approval.ReviewTask;
import org.jixiao.approval.ui.ReviewDecisionPanel;
import org.jixiao.monitoring.internal.BudgetFollowUp;
import org.jixiao.monitoring.ReportReviews;
import org.jixiao.org.CurrentUser;

/**
 * The review decision on a report: the shared panel, one notice (已处理) for every decision, and where finance's
 * step offers it, 要求整改 with the budget follow-up in the panel's slot (the opinion is the requirement).
 */
class ReportDecisionPanel extends ReviewDecisionPanel {

    ReportDecisionPanel(ReviewService reviews, ReportReviews reportReviews, CurrentUser user, ReviewTask task,
                        String title, Long reportId) {
        super(reviews, user, task, title);
        announceAs(getTranslation("report.decided"));
        if (task.decisions().contains(ReviewDecision.RECTIFY)) {
            Select<BudgetFollowUp> followUp = new Select<>();
            followUp.setId("review-follow-up");
            followUp.setLabel(getTranslation("report.rectification.followUpLabel"));
            followUp.setItems(BudgetFollowUp.values());
            followUp.setItemLabelGenerator(f -> f == null ? "" : f.label());
            followUp.setEmptySelectionAllowed(true);
            Button rectify = new Button(getTranslation("report.rectify"), VaadinIcon.WRENCH.create(),
                    e -> decide(() -> reportReviews.requireRectification(user, reportId, opinion(), followUp.getValue()),
                            getTranslation("report.decided")));
            rectify.setId("review-rectify");
            addField(followUp).addDecision(rectify);
        }
    }
}
