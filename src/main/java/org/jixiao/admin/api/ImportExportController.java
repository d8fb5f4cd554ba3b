package org.jixiao.admin.api;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jixiao.admin.ImportPreview;
import org.jixiao.admin.ImportService;
import org.jixiao.common.ValidationException;
import org.jixiao.security.CurrentUserProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Units and users as a 单位基础信息 workbook, in and out (ADMIN only). */
@RestController
class ImportExportController {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private final ImportService imports;
    private final CurrentUserProvider currentUser;

    ImportExportController(ImportService imports, CurrentUserProvider currentUser) {
        this.imports = imports;
        this.currentUser = currentUser;
    }

    @PostMapping(path = "/api/admin/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import sheets 单位基础信息 and 用户 (multipart field `file`). apply=false: the preview with an "
            + "error per cell; apply=true: every row or none (422 listing each cell); matched by code and username, so "
            + "a second run updates and never duplicates")
    ImportPreview importWorkbook(@RequestParam("file") MultipartFile file,
                                 @RequestParam(defaultValue = "false") boolean apply) throws IOException {
        if (file.isEmpty()) {
            throw ValidationException.of("file", "请选择要导入的 .xlsx 文件");
        }
        byte[] content = file.getBytes();
        return apply ? imports.apply(currentUser.require(), content) : imports.preview(currentUser.require(), content);
    }

    @GetMapping("/api/admin/export")
    @Operation(summary = "The bureau's departments, units and users in the same layout (.xlsx)")
    ResponseEntity<byte[]> export() {
        byte[] xlsx = imports.export(currentUser.require());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("单位基础信息.xlsx", StandardCharsets.UTF_8).build().toString())
                .body(xlsx);
    }
}
