package org.jixiao.approval.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jixiao.approval.BatchApproval;
import org.jixiao.approval.ReviewDecision;
import org.jixiao.approval.ReviewService;
import org.jixiao.approval.ReviewTask;
import org.jixiao.org.CurrentUser;
import org.jixiao.security.CurrentUserProvider;
import org.jixiao.ui.UiFormats;

/**
 * 待办: the open review tasks offered to the signed-in reviewer; a row opens its review screen, ticked rows can be
 * approved together (批量审核通过).
 */
@Route("inbox")
@RolesAllowed({"STAFF", "UNIT_LEADER", "DEPT_REVIEWER", "FINANCE_REVIEWER"})
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    public InboxView(ReviewService reviews, BatchApproval batch, CurrentUserProvider currentUser) {
        CurrentUser user = currentUser.require();
        setSizeFull();
        List<ReviewTask> tasks = reviews.inbox(user);
        Grid<ReviewTask> grid = tasksGrid(tasks, "inbox-grid");
        if (tasks.stream().anyMatch(t -> t.decisions().contains(ReviewDecision.APPROVE))) {
            // reviewers may approve several at once; the unit's own form tasks are refused there with the reason
            BatchApprovalBar bar = new BatchApprovalBar(batch, user, grid, () -> grid.setItems(reviews.inbox(user)));
            add(bar, bar.outcome());
        }
        add(grid);
        if (tasks.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("inbox.empty"));
            none.setId("inbox-empty");
            add(none);
        }
    }

    /** The task grid, also used by the workbench; clicking a row opens the task's review location. */
    public static Grid<ReviewTask> tasksGrid(List<ReviewTask> tasks, String id) {
        Grid<ReviewTask> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(t -> grid.getTranslation("inbox.type." + t.subjectType())).setHeader(grid.getTranslation("inbox.type"))
                .setWidth("100px").setFlexGrow(0);
        grid.addColumn(ReviewTask::name).setHeader(grid.getTranslation("inbox.task")).setWidth("170px").setFlexGrow(0);
        grid.addColumn(ReviewTask::subjectName).setHeader(grid.getTranslation("inbox.subject")).setFlexGrow(2);
        grid.addColumn(ReviewTask::unitName).setHeader(grid.getTranslation("inbox.unit")).setFlexGrow(1);
        grid.addColumn(t -> statusLabel(grid, t.subjectType(), t.subjectStatus())).setHeader(grid.getTranslation("inbox.status"))
                .setWidth("170px").setFlexGrow(0);
        grid.addColumn(t -> UiFormats.time(t.created())).setHeader(grid.getTranslation("inbox.created"))
                .setWidth("170px").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setItems(tasks);
        grid.addItemClickListener(e -> grid.getUI().ifPresent(ui ->
                ui.navigate(e.getItem().reviewLocation())));
        return grid;
    }

    /** A status label of the subject's own kind ({@code status.MONITORING_REPORT.DRAFT}) before the shared one. */
    private static String statusLabel(Grid<?> grid, String type, String status) {
        if (status == null) {
            return "";
        }
        String own = grid.getTranslation("status." + type + "." + status);
        if (!own.startsWith("!")) {
            return own;
        }
        String text = grid.getTranslation("status." + status);
        return text.startsWith("!") ? status : text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.inbox");
    }
}
