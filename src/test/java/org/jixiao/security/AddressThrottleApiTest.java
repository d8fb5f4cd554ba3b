package org.jixiao.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.jixiao.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.jixiao.security.lockout.SignInPolicy;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Issue 11 §3: failures per client address are throttled too — spraying many usernames from one address locks
 * the address. Its own context (a low address limit), since every other test also signs in from 127.0.0.1.
 */
@IntegrationTest
class AddressThrottleApiTest {
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;

    @Autowired
    SignInPolicy policy;
    private Object suiteLimit;

    @org.junit.jupiter.api.BeforeEach
    void lowerTheAddressLimit() {
        jdbc.update("DELETE FROM sign_in_failure WHERE subject_kind = 'ADDRESS'");
        suiteLimit = ReflectionTestUtils.getField(policy, "addressMaxFailures");
        ReflectionTestUtils.setField(policy, "addressMaxFailures", 8);
    }

    @AfterEach
    void unlockTheAddress() {
        ReflectionTestUtils.setField(policy, "addressMaxFailures", suiteLimit);
        jdbc.update("DELETE FROM sign_in_lock WHERE subject_kind = 'ADDRESS'");
        jdbc.update("DELETE FROM sign_in_failure WHERE subject_kind = 'ADDRESS'");
    }

    @Test
    void manyUsernamesFromOneAddressLockTheAddress() {
        String real = new TestAccounts(jdbc, encoder).like("staff", "addr");
        for (int i = 0; i < 8; i++) {
            // each name fails only once: no account lock, but the address counts all eight
            assertThat(status("spray-" + UUID.randomUUID().toString().substring(0, 8), "guess")).isEqualTo(401);
        }
        assertThat(status(real, "demo")).as("the address is locked for every account").isEqualTo(429);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sign_in_lock WHERE subject_kind = 'ACCOUNT' AND subject = ?",
                Integer.class, real)).isZero();
    }

    private int status(String user, String password) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, password);
        return rest.exchange("/api/me", HttpMethod.GET, new HttpEntity<>(headers), String.class).getStatusCode().value();
    }
}
