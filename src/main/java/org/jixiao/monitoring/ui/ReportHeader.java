package org.jixiao.monitoring.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.jixiao.monitoring.internal.MonitoringReport;
import org.jixiao.monitoring.ReportDetail;

/**
 * The report's title, round line (year, cut-off month, due date, unit, project code) and badges: status, the overall
 * light (live, owned by the form), overdue and 催办 count.
 */
class ReportHeader extends VerticalLayout {

    ReportHeader(ReportDetail detail, LightBadge overallLight) {
        MonitoringReport report = detail.report();
        H2 title = new H2(getTranslation("report.title", detail.target().getName()));
        title.setId("report-title");
        title.getStyle().set("margin", "0");
        Span status = new Span(getTranslation("status.MONITORING_REPORT." + report.getStatus().name()));
        status.setId("report-status");
        status.getElement().getThemeList().add("badge");
        overallLight.setId("report-light");
        HorizontalLayout badges = new HorizontalLayout(status, new Span(getTranslation("report.overall")), overallLight);
        badges.setAlignItems(FlexComponent.Alignment.CENTER);
        if (report.isOverdue()) {
            badges.add(badge("report-overdue", getTranslation("report.overdue"), "error"));
        }
        if (report.getUrgeCount() > 0) {
            badges.add(badge("report-urged", getTranslation("report.urged", report.getUrgeCount()), "contrast"));
        }
        Paragraph round = new Paragraph(getTranslation("report.round", String.valueOf(detail.round().getFiscalYear()),
                detail.round().getCutoffMonth(), String.valueOf(detail.round().getDueDate()),
                detail.target().getUnitName(), detail.target().getProjectCode() == null ? "—"
                        : detail.target().getProjectCode()));
        round.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
        add(title, round, badges);
        setPadding(false);
        setSpacing(false);
    }

    private static Span badge(String id, String text, String theme) {
        Span span = new Span(text);
        span.setId(id);
        span.getElement().getThemeList().add("badge " + theme);
        return span;
    }
}
