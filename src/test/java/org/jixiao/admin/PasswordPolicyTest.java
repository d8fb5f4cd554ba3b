package org.jixiao.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.security.PasswordPolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The password rules of issue 11 §1 as a table: username, password, the reason (empty = accepted). */
class PasswordPolicyTest {

    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", emptyValue = "", textBlock = """
            staff      | NULL               | 请填写密码
            staff      |                    | 请填写密码
            staff      | 123456789          | 密码至少需要 10 个字符
            staff      | 短短的中文密码只有九个 | 
            staff      | 中文密码八个字      | 密码至少需要 10 个字符
            zhangsan01 | zhangsan01         | 密码不能与用户名相同
            zhangsan01 | ZhangSan01         | 密码不能与用户名相同
            zhangsan01 | 10nasgnahz         | 密码不能与用户名相同
            zhangsan01 | zhangsan01x        | 
            staff      | 1234567890         | 密码过于常见，请换一个
            staff      | Password123        | 密码过于常见，请换一个
            staff      | QWERTYUIOP         | 密码过于常见，请换一个
            staff      | woaini1314         | 密码过于常见，请换一个
            staff      | Kuai-le-2026!      | 
            NULL       | Kuai-le-2026!      | 
            staff      | aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa | 密码不能超过 72 个字节
            """)
    void rules(String username, String password, String reason) {
        String expected = reason == null || reason.isBlank() ? null : reason;
        assertThat(PasswordPolicy.violation(username, password)).isEqualTo(expected);
    }
}
