package org.jixiao.org;

/** 单位类型 as the budget system (单位基础信息) lists it. */
public enum UnitType {
    ADMINISTRATIVE("行政单位"),
    INSTITUTION("事业单位"),
    ENTERPRISE("企业"),
    OTHER("其他");

    private final String label;

    UnitType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads 行政 / 行政单位 / ADMINISTRATIVE alike (spreadsheets use the short form); null when unknown. */
    public static UnitType parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        for (UnitType type : values()) {
            if (type.name().equalsIgnoreCase(t) || type.label.equals(t)
                    || (type.label.endsWith("单位") && type.label.substring(0, type.label.length() - 2).equals(t))) {
                return type;
            }
        }
        return null;
    }
}
