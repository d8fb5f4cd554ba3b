package org.jixiao.targets.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import org.jixiao.targets.TargetChange;

/** What changed between two versions: 项目 / 调整前 / 调整后, one row per changed field, added or removed item. */
class DiffGrid extends Grid<TargetChange> {

    DiffGrid(List<TargetChange> changes) {
        setId("diff-grid");
        addColumn(this::what).setHeader(getTranslation("diff.item")).setFlexGrow(2);
        addColumn(c -> c.before() == null ? "—" : c.before()).setHeader(getTranslation("diff.before")).setFlexGrow(2);
        addColumn(c -> c.after() == null ? "—" : c.after()).setHeader(getTranslation("diff.after")).setFlexGrow(2);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        setItems(changes);
    }

    /** Section, the item (month, task or 一级 / 二级 / 三级) and the field, or whether the item was added/removed. */
    private String what(TargetChange c) {
        StringBuilder s = new StringBuilder(getTranslation("diff.section." + c.section().name()));
        if (c.item() != null) {
            s.append(" · ").append(c.item());
        }
        if (c.field() != null && c.section() != TargetChange.Section.SPENDING_PLAN) {
            s.append(" · ").append(getTranslation("diff.field." + c.field()));
        }
        if (c.kind() != TargetChange.Kind.CHANGED) {
            s.append("（").append(getTranslation("diff.kind." + c.kind().name())).append("）");
        }
        return s.toString();
    }
}
