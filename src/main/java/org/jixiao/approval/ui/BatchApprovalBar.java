package org.jixiao.approval.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridMultiSelectionModel;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jixiao.approval.BatchApproval;
import org.jixiao.approval.ReviewDecision;
import org.jixiao.approval.InboxItem;
import org.jixiao.common.Limits;
import org.jixiao.org.CurrentUser;

/**
 * 批量审核通过 above the 待办 grid: the reviewer ticks tasks, confirms with one opinion, and sees per item what was
 * approved and what was refused and why (the same {@link BatchApproval} as the REST API).
 */
class BatchApprovalBar extends HorizontalLayout {
    private final Button approve = new Button();
    private final Span selected = new Span();
    private final Div outcome = new Div();

    BatchApprovalBar(BatchApproval batch, CurrentUser user, Grid<InboxItem> grid, Runnable reload) {
        setId("batch-bar");
        setAlignItems(FlexComponent.Alignment.CENTER);
        // 全选 on a lazy grid selects the first 200 rows of the current filter and sort (the server's page bound)
        ((GridMultiSelectionModel<InboxItem>) grid.setSelectionMode(Grid.SelectionMode.MULTI))
                .setSelectAllCheckboxVisibility(GridMultiSelectionModel.SelectAllCheckboxVisibility.VISIBLE);
        approve.setText(getTranslation("inbox.batch.approve"));
        approve.setIcon(VaadinIcon.CHECK_SQUARE_O.create());
        approve.setId("batch-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.setEnabled(false);
        selected.setId("batch-selected");
        outcome.setId("batch-outcome");
        grid.addSelectionListener(e -> {
            int n = e.getAllSelectedItems().size();
            approve.setEnabled(n > 0 && n <= BatchApproval.MAX_ITEMS);
            selected.setText(n == 0 ? getTranslation("inbox.batch.hint", BatchApproval.MAX_ITEMS)
                    : getTranslation("inbox.batch.selected", n, BatchApproval.MAX_ITEMS));
        });
        selected.setText(getTranslation("inbox.batch.hint", BatchApproval.MAX_ITEMS));
        approve.addClickListener(e -> confirm(batch, user, List.copyOf(grid.getSelectedItems()), reload));
        add(approve, selected);
    }

    /** The outcome list, placed by the view under the bar. */
    Div outcome() {
        return outcome;
    }

    private void confirm(BatchApproval batch, CurrentUser user, List<InboxItem> tasks, Runnable reload) {
        TextArea opinion = new TextArea(getTranslation("inbox.batch.opinion"));
        opinion.setId("batch-opinion");
        opinion.setMaxLength(Limits.OPINION);
        opinion.setWidthFull();
        long notApprovable = tasks.stream().filter(t -> !t.getDecisions().contains(ReviewDecision.APPROVE)).count();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("batch-confirm");
        dialog.setHeader(getTranslation("inbox.batch.confirmHeader", tasks.size()));
        Div text = new Div(new Span(getTranslation("inbox.batch.confirmText", tasks.size())));
        if (notApprovable > 0) {
            text.add(new Div(new Span(getTranslation("inbox.batch.formTasks", notApprovable))));
        }
        text.add(opinion);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("inbox.batch.cancel"));
        dialog.setConfirmText(getTranslation("inbox.batch.approve"));
        dialog.addConfirmListener(e -> {
            List<BatchApproval.Result> results = batch.approve(user, tasks.stream().map(InboxItem::getTaskId).toList(),
                    opinion.getValue().isBlank() ? null : opinion.getValue().strip());
            show(results, tasks);
            reload.run();
        });
        dialog.open();
    }

    private void show(List<BatchApproval.Result> results, List<InboxItem> tasks) {
        Map<String, InboxItem> byId = tasks.stream().collect(Collectors.toMap(InboxItem::getTaskId, Function.identity()));
        long approved = results.stream().filter(r -> r.status() == BatchApproval.Outcome.APPROVED).count();
        outcome.removeAll();
        Span summary = new Span(getTranslation("inbox.batch.done", approved, results.size() - approved));
        summary.setId("batch-summary");
        summary.getStyle().set("font-weight", "600");
        outcome.add(summary);
        UnorderedList refused = new UnorderedList();
        refused.setId("batch-refused");
        for (BatchApproval.Result r : results) {
            if (r.problem() != null) {
                InboxItem task = byId.get(r.taskId());
                refused.add(new ListItem((task == null ? r.taskId() : task.label()) + "：" + r.problem().detail()));
            }
        }
        if (refused.getChildren().findAny().isPresent()) {
            outcome.add(refused);
        }
    }
}
