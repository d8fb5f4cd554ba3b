package org.jixiao.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.jixiao.org.Role;
import org.junit.jupiter.api.Test;

/** The admin screens name roles as the 单位基础信息 workbook does, so a name copied from a screen imports. */
class AdminRoleNamesTest {

    @Test
    void theScreensChineseRoleNamesAreTheWorkbooks() throws Exception {
        Properties zh = new Properties();
        try (var in = new InputStreamReader(getClass().getResourceAsStream("/i18n/messages.properties"),
                StandardCharsets.UTF_8)) {
            zh.load(in);
        }
        for (Role role : Role.values()) {
            String shown = zh.getProperty("admin.role." + role.name());
            assertThat(shown).as(role.name()).isEqualTo(RoleLabels.zh(role));
            assertThat(RoleLabels.parse(shown)).isEqualTo(role);
        }
    }
}
