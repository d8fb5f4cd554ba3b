package org.jixiao.targets.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.jixiao.approval.sheet.SheetRecord;
import org.jixiao.approval.ui.ReviewSheetsPanel;
import org.jixiao.org.CurrentUser;
import org.jixiao.targets.sheet.TargetReviewSheets;

/**
 * The target's 88号 review sheets (the unit reads a 良's 完善意见 here) and their export as the 绩效目标审核表;
 * nothing while no graded step has decided. Scope is checked again when the file is fetched.
 */
class ReviewSheetSection extends VerticalLayout {

    ReviewSheetSection(TargetReviewSheets sheets, CurrentUser user, Long targetId) {
        setPadding(false);
        List<SheetRecord> list = sheets.history(user, targetId);
        setVisible(!list.isEmpty());
        if (list.isEmpty()) {
            return;
        }
        String name = getTranslation("sheet.history") + "-" + targetId + ".xlsx";
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] content = sheets.export(user, targetId);
            return new DownloadResponse(new ByteArrayInputStream(content), name,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content.length);
        }), AttachmentType.DOWNLOAD, "");
        link.setId("review-sheets-export");
        Button button = new Button(getTranslation("sheet.export"), VaadinIcon.DOWNLOAD.create());
        button.setTabIndex(-1);
        link.add(button);
        add(new ReviewSheetsPanel(list), link);
    }
}
