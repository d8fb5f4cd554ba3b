package org.jixiao.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import org.jixiao.evaluation.SelfEvaluationExport;
import org.jixiao.org.CurrentUser;

/** The 导出 link of a self-evaluation: the workbook in the official layout, made when it is clicked. */
class ExportLink extends Anchor {

    ExportLink(SelfEvaluationExport export, CurrentUser user, Long id) {
        super(handler(export, user, id), AttachmentType.DOWNLOAD, "");
        setId("evaluation-export");
        Button button = new Button(getTranslation("evaluation.export"), VaadinIcon.DOWNLOAD.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setTabIndex(-1);
        add(button);
    }

    /** Scope is checked again at download time: the screen may have been open since the user lost access. */
    private static DownloadHandler handler(SelfEvaluationExport export, CurrentUser user, Long id) {
        return event -> {
            SelfEvaluationExport.File file = export.export(user, id);
            event.setFileName(file.fileName());
            event.setContentType(SelfEvaluationExport.CONTENT_TYPE);
            try (OutputStream out = event.getOutputStream()) {
                out.write(file.content());
            }
        };
    }
}
