package org.jixiao.security;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Accounts of their own for the sign-in tests, so locking one never disturbs the demo users other tests sign in
 * as. Each mirrors a demo user (same unit, same roles) and gets the app's own password encoder, so its BCrypt
 * cost equals the dummy check run for unknown usernames.
 */
public final class TestAccounts {
    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;

    public TestAccounts(JdbcTemplate jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    /** A new user like {@code demoUser}, named {@code prefix-<random>}, with the password "demo". */
    public String like(String demoUser, String prefix) {
        await().atMost(Duration.ofMinutes(2)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM app_user WHERE username = 'dept2'", Integer.class) > 0);
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("INSERT INTO app_user (username, password_hash, display_name, org_id, enabled) "
                + "SELECT ?, ?, ?, org_id, enabled FROM app_user WHERE username = ?",
                username, encoder.encode("demo"), "测试 " + username, demoUser);
        jdbc.update("INSERT INTO app_user_role (user_id, role) SELECT (SELECT id FROM app_user WHERE username = ?), r.role "
                + "FROM app_user_role r JOIN app_user u ON u.id = r.user_id WHERE u.username = ?", username, demoUser);
        return username;
    }
}
