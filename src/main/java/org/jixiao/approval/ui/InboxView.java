package org.jixiao.approval.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.approval.BatchApproval;
import org.jixiao.approval.Inbox;
import org.jixiao.approval.ReviewTask;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.Role;
import org.jixiao.security.CurrentUserProvider;
import org.jixiao.ui.NarrowScreen;
import org.springframework.beans.factory.ObjectProvider;

/**
 * 待办 and 已办 (issue 12 §2). 待办 is a lazy grid over every open task offered to the user, paged, filtered and
 * sorted in the database, with the total; reviewers tick up to 200 rows and approve them together (批量审核通过).
 * 已办 lists what the user decided, newest first; other features add tabs (抄送我的) through {@link InboxTab}.
 */
@Route("inbox")
@RolesAllowed({"STAFF", "UNIT_LEADER", "DEPT_REVIEWER", "FINANCE_REVIEWER"})
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    public InboxView(Inbox inbox, BatchApproval batch, CurrentUserProvider currentUser,
                     ObjectProvider<InboxTab> moreTabs) {
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
        // On a phone the filters fold away behind one button, so the tasks come first (issue 12 §5).
        Button showFilters = new Button(getTranslation("inbox.showFilters"), VaadinIcon.FILTER.create(),
                e -> filters.setVisible(!filters.isVisible()));
        showFilters.setId("inbox-show-filters");
        showFilters.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        showFilters.setVisible(false);
        NarrowScreen.follow(this, narrow -> {
            showFilters.setVisible(narrow);
            filters.setVisible(!narrow);
        });
        VerticalLayout open = new VerticalLayout(showFilters, filters);
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

        // tabs of other features (抄送我的), made afresh whenever chosen
        Map<Tab, InboxTab> extra = new LinkedHashMap<>();
        moreTabs.orderedStream().forEach(t -> {
            Tab tab = new Tab(getTranslation(t.labelKey()));
            tab.setId(t.id());
            tabs.add(tab);
            extra.put(tab, t);
        });
        Div extraContent = new Div();
        extraContent.setSizeFull();
        extraContent.setVisible(false);
        tabs.addSelectedChangeListener(e -> {
            boolean showDone = e.getSelectedTab() == doneTab;
            InboxTab other = extra.get(e.getSelectedTab());
            open.setVisible(!showDone && other == null);
            doneList.setVisible(showDone);
            extraContent.setVisible(other != null);
            extraContent.removeAll();
            if (other != null) {
                extraContent.add(other.create(user));
            }
            if (showDone) {
                done.getDataProvider().refreshAll();
            }
        });
        add(tabs, open, doneList, extraContent);
        setFlexGrow(1, open, doneList, extraContent);
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
