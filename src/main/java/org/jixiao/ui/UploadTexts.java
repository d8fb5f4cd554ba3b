package org.jixiao.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/**
 * Vaadin's Upload speaks English by default ("Upload File...", "Drop file here"): every Upload of the app gets its
 * texts from the message bundle here, so the button, the drop hint and the errors follow the UI language.
 */
public final class UploadTexts {
    private UploadTexts() {
    }

    public static Upload localise(Upload upload) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(t(upload, "upload.addOne")).setMany(t(upload, "upload.addMany")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(t(upload, "upload.dropOne"))
                .setMany(t(upload, "upload.dropMany")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(t(upload, "upload.tooManyFiles"))
                .setFileIsTooBig(t(upload, "upload.fileIsTooBig")).setIncorrectFileType(t(upload, "upload.wrongType")));
        i18n.setFile(new UploadI18N.File().setRetry(t(upload, "upload.retry")).setStart(t(upload, "upload.start"))
                .setRemove(t(upload, "upload.remove")));
        UploadI18N.Uploading uploading = new UploadI18N.Uploading();
        uploading.setStatus(new UploadI18N.Uploading.Status().setConnecting(t(upload, "upload.connecting"))
                .setStalled(t(upload, "upload.stalled")).setProcessing(t(upload, "upload.processing"))
                .setHeld(t(upload, "upload.held")));
        uploading.setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                .setPrefix(t(upload, "upload.remaining")).setUnknown(t(upload, "upload.remainingUnknown")));
        uploading.setError(new UploadI18N.Uploading.Error()
                .setServerUnavailable(t(upload, "upload.serverUnavailable"))
                .setUnexpectedServerError(t(upload, "upload.serverError")).setForbidden(t(upload, "upload.forbidden")));
        i18n.setUploading(uploading);
        i18n.setUnits(List.of("B", "KB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"), 1024);
        upload.setI18n(i18n);
        return upload;
    }

    private static String t(Upload upload, String key) {
        return upload.getTranslation(key);
    }
}
