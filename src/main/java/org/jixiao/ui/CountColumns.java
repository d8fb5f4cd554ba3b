package org.jixiao.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.ValueProvider;

/** Columns of counts, read as figures are: right-aligned, so units and tens line up down the column. */
public final class CountColumns {
    private CountColumns() {
    }

    /** A count sharing the free width with its neighbours. */
    public static <T> Grid.Column<T> add(Grid<T> grid, ValueProvider<T, ?> value, String header) {
        return grid.addColumn(value).setHeader(header).setFlexGrow(1).setTextAlign(ColumnTextAlign.END);
    }

    /** A count as wide as its figures, so that a name beside it takes the rest and stays on one line. */
    public static <T> Grid.Column<T> narrow(Grid<T> grid, ValueProvider<T, ?> value, String header) {
        return add(grid, value, header).setWidth("88px").setFlexGrow(0);
    }
}
