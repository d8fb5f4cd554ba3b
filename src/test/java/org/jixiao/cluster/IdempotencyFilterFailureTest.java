package org.jixiao.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jixiao.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 9 §6 (c): a keyed request whose action fails with a database error after it began its answer. The filter
 * used to take any DataAccessException for a failure to store the answer and sent what the failed action had
 * written, with its status (200), for a change that never committed. Now the failure goes on (to
 * {@code ApiFailureBoundary}, which answers 503), nothing is sent from the failed action, and the key is released so
 * that the retry runs again. The key table is the real one; the chain stands in for the action.
 */
@IntegrationTest
class IdempotencyFilterFailureTest {
    @Autowired
    IdempotentRequests requests;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anActionFailingWithADatabaseErrorSendsNothingAndStoresNothing() {
        String key = UUID.randomUUID().toString();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "staff", null, List.of(new SimpleGrantedAuthority("ROLE_STAFF"))));
        MockHttpServletRequest request = new MockHttpServletRequest("PUT", "/api/monitoring-reports/7");
        request.setRequestURI("/api/monitoring-reports/7");
        request.addHeader(IdempotencyFilter.HEADER, key);
        request.setContentType("application/json");
        request.setContent("{\"version\":0}".getBytes(StandardCharsets.UTF_8));
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThatThrownBy(() -> new IdempotencyFilter(requests).doFilter(request, response, (req, res) -> {
            res.setContentType("application/json");
            res.getOutputStream().write("{\"id\":7,".getBytes(StandardCharsets.UTF_8));
            throw new DataAccessResourceFailureException("Communications link failure during commit");
        })).isInstanceOf(DataAccessResourceFailureException.class);

        assertThat(response.getContentAsByteArray()).as("nothing of the failed action is sent").isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM idempotent_request WHERE idem_key = ?", Integer.class,
                key)).as("the key is released: the retry runs again").isZero();
    }
}
