package org.jixiao.targets.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.time.Year;
import java.util.List;
import java.util.stream.Collectors;
import org.jixiao.ui.UploadTexts;
import org.jixiao.common.ConflictException;
import org.jixiao.common.FieldViolation;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.ValidationException;
import org.jixiao.org.CurrentUser;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.targets.TargetKind;
import org.jixiao.common.xlsx.CellError;
import org.jixiao.targets.sheet.SheetBounds;
import org.jixiao.targets.sheet.TargetImportService;
import org.jixiao.targets.sheet.TargetWorkbooks;

/**
 * 导入绩效目标表: upload a filled official table (one target a sheet), see what each sheet became and every error by
 * cell, and only then create the drafts, all or none. The templates of both layouts are offered here too.
 */
class ImportDialog extends Dialog {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private final TargetImportService sheets;
    private final CurrentUser user;
    private final Runnable onImported;
    private final IntegerField year = new IntegerField();
    private final VerticalLayout preview = new VerticalLayout();
    private final Button apply = new Button();
    private byte[] file;

    ImportDialog(TargetImportService sheets, CurrentUser user, Runnable onImported) {
        this.sheets = sheets;
        this.user = user;
        this.onImported = onImported;
        setId("import-dialog");
        setHeaderTitle(getTranslation("import.title"));
        setWidth("880px");
        setMaxHeight("90vh");
        Paragraph hint = new Paragraph(getTranslation("import.hint"));
        hint.getStyle().set("margin-top", "0");
        HorizontalLayout templates = new HorizontalLayout(new Span(getTranslation("import.templates")),
                template(TargetKind.PROJECT), template(TargetKind.DEPARTMENT));
        templates.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        year.setId("import-year");
        year.setLabel(getTranslation("import.year"));
        year.setHelperText(getTranslation("import.yearHelp"));
        year.setValue(Year.now().getValue() + 1);
        year.setMin(2000);
        year.setMax(2100);
        year.setStepButtonsVisible(true);
        year.addValueChangeListener(e -> read());
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((meta, data) -> ui.access(() -> {
            file = data;
            read();
        })));
        UploadTexts.localise(upload);
        upload.setId("import-upload");
        upload.setAcceptedFileTypes(".xlsx", XLSX);
        upload.setMaxFileSize(SheetBounds.MAX_FILE_BYTES);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(e -> show(List.of(e.getErrorMessage())));
        upload.addFileRemovedListener(e -> {
            file = null;
            preview.removeAll();
            apply.setEnabled(false);
        });
        preview.setId("import-preview");
        preview.setPadding(false);
        add(new VerticalLayout(hint, templates, new HorizontalLayout(year), upload, preview));

        apply.setText(getTranslation("import.apply"));
        apply.setId("import-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(false);
        apply.addClickListener(e -> apply());
        Button cancel = new Button(getTranslation("import.cancel"), e -> close());
        getFooter().add(cancel, apply);
    }

    private Anchor template(TargetKind kind) {
        String name = getTranslation("import.template." + kind.name());
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            int y = year.getValue() == null ? Year.now().getValue() + 1 : year.getValue();
            byte[] content = sheets.template(kind, Math.max(2000, Math.min(2100, y)));
            return new DownloadResponse(new ByteArrayInputStream(content), name + ".xlsx", XLSX, content.length);
        }), name);
        link.setId("import-template-" + kind.name().toLowerCase(java.util.Locale.ROOT));
        link.setTarget(AnchorTarget.BLANK);
        return link;
    }

    private void read() {
        if (file == null) {
            return;
        }
        apply.setEnabled(false);
        try {
            List<TargetWorkbooks.SheetRead> read = sheets.preview(user, file, year.getValue());
            preview.removeAll();
            int errors = 0;
            for (TargetWorkbooks.SheetRead sheet : read) {
                preview.add(sheetBox(sheet));
                errors += sheet.errors().size();
            }
            Span summary = new Span(errors == 0 ? getTranslation("import.ready", read.size())
                    : getTranslation("import.blocked", errors));
            summary.setId("import-summary");
            summary.getElement().getThemeList().add(errors == 0 ? "badge success" : "badge error");
            preview.addComponentAsFirst(summary);
            apply.setEnabled(errors == 0);
        } catch (ValidationException invalid) {
            show(invalid.violations().stream().map(FieldViolation::message).toList());
        } catch (ForbiddenException refused) {
            show(List.of(refused.getMessage()));
        }
    }

    private Div sheetBox(TargetWorkbooks.SheetRead sheet) {
        Div box = new Div();
        box.addClassName("import-sheet");
        box.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("width", "100%").set("box-sizing", "border-box");
        PerformanceTarget t = sheet.target();
        String what = t == null ? "" : getTranslation("import.sheetTarget", getTranslation("kind." + t.getKind().name()),
                t.getName() == null ? "—" : t.getName(), t.getFiscalYear() == 0 ? "—" : String.valueOf(t.getFiscalYear()),
                t.getIndicators().size(), t.getTasks().size());
        Span title = new Span(getTranslation("import.sheet", sheet.name()) + "　" + what);
        title.getStyle().set("font-weight", "600");
        box.add(title);
        for (CellError e : sheet.errors()) {
            box.add(line(e, "var(--lumo-error-text-color)", "import-error"));
        }
        for (CellError w : sheet.warnings()) {
            box.add(line(w, "var(--lumo-secondary-text-color)", "import-warning"));
        }
        return box;
    }

    private Div line(CellError e, String color, String className) {
        Div line = new Div(new Span((e.cell() == null ? getTranslation("import.wholeSheet") : e.cell()) + "：" + e.message()));
        line.addClassName(className);
        line.getStyle().set("color", color).set("font-size", "var(--lumo-font-size-s)");
        return line;
    }

    private void apply() {
        try {
            List<Long> ids = sheets.apply(user, file, year.getValue());
            Notification.show(getTranslation("import.done", ids.size()), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            onImported.run();
        } catch (ValidationException invalid) {
            show(invalid.violations().stream().map(FieldViolation::message).toList());
        } catch (ConflictException | ForbiddenException refused) {
            show(List.of(refused.getMessage()));
        }
    }

    private void show(List<String> messages) {
        preview.removeAll();
        apply.setEnabled(false);
        Div box = new Div();
        box.setId("import-file-error");
        box.getStyle().set("color", "var(--lumo-error-text-color)");
        box.setText(messages.stream().collect(Collectors.joining("；")));
        preview.add(box);
    }
}
