package org.jixiao.admin;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.common.ValidationException;
import org.jixiao.common.xlsx.WorkbookStyles;

/**
 * The 单位基础信息 layout, read and written: sheet 单位基础信息 (单位编码, 单位名称, 上级单位编码, 单位类型) and sheet 用户
 * (用户名, 姓名, 单位编码, 角色, 初始密码). Columns are found by their header text, so their order may differ.
 */
public final class AdminWorkbook {
    public static final String UNIT_SHEET = "单位基础信息";
    public static final String USER_SHEET = "用户";
    public static final String CODE = "单位编码";
    public static final String NAME = "单位名称";
    public static final String PARENT = "上级单位编码";
    public static final String TYPE = "单位类型";
    public static final String USERNAME = "用户名";
    public static final String DISPLAY_NAME = "姓名";
    public static final String ROLES = "角色";
    public static final String PASSWORD = "初始密码";
    static final List<String> UNIT_COLUMNS = List.of(CODE, NAME, PARENT, TYPE);
    static final List<String> USER_COLUMNS = List.of(USERNAME, DISPLAY_NAME, CODE, ROLES, PASSWORD);
    public static final List<String> UNIT_COLUMNS_SHOWN = UNIT_COLUMNS;
    /** The preview never shows a typed password. */
    public static final List<String> USER_COLUMNS_SHOWN = List.of(USERNAME, DISPLAY_NAME, CODE, ROLES);
    /** Far above any region's unit list; bounds the work a hostile sheet can cause. */
    static final int MAX_ROWS = 20_000;

    private AdminWorkbook() {
    }

    /** One data row: its number in the sheet and its values by column header. */
    public record SheetRow(int row, Map<String, String> values) {
    }

    public record Sheets(List<SheetRow> units, List<SheetRow> users) {
    }

    public static Sheets read(byte[] xlsx) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet units = workbook.getSheet(UNIT_SHEET);
            Sheet users = workbook.getSheet(USER_SHEET);
            if (units == null && users == null) {
                throw ValidationException.of("file", "工作簿中没有名为“" + UNIT_SHEET + "”或“" + USER_SHEET + "”的工作表");
            }
            return new Sheets(rows(units, UNIT_COLUMNS), rows(users, USER_COLUMNS));
        } catch (IOException | RuntimeException e) {
            if (e instanceof ValidationException v) {
                throw v;
            }
            throw ValidationException.of("file", "无法读取文件，请上传 .xlsx 格式的工作簿");
        }
    }

    private static List<SheetRow> rows(Sheet sheet, List<String> columns) {
        List<SheetRow> result = new ArrayList<>();
        if (sheet == null) {
            return result;
        }
        DataFormatter formatter = new DataFormatter();
        Row header = sheet.getRow(sheet.getFirstRowNum());
        Map<String, Integer> index = new LinkedHashMap<>();
        if (header != null) {
            for (Cell cell : header) {
                String text = formatter.formatCellValue(cell).strip();
                if (columns.contains(text)) {
                    index.putIfAbsent(text, cell.getColumnIndex());
                }
            }
        }
        List<String> missing = columns.stream().filter(c -> !PASSWORD.equals(c) && !index.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw ValidationException.of("file", "工作表“" + sheet.getSheetName() + "”缺少列：" + String.join("、", missing));
        }
        int last = Math.min(sheet.getLastRowNum(), sheet.getFirstRowNum() + MAX_ROWS);
        for (int r = sheet.getFirstRowNum() + 1; r <= last; r++) {
            Row row = sheet.getRow(r);
            Map<String, String> values = new LinkedHashMap<>();
            boolean empty = true;
            for (String column : columns) {
                Integer c = index.get(column);
                Cell cell = row == null || c == null ? null : row.getCell(c);
                String text = cell == null ? "" : formatter.formatCellValue(cell).strip();
                values.put(column, text);
                empty &= text.isEmpty();
            }
            if (!empty) {
                result.add(new SheetRow(r + 1, values));
            }
        }
        return result;
    }

    /** Writes both sheets; texts that a spreadsheet would take for a formula are quote-prefixed. */
    public static byte[] write(List<List<String>> units, List<List<String>> users) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            Font bold = styles.font(true, 11, "宋体");
            CellStyle header = styles.header(bold);
            sheet(workbook, styles, header, UNIT_SHEET, UNIT_COLUMNS, units);
            sheet(workbook, styles, header, USER_SHEET, USER_COLUMNS, users);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sheet(Workbook workbook, WorkbookStyles styles, CellStyle header, String name,
                              List<String> columns, List<List<String>> rows) {
        Sheet sheet = workbook.createSheet(name);
        Row head = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(columns.get(c));
            cell.setCellStyle(header);
            sheet.setColumnWidth(c, (c == 1 ? 36 : 16) * 256);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<String> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                styles.text(row.createCell(c), values.get(c) == null ? "" : values.get(c));
            }
        }
        sheet.createFreezePane(0, 1);
    }
}
