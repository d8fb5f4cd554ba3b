package org.jixiao.common.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jixiao.common.ValidationException;

/**
 * The check an uploaded .xlsx passes before POI builds anything from it: an .xlsx is a zip, and a small file can
 * inflate to gigabytes, so every entry is inflated into nothing and the first bound crossed refuses the file (422 on
 * the field {@code file}). A zip bomb costs at most the bound.
 */
public final class XlsxPackages {
    private XlsxPackages() {
    }

    public static void check(byte[] file, long maxUnpackedBytes, int maxEntries) {
        long unpacked = 0;
        int entries = 0;
        byte[] buffer = new byte[16 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > maxEntries) {
                    throw ValidationException.of("file", "文件结构异常（部件过多），不是 Excel 表格");
                }
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    unpacked += n;
                    if (unpacked > maxUnpackedBytes) {
                        throw ValidationException.of("file", "文件解压后过大，不是正常的 Excel 表格");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw ValidationException.of("file", "无法读取文件：请上传 .xlsx 文件");
        }
        if (entries == 0) {
            throw ValidationException.of("file", "无法读取文件：请上传 Excel 2007 及以上版本的 .xlsx 文件");
        }
    }
}
