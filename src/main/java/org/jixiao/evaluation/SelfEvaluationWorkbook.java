package org.jixiao.evaluation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.common.ValidationException;
import org.jixiao.common.xlsx.XlsxPackages;
import org.jixiao.targets.sheet.SheetBounds;

/**
 * The gate an uploaded 绩效自评表 passes before anything reads its content: file size, the zip package (entries,
 * unpacked size: {@link XlsxPackages}), a workbook POI can open, and the first sheet's rows, columns and cell
 * lengths ({@link SheetBounds}). Changes when the limits on untrusted files change, not when the form does
 * ({@link SelfEvaluationUpload}). Each refusal is a 422 on {@code file}, in Chinese.
 */
final class SelfEvaluationWorkbook {

    private SelfEvaluationWorkbook() {
    }

    /** Opens the file, checks its first sheet and hands it to {@code reader}; the workbook is closed afterwards. */
    static <T> T read(byte[] file, Function<Sheet, T> reader) {
        if (file == null || file.length == 0) {
            throw ValidationException.of("file", "请选择要导入的自评表（.xlsx）");
        }
        if (file.length > SheetBounds.MAX_FILE_BYTES) {
            throw ValidationException.of("file", "文件不能超过 " + SheetBounds.MAX_FILE_BYTES / 1024 / 1024 + " MB");
        }
        XlsxPackages.check(file, SheetBounds.MAX_UNPACKED_BYTES, SheetBounds.MAX_ZIP_ENTRIES);
        try (XSSFWorkbook workbook = open(file)) {
            Sheet sheet = workbook.getSheetAt(0);
            bounded(sheet);
            return reader.apply(sheet);
        } catch (IOException e) {
            throw ValidationException.of("file", "无法读取文件：请上传 .xlsx 文件");
        }
    }

    private static XSSFWorkbook open(byte[] file) {
        try {
            XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file));
            if (workbook.getNumberOfSheets() == 0) {
                throw ValidationException.of("file", "文件中没有工作表");
            }
            return workbook;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ValidationException v) {
                throw v;
            }
            throw ValidationException.of("file", "无法读取文件：请上传 Excel 2007 及以上版本的 .xlsx 文件");
        }
    }

    /** Rows, columns and each cell's text, before anything is read into the form. */
    private static void bounded(Sheet sheet) {
        if (sheet.getLastRowNum() >= SheetBounds.MAX_ROWS) {
            throw ValidationException.of("file", "自评表超过 " + SheetBounds.MAX_ROWS + " 行，不是从本系统导出的自评表");
        }
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.BLANK) {
                    continue;
                }
                String ref = new CellReference(row.getRowNum(), cell.getColumnIndex()).formatAsString(false);
                if (cell.getColumnIndex() >= SheetBounds.MAX_COLUMNS) {
                    throw ValidationException.of("file", "单元格 " + ref + " 超出自评表的范围（最多 "
                            + SheetBounds.MAX_COLUMNS + " 列）");
                }
                if (cell.getCellType() == CellType.STRING
                        && cell.getStringCellValue().length() > SheetBounds.MAX_CELL_CHARS) {
                    throw ValidationException.of("file", "单元格 " + ref + " 的内容超过 " + SheetBounds.MAX_CELL_CHARS + " 个字");
                }
            }
        }
    }
}
