package org.jixiao.approval.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.function.LongConsumer;
import org.jixiao.approval.DoneItem;
import org.jixiao.approval.Inbox;
import org.jixiao.org.CurrentUser;
import org.jixiao.ui.UiFormats;

/** 已办: the tasks the user decided, newest first, lazily from the database like 待办. */
class DoneGrid extends Grid<DoneItem> {

    DoneGrid(Inbox inbox, CurrentUser user, LongConsumer totalShown) {
        setId("done-grid");
        addColumn(t -> InboxCells.type(this, t.getSubjectType())).setHeader(getTranslation("inbox.type"))
                .setWidth("92px").setFlexGrow(0).setTooltipGenerator(DoneItem::getTaskName);
        addColumn(t -> InboxCells.period(this, t)).setHeader(getTranslation("inbox.period"))
                .setWidth("124px").setFlexGrow(0);
        addColumn(DoneItem::getSubjectName).setHeader(getTranslation("inbox.subject.name")).setFlexGrow(3)
                .setTooltipGenerator(DoneItem::label);
        addColumn(DoneItem::getUnitName).setHeader(getTranslation("inbox.unit")).setFlexGrow(2)
                .setTooltipGenerator(DoneItem::getUnitName);
        addColumn(t -> InboxCells.money(t.getAmount())).setHeader(getTranslation("inbox.amount"))
                .setWidth("128px").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        addColumn(t -> t.getAction() == null ? "" : getTranslation("action." + t.getAction().name()))
                .setHeader(getTranslation("inbox.done.action")).setWidth("96px").setFlexGrow(0);
        addColumn(t -> t.getOpinion() == null ? "" : t.getOpinion()).setHeader(getTranslation("inbox.done.opinion"))
                .setFlexGrow(2).setTooltipGenerator(t -> t.getOpinion() == null ? "" : t.getOpinion());
        addColumn(t -> UiFormats.time(t.getActedAt())).setHeader(getTranslation("inbox.done.at"))
                .setWidth("156px").setFlexGrow(0);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setItems(q -> inbox.doneRows(user, q.getOffset(), q.getLimit()).stream(), q -> {
            long total = inbox.doneCount(user);
            totalShown.accept(total);
            return (int) Math.min(total, Integer.MAX_VALUE);
        });
    }
}
