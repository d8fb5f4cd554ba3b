package org.jixiao.targets.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.jixiao.ui.UploadTexts;
import org.jixiao.common.ConflictException;
import org.jixiao.common.FieldViolation;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.NotFoundException;
import org.jixiao.common.ValidationException;
import org.jixiao.org.CurrentUser;
import org.jixiao.targets.internal.Attachment;
import org.jixiao.targets.AttachmentService;
import org.jixiao.ui.UiFormats;

/** 附件: the target's documents; upload and remove while the drafter edits, download everywhere. */
class AttachmentsPanel extends VerticalLayout {
    private final AttachmentService attachments;
    private final CurrentUser user;
    private final boolean editable;
    private final VerticalLayout rows = new VerticalLayout();
    private final Div uploadSlot = new Div();
    private Long targetId;

    AttachmentsPanel(AttachmentService attachments, CurrentUser user, Long targetId, boolean editable) {
        this.attachments = attachments;
        this.user = user;
        this.editable = editable;
        setId("attachments");
        setPadding(false);
        rows.setPadding(false);
        rows.setSpacing(false);
        add(new H3(getTranslation("attachments.title")), rows, uploadSlot);
        showFor(targetId);
    }

    /** Called again after a new target's first save: only a stored target can carry documents. */
    void showFor(Long id) {
        this.targetId = id;
        uploadSlot.removeAll();
        if (editable) {
            uploadSlot.add(id == null ? hint(getTranslation("attachments.saveFirst")) : upload());
        }
        refresh();
    }

    private void refresh() {
        rows.removeAll();
        List<Attachment> list = targetId == null ? List.of() : attachments.list(user, targetId);
        if (list.isEmpty()) {
            rows.add(hint(getTranslation("attachments.none")));
        }
        for (int i = 0; i < list.size(); i++) {
            rows.add(row(list.get(i), i));
        }
    }

    private HorizontalLayout row(Attachment a, int index) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] content = attachments.download(user, a.targetId(), a.id()).content();
            return new DownloadResponse(new ByteArrayInputStream(content), a.fileName(), a.contentType(), content.length);
        }), AttachmentType.DOWNLOAD, AttachmentService.cleanName(a.fileName()));
        link.setId("attachment-" + index + "-link");
        Span meta = new Span(getTranslation("attachments.meta", kilobytes(a.sizeBytes()), a.uploadedBy(),
                UiFormats.time(a.uploadedAt())));
        meta.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        HorizontalLayout row = new HorizontalLayout(VaadinIcon.PAPERCLIP.create(), link, meta);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        if (editable) {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> remove(a));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("attachments.remove", a.fileName()));
            remove.setId("attachment-" + index + "-remove");
            row.add(remove);
        }
        return row;
    }

    private Upload upload() {
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> ui.access(() -> store(metadata.fileName(), data))));
        UploadTexts.localise(upload);
        upload.setId("attachment-upload");
        upload.setMaxFileSize((int) AttachmentService.MAX_BYTES);
        upload.setDropAllowed(true);
        upload.addFileRejectedListener(e -> error(getTranslation("attachments.rejected", e.getErrorMessage())));
        return upload;
    }

    private void store(String fileName, byte[] data) {
        try {
            attachments.add(user, targetId, fileName, data);
            Notification.show(getTranslation("attachments.added", AttachmentService.cleanName(fileName)), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ValidationException invalid) {
            error(invalid.violations().stream().map(FieldViolation::message).collect(Collectors.joining("；")));
        } catch (ConflictException | ForbiddenException | NotFoundException refused) {
            error(refused.getMessage());
        }
        refresh();
    }

    private void remove(Attachment a) {
        try {
            attachments.remove(user, targetId, a.id());
        } catch (ConflictException | ForbiddenException | NotFoundException refused) {
            error(refused.getMessage());
        }
        refresh();
    }

    private static void error(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setId("attachment-error");
    }

    private static Span hint(String text) {
        Span hint = new Span(text);
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return hint;
    }

    private static String kilobytes(long bytes) {
        return bytes < 1024 ? bytes + " B" : (bytes + 1023) / 1024 + " KB";
    }
}
