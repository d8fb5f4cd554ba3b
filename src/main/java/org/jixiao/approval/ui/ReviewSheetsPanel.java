package org.jixiao.approval.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Objects;
import org.jixiao.approval.sheet.Criterion;
import org.jixiao.approval.sheet.SheetRecord;
import org.jixiao.ui.UiFormats;

/**
 * The 88号 review sheets of a subject, oldest first (审核表): per sheet the step, reviewer and time, the grade
 * and comment of each heading, the result and, for a 良, the 完善意见 the unit is to act on. Hidden when there is
 * none. Ids: {@code review-sheets}, {@code review-sheet-<n>}, {@code review-sheet-improvement-<n>}.
 */
public class ReviewSheetsPanel extends VerticalLayout {

    public ReviewSheetsPanel(List<SheetRecord> sheets) {
        setPadding(false);
        setId("review-sheets");
        setVisible(!sheets.isEmpty());
        add(new H3(getTranslation("sheet.history")));
        for (int n = 0; n < sheets.size(); n++) {
            SheetRecord s = sheets.get(n);
            add(new H4(getTranslation("sheet.heading", Objects.toString(s.getStepName(), s.getStep()),
                    s.getReviewerName(), UiFormats.time(s.getCreatedAt()),
                    getTranslation("sheet.grade." + s.getResult().name()))));
            Grid<Criterion> grid = new Grid<>();
            grid.setId("review-sheet-" + n);
            grid.addColumn(c -> getTranslation("sheet.criterion." + c.name())).setHeader(getTranslation("sheet.content"))
                    .setWidth("110px").setFlexGrow(0);
            grid.addColumn(c -> getTranslation("sheet.grade." + s.grade(c).name()))
                    .setHeader(getTranslation("sheet.gradeHeader")).setWidth("90px").setFlexGrow(0);
            grid.addColumn(c -> Objects.toString(s.comment(c), "")).setHeader(getTranslation("sheet.comment"));
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
            grid.setAllRowsVisible(true);
            grid.setItems(Criterion.values());
            add(grid);
            if (s.getImprovement() != null) {
                Paragraph improvement = new Paragraph(getTranslation("sheet.improvementShown", s.getImprovement()));
                improvement.setId("review-sheet-improvement-" + n);
                improvement.getStyle().set("background", "var(--lumo-warning-color-10pct)")
                        .set("padding", "var(--lumo-space-s)").set("margin", "0");
                add(improvement);
            }
        }
    }
}
