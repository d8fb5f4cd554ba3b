package org.jixiao.monitoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.jixiao.common.ConflictException;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.Limits;
import org.jixiao.common.ValidationException;
import org.jixiao.monitoring.ReportReviews;
import org.jixiao.org.CurrentUser;
import org.jixiao.ui.Notices;

/** 催办: finance or the department urges the unit, with an optional message; the form is read again after it. */
class UrgePanel extends HorizontalLayout {

    UrgePanel(ReportReviews reviews, CurrentUser user, Long reportId, Runnable reload) {
        TextField message = new TextField();
        message.setId("report-urge-message");
        message.setPlaceholder(getTranslation("report.urge.placeholder"));
        message.setWidth("360px");
        message.setMaxLength(Limits.OPINION);
        Button urge = new Button(getTranslation("report.urge"), VaadinIcon.BELL.create(), e -> {
            try {
                reviews.urge(user, reportId, message.getValue());
                Notices.success(getTranslation("report.urge.done"), "report-done");
                reload.run();
            } catch (ValidationException | ConflictException | ForbiddenException refused) {
                Notices.error(refused.getMessage(), "report-conflict");
            }
        });
        urge.setId("report-urge");
        add(message, urge);
        setAlignItems(FlexComponent.Alignment.BASELINE);
    }
}
