package org.jixiao.approval.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.jixiao.approval.ReviewAction;
import org.jixiao.approval.CaseProgress;
import org.jixiao.approval.ReviewEvent;
import org.jixiao.approval.StepRules;
import org.jixiao.ui.UiFormats;

/**
 * Where a case stands (issue 13 §5): the step open now with its holders and deadline (red once overdue), the steps
 * of the captured chain still to come, and the audit trail of the steps passed (审核记录): who, in which role, at
 * which step, did what, saying what, when.
 */
public class HistoryTimeline extends VerticalLayout {
    /** Beyond this many holders the line says "等 N 人" (a bureau's finance reviewers may be dozens). */
    private static final int HOLDERS_SHOWN = 5;

    public HistoryTimeline(List<ReviewEvent> events) {
        this(events, List.of());
    }

    public HistoryTimeline(CaseProgress.Standing standing) {
        this(standing.past(), standing.current(), standing.upcoming());
    }

    /** With the steps of the captured chain still to come after the open one (待办环节), when there are any. */
    public HistoryTimeline(List<ReviewEvent> events, List<StepRules.UpcomingStep> upcoming) {
        this(events, List.of(), upcoming);
    }

    private HistoryTimeline(List<ReviewEvent> events, List<CaseProgress.CurrentStep> current,
                            List<StepRules.UpcomingStep> upcoming) {
        setId("history");
        setPadding(false);
        setSpacing(false);
        add(new H3(getTranslation("history.title")));
        current.forEach(step -> add(currentLine(step)));
        if (!upcoming.isEmpty()) {
            Paragraph next = new Paragraph(getTranslation("timeline.upcoming") + "："
                    + String.join(" → ", upcoming.stream().map(StepRules.UpcomingStep::name).toList()));
            next.setId("history-upcoming");
            next.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0 0 var(--lumo-space-s)");
            add(next);
        }
        if (events.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("history.empty"));
            none.setId("history-empty");
            add(none);
            return;
        }
        Grid<ReviewEvent> grid = new Grid<>();
        grid.setId("history-grid");
        grid.addColumn(e -> UiFormats.time(e.getCreatedAt())).setHeader(getTranslation("history.time"))
                .setWidth("170px").setFlexGrow(0);
        grid.addColumn(ReviewEvent::getActorName).setHeader(getTranslation("history.actor"))
                .setWidth("200px").setFlexGrow(0);
        grid.addColumn(e -> label("role.", e.getActorRole())).setHeader(getTranslation("history.role"))
                .setWidth("130px").setFlexGrow(0);
        grid.addColumn(e -> label("status.", e.getStep())).setHeader(getTranslation("history.step"))
                .setWidth("150px").setFlexGrow(0);
        grid.addColumn(this::action)
                .setHeader(getTranslation("history.action")).setWidth("180px").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.START);
        grid.addColumn(e -> e.getOpinion() == null ? "" : e.getOpinion()).setHeader(getTranslation("history.opinion"))
                .setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setItems(events);
        add(grid);
        setWidthFull();
    }

    /** 当前环节：主管部门审核 · 办理人：张三、李四 · 办理期限：2030-03-06 已逾期 (red). */
    private Div currentLine(CaseProgress.CurrentStep step) {
        Div line = new Div();
        line.setId("history-current");
        line.getStyle().set("margin", "0 0 var(--lumo-space-xs)");
        line.add(new Span(getTranslation("timeline.current") + "：" + step.name()));
        if (!step.holders().isEmpty()) {
            List<String> names = step.holders().stream().limit(HOLDERS_SHOWN)
                    .map(CaseProgress.Holder::displayName).toList();
            String more = step.holders().size() > HOLDERS_SHOWN
                    ? " " + getTranslation("timeline.holdersMore", step.holders().size()) : "";
            line.add(new Span(" · " + getTranslation("timeline.holders") + "：" + String.join("、", names) + more));
        }
        if (step.dueOn() != null) {
            Span due = new Span(" · " + getTranslation("timeline.due") + "：" + step.dueOn()
                    + (step.overdue() ? " " + getTranslation("timeline.overdue") : ""));
            due.setId("history-due");
            if (step.overdue()) {
                due.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
                due.getElement().setAttribute("overdue", true);
            }
            line.add(due);
        }
        return line;
    }

    /**
     * The action with its marks (issue 13 §5): 代 X 审核通过 when a deputy acted for X, 转办 → Y / 委派 → Y / 交回 → Y
     * for a handover or 加签 → Y, 退回至 X for a return to a passed step.
     */
    private String action(ReviewEvent e) {
        String action = e.getAction() == null ? "" : label("action.", e.getAction().name());
        if (e.getAction() == ReviewAction.RETURN_TO_STEP && e.getCounterpartName() != null) {
            action = getTranslation("history.returnedTo", e.getCounterpartName());
        } else if (e.getCounterpartName() != null) {
            action = getTranslation("history.markTo", action, e.getCounterpartName());
        }
        if (e.getOnBehalfOfName() != null) {
            action = getTranslation("history.markDeputy", e.getOnBehalfOfName(), action);
        }
        return action;
    }

    /** A translated enum-ish code, or the code itself when no translation exists. */
    private String label(String prefix, String code) {
        if (code == null) {
            return "";
        }
        String text = getTranslation(prefix + code);
        return text.startsWith("!") ? code : text;
    }
}
