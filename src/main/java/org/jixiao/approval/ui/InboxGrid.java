package org.jixiao.approval.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.LongConsumer;
import org.jixiao.approval.Inbox;
import org.jixiao.approval.InboxItem;
import org.jixiao.approval.InboxQuery;
import org.jixiao.org.CurrentUser;

/**
 * 待办 as a lazy grid: each page of rows and the total come from the database ({@link Inbox}), with the filters of
 * the bar and the sort of the clicked column; the grid holds only what is on screen. A row opens its task.
 */
class InboxGrid extends Grid<InboxItem> {
    private InboxQuery filter = InboxQuery.firstPage();
    private final CallbackDataProvider<InboxItem, Void> rows;

    InboxGrid(Inbox inbox, CurrentUser user, LongConsumer totalShown) {
        setId("inbox-grid");
        LocalDate today = inbox.today();
        // the step (待办事项) is the type's tooltip: the subject and unit need the width at 1280 px
        addColumn(t -> InboxCells.type(this, t.getSubjectType())).setHeader(getTranslation("inbox.type"))
                .setWidth("92px").setFlexGrow(0).setTooltipGenerator(InboxItem::getTaskName);
        addColumn(t -> InboxCells.period(this, t)).setHeader(getTranslation("inbox.period"))
                .setWidth("124px").setFlexGrow(0);
        addColumn(InboxItem::getSubjectName).setHeader(getTranslation("inbox.subject.name")).setFlexGrow(3)
                .setSortProperty("name").setTooltipGenerator(t -> t.label()
                        + (t.getSubjectCode() == null ? "" : "（" + t.getSubjectCode() + "）"));
        addColumn(InboxItem::getUnitName).setHeader(getTranslation("inbox.unit")).setFlexGrow(2)
                .setTooltipGenerator(InboxItem::getUnitName);
        addColumn(t -> InboxCells.money(t.getAmount())).setHeader(getTranslation("inbox.amount"))
                .setWidth("132px").setFlexGrow(0).setTextAlign(ColumnTextAlign.END).setSortProperty("amount");
        addComponentColumn(t -> InboxCells.light(this, t.getLight())).setHeader(getTranslation("inbox.light"))
                .setWidth("62px").setFlexGrow(0);
        addColumn(t -> InboxCells.date(t.getCreatedAt())).setHeader(getTranslation("inbox.arrived"))
                .setWidth("112px").setFlexGrow(0).setSortProperty("arrived");
        addComponentColumn(t -> InboxCells.due(this, t, today)).setHeader(getTranslation("inbox.due"))
                .setWidth("112px").setFlexGrow(0).setSortProperty("due");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setMultiSort(false);
        setPageSize(InboxQuery.DEFAULT_SIZE);
        rows = new CallbackDataProvider<>(
                q -> inbox.rows(user, sorted(q.getSortOrders()), q.getOffset(), q.getLimit()).stream(),
                q -> {
                    long total = inbox.count(user, filter);
                    totalShown.accept(total);
                    return (int) Math.min(total, Integer.MAX_VALUE);
                },
                InboxItem::getTaskId);
        setItems(rows);
        addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(e.getItem().getReviewLocation())));
    }

    /** New filters from the bar: back to the top, recounted. */
    void filter(InboxQuery query) {
        this.filter = query;
        reload();
    }

    void reload() {
        deselectAll();
        rows.refreshAll();
    }

    private InboxQuery sorted(java.util.List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return filter;
        }
        QuerySortOrder order = orders.get(0);
        InboxQuery.Sort sort = InboxQuery.Sort.valueOf(order.getSorted().toUpperCase(Locale.ROOT));
        return filter.withSort(sort, order.getDirection() == SortDirection.ASCENDING);
    }
}
