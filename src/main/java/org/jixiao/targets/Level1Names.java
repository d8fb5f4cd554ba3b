package org.jixiao.targets;

import java.util.Map;

/**
 * One name per 一级 category, whatever the form called it: some forms say 效果指标 for 效益指标, and
 * people drop the 指标 suffix ("产出").
 */
public final class Level1Names {
    private static final Map<String, String> SYNONYMS = Map.of("效果指标", "效益指标");

    private Level1Names() {
    }

    public static String canonical(String level1) {
        if (level1 == null || level1.isBlank()) {
            return null;
        }
        String name = level1.replaceAll("[\\s\\u3000]+", "");
        if (!name.endsWith("指标")) {
            name = name + "指标";
        }
        return SYNONYMS.getOrDefault(name, name);
    }
}
