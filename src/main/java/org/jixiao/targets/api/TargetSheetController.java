package org.jixiao.targets.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.List;
import org.jixiao.common.ValidationException;
import org.jixiao.org.CurrentUser;
import org.jixiao.security.CurrentUserProvider;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.targets.TargetKind;
import org.jixiao.common.xlsx.CellError;
import org.jixiao.targets.sheet.SheetBounds;
import org.jixiao.targets.sheet.TargetImportService;
import org.jixiao.targets.sheet.TargetWorkbooks;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/targets")
@Tag(name = "绩效目标表 Excel", description = "Official 绩效目标表 layouts: template, import (preview, apply), export")
class TargetSheetController {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private final TargetImportService sheets;
    private final CurrentUserProvider currentUser;

    TargetSheetController(TargetImportService sheets, CurrentUserProvider currentUser) {
        this.sheets = sheets;
        this.currentUser = currentUser;
    }

    record SheetJson(String name, TargetKind kind, Integer fiscalYear, String targetName, String projectCode,
                     BigDecimal fiscalFunds, BigDecimal otherFunds, int tasks, int indicators, List<CellError> errors,
                     List<CellError> warnings) {
        static SheetJson of(TargetWorkbooks.SheetRead s) {
            PerformanceTarget t = s.target();
            return t == null ? new SheetJson(s.name(), null, null, null, null, null, null, 0, 0, s.errors(), s.warnings())
                    : new SheetJson(s.name(), t.getKind(), t.getFiscalYear() == 0 ? null : t.getFiscalYear(),
                    t.getName(), t.getProjectCode(), t.getFiscalFunds(), t.getOtherFunds(), t.getTasks().size(),
                    t.getIndicators().size(), s.errors(), s.warnings());
        }
    }

    record PreviewJson(List<SheetJson> sheets, int errorCount) {
    }

    record ImportedJson(List<Long> ids) {
    }

    @GetMapping("/template")
    @Operation(summary = "A blank .xlsx template in the official 项目支出 (PROJECT) or 部门整体支出 (DEPARTMENT) layout")
    ResponseEntity<byte[]> template(@RequestParam(defaultValue = "PROJECT") TargetKind kind,
                                    @RequestParam(required = false) Integer fiscalYear) {
        currentUser.require();
        int year = fiscalYear == null ? Year.now().getValue() : fiscalYear;
        if (year < 2000 || year > 2100) {
            throw ValidationException.of("fiscalYear", "预算年度应在 2000–2100 之间");
        }
        String name = (kind == TargetKind.DEPARTMENT ? "部门整体支出绩效目标表" : "项目支出绩效目标表") + "-" + year + ".xlsx";
        return file(name, sheets.template(kind, year));
    }

    @PostMapping(path = "/import/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Read a filled sheet (one target a sheet); every cell error in Chinese; stores nothing")
    PreviewJson preview(@RequestParam("file") MultipartFile file, @RequestParam(required = false) Integer fiscalYear)
            throws IOException {
        List<SheetJson> read = sheets.preview(user(), bytes(file), fiscalYear).stream().map(SheetJson::of).toList();
        return new PreviewJson(read, read.stream().mapToInt(s -> s.errors().size()).sum());
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Create a draft per sheet in the caller's unit, all or nothing (422 lists every error)")
    ResponseEntity<ImportedJson> apply(@RequestParam("file") MultipartFile file,
                                       @RequestParam(required = false) Integer fiscalYear) throws IOException {
        List<Long> ids = sheets.apply(user(), bytes(file), fiscalYear);
        return ResponseEntity.created(URI.create("/api/targets?ids=" + ids.get(0))).body(new ImportedJson(ids));
    }

    @GetMapping("/{id}/export.xlsx")
    @Operation(summary = "The target in the official layout it can be imported from (404 out of scope)")
    ResponseEntity<byte[]> export(@PathVariable Long id) {
        byte[] content = sheets.export(user(), id);
        return file("绩效目标表-" + id + ".xlsx", content);
    }

    /** The size is checked before the bytes are read into memory. */
    private static byte[] bytes(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw ValidationException.of("file", "请选择要导入的 .xlsx 文件");
        }
        if (file.getSize() > SheetBounds.MAX_FILE_BYTES) {
            throw ValidationException.of("file", "文件不能超过 " + SheetBounds.MAX_FILE_BYTES / 1024 / 1024 + " MB");
        }
        return file.getBytes();
    }

    private static ResponseEntity<byte[]> file(String name, byte[] content) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }

    private CurrentUser user() {
        return currentUser.require();
    }
}
