package org.jixiao.evaluation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.jixiao.common.ValidationException;
import org.jixiao.evaluation.SelfEvaluationImport;
import org.jixiao.security.CurrentUserProvider;
import org.jixiao.targets.sheet.SheetBounds;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/self-evaluations/{id}/import")
@Tag(name = "绩效自评表 Excel", description = "Import of a filled 绩效自评表 (the export's layout): preview, apply")
class SelfEvaluationImportController {
    private final SelfEvaluationImport imports;
    private final CurrentUserProvider currentUser;

    SelfEvaluationImportController(SelfEvaluationImport imports, CurrentUserProvider currentUser) {
        this.imports = imports;
        this.currentUser = currentUser;
    }

    @PostMapping(path = "/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Read a filled 绩效自评表 for this self-evaluation (STAFF of its unit, while editable): what "
            + "each indicator would get, the resulting total and grade, every cell error in Chinese, and the version "
            + "to apply it to; stores nothing")
    SelfEvaluationImport.Preview preview(@PathVariable Long id, @RequestParam(value = "file", required = false)
                                         MultipartFile file) throws IOException {
        return imports.preview(currentUser.require(), id, bytes(file));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Apply the sheet to the form, all or nothing, scored as a save (422 lists every cell error; "
            + "a version other than the current one → 409)")
    SelfEvaluationController.EvaluationJson apply(@PathVariable Long id,
                                                  @RequestParam(value = "file", required = false) MultipartFile file,
                                                  @RequestParam(value = "version", required = false) Integer version)
            throws IOException {
        return SelfEvaluationController.EvaluationJson.of(imports.apply(currentUser.require(), id, bytes(file), version));
    }

    /** The size is checked before the bytes are read into memory. */
    private static byte[] bytes(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw ValidationException.of("file", "请选择要导入的自评表（.xlsx）");
        }
        if (file.getSize() > SheetBounds.MAX_FILE_BYTES) {
            throw ValidationException.of("file", "文件不能超过 " + SheetBounds.MAX_FILE_BYTES / 1024 / 1024 + " MB");
        }
        return file.getBytes();
    }
}
