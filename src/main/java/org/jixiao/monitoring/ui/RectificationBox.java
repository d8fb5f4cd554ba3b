package org.jixiao.monitoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.jixiao.common.ConflictException;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.Limits;
import org.jixiao.common.ValidationException;
import org.jixiao.monitoring.internal.MonitoringReport;
import org.jixiao.monitoring.ReportReviews;
import org.jixiao.monitoring.ReportStatus;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.Role;
import org.jixiao.ui.Notices;

/**
 * 整改 on a report: finance's requirement and budget follow-up, the unit's 整改结果 once reported, and, while the
 * report waits for it, the unit's staff report it here. After reporting the form is read again ({@code reload}).
 */
class RectificationBox extends VerticalLayout {

    RectificationBox(ReportReviews reviews, CurrentUser user, MonitoringReport report, Runnable reload) {
        setId("report-rectification");
        getStyle().set("background", "var(--lumo-error-color-10pct)").set("border-radius", "var(--lumo-border-radius-l)");
        add(new H3(getTranslation("report.rectification")));
        Paragraph request = new Paragraph(getTranslation("report.rectification.request", report.getRectificationRequest()));
        request.setId("report-rectification-request");
        add(request);
        if (report.getBudgetFollowUp() != null) {
            add(new Paragraph(getTranslation("report.rectification.followUp", report.getBudgetFollowUp().label())));
        }
        if (report.getRectificationResult() != null) {
            add(new Paragraph(getTranslation("report.rectification.result", report.getRectificationResult())));
        }
        boolean mine = report.getStatus() == ReportStatus.RECTIFICATION && user.hasRole(Role.STAFF)
                && report.getUnitId().equals(user.orgId());
        if (mine) {
            TextArea result = new TextArea(getTranslation("report.rectification.resultLabel"));
            result.setId("report-rectification-result");
            result.setWidthFull();
            result.setMaxLength(Limits.OPINION);
            Button send = new Button(getTranslation("report.rectification.send"), VaadinIcon.PAPERPLANE.create(), e -> {
                try {
                    reviews.reportRectification(user, report.getId(), report.getVersion(), result.getValue());
                    Notices.success(getTranslation("report.rectification.sent"), "report-done");
                    reload.run();
                } catch (ValidationException invalid) {
                    // the last violation: the result's own, rather than the version's
                    result.setErrorMessage(invalid.violations().isEmpty() ? invalid.getMessage()
                            : invalid.violations().get(invalid.violations().size() - 1).message());
                    result.setInvalid(true);
                } catch (ConflictException | ForbiddenException conflict) {
                    Notices.error(conflict.getMessage(), "report-conflict");
                }
            });
            send.setId("report-rectification-send");
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(result, send);
        }
    }
}
