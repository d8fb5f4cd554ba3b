package org.jixiao.evaluation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import org.jixiao.common.ConflictException;
import org.jixiao.common.FieldViolation;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.NotFoundException;
import org.jixiao.common.ValidationException;
import org.jixiao.evaluation.SelfEvaluationExport;
import org.jixiao.evaluation.SelfEvaluationImport;
import org.jixiao.org.CurrentUser;
import org.jixiao.common.xlsx.CellError;
import org.jixiao.targets.sheet.SheetBounds;
import org.jixiao.ui.Notices;
import org.jixiao.ui.UiFormats;
import org.jixiao.ui.UploadTexts;

/**
 * 导入自评表: the unit uploads its filled 自评表 (the export's layout), sees what each indicator gets, the total it
 * would give and every cell error, and only then applies it, all or nothing, to the version it previewed.
 */
class EvaluationImportDialog extends Dialog {
    private final SelfEvaluationImport imports;
    private final CurrentUser user;
    private final Long id;
    private final Runnable onImported;
    private final VerticalLayout preview = new VerticalLayout();
    private final Button apply = new Button();
    private byte[] file;
    private Integer version;

    EvaluationImportDialog(SelfEvaluationImport imports, CurrentUser user, Long id, Runnable onImported) {
        this.imports = imports;
        this.user = user;
        this.id = id;
        this.onImported = onImported;
        setId("evaluation-import-dialog");
        setHeaderTitle(getTranslation("evaluationImport.title"));
        setWidth("900px");
        setMaxWidth("95vw");
        setMaxHeight("90vh");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((meta, data) -> ui.access(() -> {
            file = data;
            read();
        })));
        UploadTexts.localise(upload);
        upload.setId("evaluation-import-upload");
        upload.setAcceptedFileTypes(".xlsx", SelfEvaluationExport.CONTENT_TYPE);
        upload.setMaxFileSize(SheetBounds.MAX_FILE_BYTES);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(e -> show(List.of(e.getErrorMessage())));
        upload.addFileRemovedListener(e -> {
            file = null;
            preview.removeAll();
            apply.setEnabled(false);
        });
        preview.setId("evaluation-import-preview");
        preview.setPadding(false);
        add(new VerticalLayout(new Paragraph(getTranslation("evaluationImport.hint")), upload, preview));
        apply.setText(getTranslation("evaluationImport.apply"));
        apply.setId("evaluation-import-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(false);
        apply.addClickListener(e -> apply());
        apply.setDisableOnClick(true);
        getFooter().add(new Button(getTranslation("evaluationImport.cancel"), e -> close()), apply);
    }

    /** The 导入自评表 button of the screen's header. */
    static Button opener(SelfEvaluationImport imports, CurrentUser user, Long id, Runnable onImported) {
        Button button = new Button(UI.getCurrent().getTranslation("evaluationImport.open"), VaadinIcon.UPLOAD.create(),
                e -> new EvaluationImportDialog(imports, user, id, onImported).open());
        button.setId("evaluation-import");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void read() {
        apply.setEnabled(false);
        try {
            SelfEvaluationImport.Preview read = imports.preview(user, id, file);
            version = read.version();
            preview.removeAll();
            boolean clean = read.errors().isEmpty();
            Span summary = new Span(clean ? getTranslation("evaluationImport.ready", read.lines().size(),
                    read.total() == null ? "—" : UiFormats.plain(read.total()), read.grade() == null ? "—" : read.grade())
                    : getTranslation("evaluationImport.blocked", read.errors().size()));
            summary.setId("evaluation-import-summary");
            summary.getElement().getThemeList().add(clean ? "badge success" : "badge error");
            preview.add(summary);
            read.errors().forEach(e -> preview.add(line(e, "var(--lumo-error-text-color)", "evaluation-import-error")));
            read.warnings().forEach(w -> preview.add(line(w, "var(--lumo-secondary-text-color)", "evaluation-import-warning")));
            preview.add(grid(read.lines()));
            apply.setEnabled(clean);
        } catch (ValidationException invalid) {
            show(invalid.violations().stream().map(FieldViolation::message).toList());
        } catch (ConflictException | ForbiddenException | NotFoundException refused) {
            show(List.of(refused.getMessage()));
        }
    }

    private Grid<SelfEvaluationImport.Line> grid(List<SelfEvaluationImport.Line> lines) {
        Grid<SelfEvaluationImport.Line> grid = new Grid<>();
        grid.setId("evaluation-import-lines");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(l -> l.row() == null ? getTranslation("evaluationImport.missing") : String.valueOf(l.row()))
                .setHeader(getTranslation("evaluationImport.row")).setWidth("4.5em").setFlexGrow(0);
        grid.addColumn(SelfEvaluationImport.Line::name).setHeader(getTranslation("evaluationImport.indicator"))
                .setFlexGrow(2);
        grid.addColumn(l -> l.grade() != null ? l.grade().label() : l.actual() == null ? "—" : UiFormats.plain(l.actual()))
                .setHeader(getTranslation("evaluationImport.actual")).setFlexGrow(1);
        grid.addColumn(l -> l.score() == null ? "—" : UiFormats.plain(l.score()))
                .setHeader(getTranslation("evaluationImport.score")).setWidth("6em").setFlexGrow(0);
        grid.addColumn(l -> l.deviation() == null ? "" : l.deviation())
                .setHeader(getTranslation("evaluationImport.deviation")).setFlexGrow(2);
        grid.setItems(lines);
        grid.setAllRowsVisible(lines.size() <= 12);
        grid.setHeight(lines.size() <= 12 ? null : "420px");
        grid.setWidthFull();
        return grid;
    }

    private Div line(CellError e, String color, String className) {
        Div line = new Div(new Span((e.cell() == null ? getTranslation("evaluationImport.wholeSheet") : e.cell())
                + "：" + e.message()));
        line.addClassName(className);
        line.getStyle().set("color", color).set("font-size", "var(--lumo-font-size-s)");
        return line;
    }

    private void apply() {
        try {
            imports.apply(user, id, file, version);
            Notices.success(getTranslation("evaluationImport.done"), "evaluation-import-done");
            close();
            onImported.run();
        } catch (ValidationException invalid) {
            show(invalid.violations().stream().map(FieldViolation::message).toList());
        } catch (ConflictException | ForbiddenException | NotFoundException refused) {
            show(List.of(refused.getMessage()));
        }
    }

    private void show(List<String> messages) {
        preview.removeAll();
        apply.setEnabled(false);
        Div box = new Div();
        box.setId("evaluation-import-file-error");
        box.getStyle().set("color", "var(--lumo-error-text-color)");
        box.setText(String.join("；", messages));
        preview.add(box);
    }
}
