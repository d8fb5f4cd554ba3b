package org.jixiao.approval.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.stream.Collectors;
import org.jixiao.approval.ProcessDiagramService;
import org.jixiao.common.NotFoundException;
import org.jixiao.org.CurrentUser;

/**
 * 流程图 beside the history (issue 13 §5): the subject's deployed process drawn by bpmn-js with the current step
 * highlighted and the passed ones marked, and under it who holds the current step, by name. A subject that never
 * entered its process (a draft) shows no panel. Read through {@link ProcessDiagramService}, which checks the scope.
 */
public class ProcessDiagramPanel extends Details {

    public ProcessDiagramPanel(ProcessDiagramService diagrams, CurrentUser user, String subjectType, Long subjectId) {
        setId("process-diagram-panel");
        setSummaryText(getTranslation("diagram.title"));
        setWidthFull();
        ProcessDiagramService.Diagram diagram;
        try {
            diagram = diagrams.diagram(user, subjectType, subjectId);
        } catch (NotFoundException none) {
            setVisible(false);
            return;
        }
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        content.setSpacing(false);
        ProcessDiagram drawing = new ProcessDiagram();
        drawing.setId("process-diagram");
        drawing.setWidthFull();
        drawing.show(diagram.bpmnXml(), diagram.currentActivityIds(), diagram.passedActivityIds());
        content.add(drawing);
        Div legend = new Div(new Span(getTranslation(diagram.ended() ? "diagram.ended" : "diagram.legend")));
        legend.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        content.add(legend);
        for (ProcessDiagramService.Step step : diagram.currentSteps()) {
            String holders = step.holders().stream()
                    .map(h -> h.members().isEmpty() || h.members().equals(java.util.List.of(h.name())) ? h.name()
                            : h.name() + "：" + String.join("、", h.members()))
                    .collect(Collectors.joining("；"));
            Div line = new Div(new Span(getTranslation("diagram.holders", step.name() == null ? step.activityId()
                    : step.name(), holders.isEmpty() ? getTranslation("diagram.noHolders") : holders)));
            line.addClassName("process-diagram-holders");
            content.add(line);
        }
        add(content);
        setOpened(true);
    }
}
