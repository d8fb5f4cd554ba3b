package org.jixiao.notify.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.jixiao.approval.ui.InboxTab;
import org.jixiao.notify.CarbonCopies;
import org.jixiao.notify.CcItem;
import org.jixiao.org.CurrentUser;
import org.jixiao.ui.UiFormats;

/** 抄送我的 in 待办 (issue 12 §2): the tasks copied to the user, newest first, paged from the database. */
@org.springframework.stereotype.Component
class CcTab implements InboxTab {
    private final CarbonCopies copies;

    CcTab(CarbonCopies copies) {
        this.copies = copies;
    }

    @Override
    public String id() {
        return "inbox-tab-cc";
    }

    @Override
    public String labelKey() {
        return "notify.cc.tab";
    }

    @Override
    public Component create(CurrentUser user) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        layout.setSizeFull();
        Span total = new Span();
        total.setId("cc-total");
        Paragraph empty = new Paragraph(layout.getTranslation("notify.cc.empty"));
        empty.setId("cc-empty");
        Grid<CcItem> grid = new Grid<>();
        grid.setId("cc-grid");
        grid.addColumn(CcItem::getTaskName).setHeader(layout.getTranslation("notify.cc.step")).setFlexGrow(1)
                .setTooltipGenerator(CcItem::getTaskName);
        grid.addColumn(CcItem::getSubjectName).setHeader(layout.getTranslation("inbox.subject.name")).setFlexGrow(3)
                .setTooltipGenerator(CcItem::getSubjectName);
        grid.addColumn(CcItem::getUnitName).setHeader(layout.getTranslation("inbox.unit")).setFlexGrow(2)
                .setTooltipGenerator(CcItem::getUnitName);
        grid.addColumn(CcItem::getSenderName).setHeader(layout.getTranslation("notify.cc.sender")).setWidth("110px")
                .setFlexGrow(0);
        grid.addColumn(c -> c.getNote() == null ? "" : c.getNote()).setHeader(layout.getTranslation("notify.cc.note"))
                .setFlexGrow(2).setTooltipGenerator(c -> c.getNote() == null ? "" : c.getNote());
        grid.addColumn(c -> UiFormats.time(c.getCreatedAt())).setHeader(layout.getTranslation("notify.cc.at"))
                .setWidth("156px").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setItems(q -> copies.copiedTo(user, q.getOffset() / Math.max(1, q.getLimit()), q.getLimit())
                .items().stream(), q -> {
            long n = copies.copiedTo(user, 0, 1).total();
            total.setText(layout.getTranslation("inbox.total", n));
            empty.setVisible(n == 0);
            return (int) Math.min(n, Integer.MAX_VALUE);
        });
        grid.addItemClickListener(e -> UI.getCurrent().navigate(e.getItem().location()));
        layout.add(total, empty, grid);
        layout.setFlexGrow(1, grid);
        return layout;
    }
}
