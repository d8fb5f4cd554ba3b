package org.jixiao.admin.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.util.List;
import org.jixiao.ui.UploadTexts;
import org.jixiao.admin.AdminWorkbook;
import org.jixiao.admin.ImportPreview;
import org.jixiao.admin.ImportPreview.RowPlan;
import org.jixiao.admin.ImportService;
import org.jixiao.common.ValidationException;
import org.jixiao.org.CurrentUser;
import org.jixiao.security.CurrentUserProvider;
import org.jixiao.ui.SettingsForms;

/**
 * 导入导出: upload a 单位基础信息 workbook, see every row with its action and each bad cell in red with its message,
 * and apply it only when nothing is wrong (all rows or none); export the bureau in the same layout.
 */
@Route("admin/import")
@RolesAllowed("ADMIN")
class ImportExportView extends VerticalLayout implements HasDynamicTitle {
    private final ImportService imports;
    private final CurrentUser user;
    private final Paragraph summary = new Paragraph();
    private final Grid<RowPlan> unitGrid = grid(AdminWorkbook.UNIT_COLUMNS_SHOWN, "import-units");
    private final Grid<RowPlan> userGrid = grid(AdminWorkbook.USER_COLUMNS_SHOWN, "import-users");
    private final Button apply = new Button();
    private byte[] uploaded;

    public ImportExportView(ImportService imports, CurrentUserProvider currentUser) {
        this.imports = imports;
        this.user = currentUser.require();
        setSizeFull();
        addClassName("import-export");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> ui.access(() -> preview(data))));
        UploadTexts.localise(upload);
        upload.setId("import-upload");
        upload.setAcceptedFileTypes(".xlsx");
        upload.setMaxFileSize(10 * 1024 * 1024);
        apply.setText(getTranslation("admin.import.apply"));
        apply.setId("import-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(false);
        apply.addClickListener(e -> apply());
        summary.setId("import-summary");
        Anchor export = new Anchor(exportHandler(), getTranslation("admin.import.export"));
        export.setId("import-export");
        export.setTarget(AnchorTarget.BLANK);
        add(new Paragraph(getTranslation("admin.import.help")), export, upload, summary, apply,
                new H3(AdminWorkbook.UNIT_SHEET), unitGrid, new H3(AdminWorkbook.USER_SHEET), userGrid);
    }

    private void preview(byte[] data) {
        uploaded = data;
        try {
            show(imports.preview(user, data));
        } catch (ValidationException invalid) {
            uploaded = null;
            show(null);
            summary.setText(invalid.violations().get(0).message());
        }
    }

    private void apply() {
        try {
            show(imports.apply(user, uploaded));
            SettingsForms.notify(getTranslation("admin.import.done"), NotificationVariant.LUMO_SUCCESS, "import-done");
        } catch (ValidationException invalid) {
            SettingsForms.notify(invalid.getMessage(), NotificationVariant.LUMO_ERROR, "import-refused");
        }
    }

    private void show(ImportPreview preview) {
        unitGrid.setItems(preview == null ? List.of() : preview.units());
        userGrid.setItems(preview == null ? List.of() : preview.users());
        apply.setEnabled(preview != null && preview.errorCount() == 0 && !preview.applied());
        if (preview != null) {
            long changes = preview.units().stream().filter(r -> r.action() != ImportPreview.Action.UNCHANGED).count()
                    + preview.users().stream().filter(r -> r.action() != ImportPreview.Action.UNCHANGED).count();
            summary.setText(getTranslation(preview.applied() ? "admin.import.applied" : "admin.import.summary",
                    preview.units().size(), preview.users().size(), changes, preview.errorCount()));
        }
    }

    private Grid<RowPlan> grid(List<String> columns, String id) {
        Grid<RowPlan> grid = new Grid<>();
        grid.setId(id);
        grid.setAllRowsVisible(true);
        grid.addColumn(RowPlan::row).setHeader(getTranslation("admin.import.row")).setWidth("70px").setFlexGrow(0);
        grid.addColumn(r -> getTranslation("admin.import.action." + r.action().name()))
                .setHeader(getTranslation("admin.import.action")).setWidth("90px").setFlexGrow(0);
        for (String column : columns) {
            grid.addComponentColumn(r -> cell(r, column)).setHeader(column).setAutoWidth(true);
        }
        return grid;
    }

    /** The value as read; a bad cell in red with its message beneath. */
    private static Span cell(RowPlan row, String column) {
        String error = row.errors().get(column);
        Span span = new Span(row.values().getOrDefault(column, ""));
        if (error != null) {
            span.setText(span.getText() + " ⚠ " + error);
            span.addClassName("import-error");
            span.getStyle().set("color", "var(--lumo-error-text-color)").set("white-space", "normal");
        }
        return span;
    }

    private DownloadHandler exportHandler() {
        CurrentUser caller = user;
        return event -> {
            event.setFileName("单位基础信息.xlsx");
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            try (OutputStream out = event.getOutputStream()) {
                out.write(imports.export(caller));
            }
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.import");
    }
}
