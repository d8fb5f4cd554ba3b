package org.jixiao.targets.sheet;

import org.jixiao.common.xlsx.CellError;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.common.ValidationException;
import org.jixiao.common.xlsx.FormStyles;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.targets.TargetKind;

/**
 * Workbooks of targets in and out. Reading checks the bounds of {@link SheetBounds} before POI builds anything it
 * could not afford: the file size, then what the zip entries unpack to (by inflating them into nothing), then
 * sheets, rows, columns and each cell's text. A workbook over a bound is refused whole (422), never half read.
 */
public final class TargetWorkbooks {

    /** One sheet as read: its target and the problems found, for the preview. */
    public record SheetRead(String name, PerformanceTarget target, List<CellError> errors, List<CellError> warnings) {
    }

    private TargetWorkbooks() {
    }

    /** Reads every sheet that holds an indicator table; sheets without one (notes, instructions) are skipped. */
    public static List<SheetRead> read(byte[] file, Integer defaultYear) {
        if (file == null || file.length == 0) {
            throw ValidationException.of("file", "请选择要导入的 .xlsx 文件");
        }
        if (file.length > SheetBounds.MAX_FILE_BYTES) {
            throw ValidationException.of("file", "文件不能超过 " + SheetBounds.MAX_FILE_BYTES / 1024 / 1024 + " MB");
        }
        checkPackage(file);
        try (XSSFWorkbook workbook = open(file)) {
            if (workbook.getNumberOfSheets() > SheetBounds.MAX_SHEETS) {
                throw ValidationException.of("file", "工作表不能超过 " + SheetBounds.MAX_SHEETS + " 个");
            }
            List<SheetRead> sheets = new ArrayList<>();
            for (Sheet sheet : workbook) {
                SheetRead read = readSheet(sheet, defaultYear);
                if (read != null) {
                    sheets.add(read);
                }
            }
            if (sheets.isEmpty()) {
                throw ValidationException.of("file", "文件中没有绩效目标表（未找到「一级指标」「三级指标」表头）");
            }
            return sheets;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** POI's refusals of what is not an .xlsx (an .xls, a renamed file, a broken package) are the user's mistake. */
    private static XSSFWorkbook open(byte[] file) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(file));
        } catch (IOException | RuntimeException e) {
            throw ValidationException.of("file", "无法读取文件：请上传 Excel 2007 及以上版本的 .xlsx 文件");
        }
    }

    private static SheetRead readSheet(Sheet sheet, Integer defaultYear) {
        String name = sheet.getSheetName();
        if (sheet.getLastRowNum() >= SheetBounds.MAX_ROWS) {
            return refused(name, "工作表超过 " + SheetBounds.MAX_ROWS + " 行，请拆分后导入");
        }
        int columns = 0;
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.BLANK) {
                    continue;
                }
                if (cell.getColumnIndex() >= SheetBounds.MAX_COLUMNS) {
                    return refused(name, "单元格 " + SheetGrid.ref(row.getRowNum(), cell.getColumnIndex())
                            + " 超出范围：绩效目标表最多 " + SheetBounds.MAX_COLUMNS + " 列");
                }
                if (cell.getCellType() == CellType.STRING
                        && cell.getStringCellValue().length() > SheetBounds.MAX_CELL_CHARS) {
                    return new SheetRead(name, null, List.of(new CellError(
                            SheetGrid.ref(row.getRowNum(), cell.getColumnIndex()), null,
                            "单元格内容超过 " + SheetBounds.MAX_CELL_CHARS + " 个字")), List.of());
                }
                columns = Math.max(columns, cell.getColumnIndex() + 1);
            }
        }
        SheetGrid grid = SheetGrid.of(sheet, sheet.getLastRowNum() + 1, columns);
        if (IndicatorTable.headerRow(grid) < 0) {
            return null;
        }
        TargetSheetReader.Read read = TargetSheetReader.read(grid, defaultYear);
        return new SheetRead(name, read.target(), read.errors(), read.warnings());
    }

    private static SheetRead refused(String name, String message) {
        return new SheetRead(name, null, List.of(new CellError(null, null, message)), List.of());
    }

    /** Inflates every entry into nothing, stopping at the first bound crossed: a zip bomb costs at most the bound. */
    private static void checkPackage(byte[] file) {
        long unpacked = 0;
        int entries = 0;
        byte[] buffer = new byte[16 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > SheetBounds.MAX_ZIP_ENTRIES) {
                    throw ValidationException.of("file", "文件结构异常（部件过多），不是绩效目标表");
                }
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    unpacked += n;
                    if (unpacked > SheetBounds.MAX_UNPACKED_BYTES) {
                        throw ValidationException.of("file", "文件解压后过大，不是绩效目标表");
                    }
                }
            }
        } catch (IOException e) {
            throw ValidationException.of("file", "无法读取文件：请上传 .xlsx 文件");
        }
        if (entries == 0) {
            throw ValidationException.of("file", "无法读取文件：请上传 Excel 2007 及以上版本的 .xlsx 文件");
        }
    }

    /** A blank template of the kind for the year. */
    public static byte[] template(TargetKind kind, int fiscalYear) {
        PerformanceTarget blank = new PerformanceTarget();
        blank.setKind(kind);
        blank.setFiscalYear(fiscalYear);
        return write(List.of(blank));
    }

    /** The targets, one sheet each, named after the target. */
    public static byte[] write(List<PerformanceTarget> targets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            FormStyles styles = new FormStyles(workbook);
            Set<String> used = new HashSet<>();
            for (PerformanceTarget t : targets) {
                TargetSheetWriter.write(workbook, styles, sheetName(t, used), t);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sheetName(PerformanceTarget t, Set<String> used) {
        String base = t.getName() != null ? t.getName()
                : t.getKind() == TargetKind.DEPARTMENT ? "部门整体支出绩效目标表" : "项目支出绩效目标表";
        String name = WorkbookUtil.createSafeSheetName(base);
        for (int i = 2; !used.add(name); i++) {
            String suffix = "(" + i + ")";
            name = WorkbookUtil.createSafeSheetName(base.substring(0, Math.min(base.length(), 31 - suffix.length()))
                    + suffix);
        }
        return name;
    }

}
