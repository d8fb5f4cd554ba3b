package org.jixiao.workbench.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import org.jixiao.evaluation.PendingEvaluation;

/** The unit's self-evaluations to fill (issue 12 §5), each row leading to its form. */
final class PendingEvaluationsGrid {
    private PendingEvaluationsGrid() {
    }

    static Grid<PendingEvaluation> of(List<PendingEvaluation> evaluations) {
        Grid<PendingEvaluation> grid = new Grid<>();
        grid.setId("workbench-evaluations");
        grid.addColumn(PendingEvaluation::targetName).setHeader(grid.getTranslation("target.name")).setFlexGrow(3);
        grid.addColumn(e -> grid.getTranslation("evalRounds.label", String.valueOf(e.fiscalYear())))
                .setHeader(grid.getTranslation("workbench.evaluationRound")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.dueDate().toString()).setHeader(grid.getTranslation("workbench.dueDate"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> grid.getTranslation("status.SELF_EVALUATION." + e.status().name()))
                .setHeader(grid.getTranslation("list.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setItems(evaluations);
        grid.addItemClickListener(e -> UI.getCurrent().navigate("evaluation/self/" + e.getItem().id()));
        return grid;
    }
}
