package org.jixiao.approval.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jixiao.approval.BatchApproval;
import org.jixiao.approval.Inbox;
import org.jixiao.approval.ReviewTask;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.Role;
import org.jixiao.security.CurrentUserProvider;

/**
 * 待办 and 已办 (issue 12 §2). 待办 is a lazy grid over every open task offered to the user, paged, filtered and
 * sorted in the database, with the total; reviewers tick up to 200 rows and approve them together (批量审核通过).
 * 已办 lists what the user decided, newest first.
 */
@Route("inbox")
@RolesAllowed({"STAFF", "UNIT_LEADER", "DEPT_REVIEWER", "FINANCE_REVIEWER"})
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    public InboxView(Inbox inbox, BatchApproval batch, CurrentUserProvider currentUser) {
        CurrentUser user = currentUser.require();
        setSizeFull();
        Tab openTab = new Tab(getTranslation("inbox.tab.open"));
        openTab.setId("inbox-tab-open");
        Tab doneTab = new Tab(getTranslation("inbox.tab.done"));
        doneTab.setId("inbox-tab-done");
        Tabs tabs = new Tabs(openTab, doneTab);

        Span total = new Span();
        total.setId("inbox-total");
        Paragraph empty = new Paragraph();
        empty.setId("inbox-empty");
        InboxGrid grid = new InboxGrid(inbox, user, n -> {
            total.setText(getTranslation("inbox.total", n));
            empty.setVisible(n == 0);
        });
        InboxFilterBar filters = new InboxFilterBar(inbox, user, query -> {
            empty.setText(getTranslation("inbox.empty.filtered"));
            grid.filter(query);
        });
        empty.setText(getTranslation("inbox.empty"));
        VerticalLayout open = new VerticalLayout(filters);
        open.setPadding(false);
        open.setSizeFull();
        HorizontalLayout header = new HorizontalLayout();
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        total.getStyle().set("margin-left", "auto").set("font-weight", "600");
        Div outcome = new Div();
        if (user.hasAnyRole(Role.UNIT_LEADER, Role.DEPT_REVIEWER, Role.FINANCE_REVIEWER)) {
            // reviewers may approve several at once; the unit's own form tasks are refused there with the reason
            BatchApprovalBar bar = new BatchApprovalBar(batch, user, grid, grid::reload);
            header.add(bar);
            outcome = bar.outcome();
        }
        header.add(total);
        open.add(header, outcome, empty, grid);
        open.setFlexGrow(1, grid);

        Span doneTotal = new Span();
        doneTotal.setId("done-total");
        DoneGrid done = new DoneGrid(inbox, user, n -> doneTotal.setText(getTranslation("inbox.total", n)));
        VerticalLayout doneList = new VerticalLayout(doneTotal, done);
        doneList.setPadding(false);
        doneList.setSizeFull();
        doneList.setFlexGrow(1, done);
        doneList.setVisible(false);

        tabs.addSelectedChangeListener(e -> {
            boolean showDone = e.getSelectedTab() == doneTab;
            open.setVisible(!showDone);
            doneList.setVisible(showDone);
            if (showDone) {
                done.getDataProvider().refreshAll();
            }
        });
        add(tabs, open, doneList);
        setFlexGrow(1, open, doneList);
    }

    /** The task grid of the workbench (a short in-memory list); clicking a row opens the task's review location. */
    public static Grid<ReviewTask> tasksGrid(List<ReviewTask> tasks, String id) {
        return ReviewTaskGrid.of(tasks, id);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.inbox");
    }
}
