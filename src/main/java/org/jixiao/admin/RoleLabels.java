package org.jixiao.admin;

import org.jixiao.org.Role;

/** The roles' Chinese names, as spreadsheets and screens show them. */
public final class RoleLabels {
    private RoleLabels() {
    }

    public static String zh(Role role) {
        return switch (role) {
            case STAFF -> "经办人";
            case UNIT_LEADER -> "单位负责人";
            case DEPT_REVIEWER -> "主管部门审核";
            case FINANCE_REVIEWER -> "财政审核";
            case ADMIN -> "系统管理员";
        };
    }

    /** An enum name or a Chinese name (负责人 is short for 单位负责人); null when unknown. */
    public static Role parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        for (Role role : Role.values()) {
            if (role.name().equalsIgnoreCase(t) || zh(role).equals(t)) {
                return role;
            }
        }
        return "负责人".equals(t) ? Role.UNIT_LEADER : "管理员".equals(t) ? Role.ADMIN : null;
    }
}
