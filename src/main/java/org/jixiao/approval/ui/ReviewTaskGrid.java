package org.jixiao.approval.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import org.jixiao.approval.ReviewTask;
import org.jixiao.ui.UiFormats;

/** A short, in-memory list of open tasks (the workbench's); 待办 itself is the lazy {@link InboxGrid}. */
final class ReviewTaskGrid {
    private ReviewTaskGrid() {
    }

    static Grid<ReviewTask> of(List<ReviewTask> tasks, String id) {
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
}
