package org.jixiao.targets.ui;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A violation's field path taken apart: {@code indicators[3].weight} → list "indicators", index 3,
 * property "weight"; {@code name} → property "name" only.
 */
record FieldPath(String list, Integer index, String property) {
    private static final Pattern PATH = Pattern.compile("^([A-Za-z]+)(?:\\[(\\d+)])?(?:\\.([A-Za-z]+))?$");

    static FieldPath parse(String path) {
        Matcher m = path == null ? null : PATH.matcher(path.strip());
        if (m == null || !m.matches()) {
            return new FieldPath(null, null, path);
        }
        if (m.group(2) == null && m.group(3) == null) {
            return new FieldPath(null, null, m.group(1));
        }
        return new FieldPath(m.group(1), m.group(2) == null ? null : Integer.valueOf(m.group(2)), m.group(3));
    }

    boolean isTopLevel() {
        return list == null;
    }
}
