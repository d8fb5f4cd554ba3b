package org.jixiao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jixiao.approval.ReviewAction;
import org.jixiao.org.Role;
import org.jixiao.targets.TargetKind;
import org.jixiao.targets.TargetStatus;
import org.junit.jupiter.api.Test;

/** Every screen string comes from the bundles: both languages carry the same keys, and every key used exists. */
class MessageBundlesTest {
    private static final Pattern LITERAL_KEY = Pattern.compile("getTranslation\\(\"([^\"]+)\"");
    /** Keys handed to helpers that translate them (labels, titles): any literal in one of our key families. */
    private static final Pattern FAMILY_KEY = Pattern.compile("\"((?:target|editor|detail|indicators|tasks|plan|attribute"
            + "|checks|review|workbench|list|copy|inbox|history|reading|notFound|menu)\\.[A-Za-z][A-Za-z.]*[A-Za-z])\"");

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Paths.get("src", "main", "java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(source, StandardCharsets.UTF_8);
                Matcher m = LITERAL_KEY.matcher(text);
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) {
                        used.add(m.group(1));
                    }
                }
                Matcher f = FAMILY_KEY.matcher(text);
                while (f.find()) {
                    used.add(f.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(keys).containsAll(used);
    }

    @Test
    void everyStatusKindRoleAndActionHasALabel() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Arrays.stream(TargetStatus.values()).forEach(s -> assertThat(keys).contains("status." + s.name()));
        Arrays.stream(TargetKind.values()).forEach(k -> assertThat(keys).contains("kind." + k.name()));
        Arrays.stream(Role.values()).forEach(r -> assertThat(keys).contains("role." + r.name()));
        Arrays.stream(ReviewAction.values()).forEach(a -> assertThat(keys).contains("action." + a.name()));
    }

    @Test
    void statusesReadAsTheUsersSayThem() throws IOException {
        Properties zh = load("messages.properties");
        assertThat(Arrays.stream(TargetStatus.values()).map(s -> zh.getProperty("status." + s.name())))
                .containsExactly("草稿", "单位负责人审核中", "主管部门审核中", "财政局审核中", "被退回", "已批复", "已被调整替代", "已否决");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Paths.get("src", "main", "resources", "i18n", name),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
