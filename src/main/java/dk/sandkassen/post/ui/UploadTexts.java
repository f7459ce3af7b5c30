package dk.sandkassen.post.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/** The upload component's own texts, in the learner's language. */
final class UploadTexts {

    private UploadTexts() {
    }

    static UploadI18N of(Component c) {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(c.getTranslation("upload.drop-one"))
                .setMany(c.getTranslation("upload.drop-many")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(c.getTranslation("upload.add-one"))
                .setMany(c.getTranslation("upload.add-many")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(c.getTranslation("compose.too-many-files"))
                .setFileIsTooBig(c.getTranslation("compose.too-large"))
                .setIncorrectFileType(c.getTranslation("upload.wrong-type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(c.getTranslation("upload.connecting"))
                        .setStalled(c.getTranslation("upload.stalled")).setProcessing(c.getTranslation("upload.processing"))
                        .setHeld(c.getTranslation("upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(c.getTranslation("upload.remaining"))
                        .setUnknown(c.getTranslation("upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(c.getTranslation("upload.server-error"))
                        .setUnexpectedServerError(c.getTranslation("upload.server-error"))
                        .setForbidden(c.getTranslation("upload.server-error"))
                        .setFileTooLarge(c.getTranslation("compose.too-large"))));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB"));
        return i18n;
    }
}
