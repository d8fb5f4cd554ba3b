package org.jixiao.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.TransactionSystemException;

/**
 * Issue 9 §6 (c): the order of commit and answer. A state-changing API request whose handler wrote its 200 answer
 * and then failed (here: the commit could not reach the database) must not send that answer; a failure after a read
 * began to stream cuts the connection instead of appending an error to a 200. The chains below stand in for the
 * rest of the servlet chain; the database side is {@code DatabaseOutageApiTest}.
 */
class ApiFailureBoundaryTest {
    private final ApiFailureBoundary boundary = new ApiFailureBoundary();

    @Test
    void anAnswerWrittenBeforeAFailedCommitIsThrownAwayFor503() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain chain = (req, res) -> {
            res.setContentType("application/json");
            res.getOutputStream().write("{\"id\":7,\"version\":1}".getBytes(StandardCharsets.UTF_8));
            res.flushBuffer();
            throw new TransactionSystemException("Could not commit JDBC transaction",
                    new SQLException("Communications link failure", "08S01"));
        };

        boundary.doFilter(request("PUT", "/api/monitoring-reports/7"), response, chain);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getHeader("Retry-After")).isNotBlank();
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("/problems/unavailable")
                .doesNotContain("\"version\"");
    }

    @Test
    void anyOtherFailureIs500ProblemJsonNotTheContainersErrorPage() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        boundary.doFilter(request("POST", "/api/targets/1/submit"), response, (req, res) -> {
            throw new IllegalStateException("engine refused");
        });

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("/problems/internal");
    }

    @Test
    void aCompletedAnswerPassesUnchanged() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        boundary.doFilter(request("PUT", "/api/monitoring-reports/7"), response, (req, res) -> {
            res.setContentType("application/json");
            res.getWriter().write("{\"id\":7,\"version\":1}");
        });

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).isEqualTo("{\"id\":7,\"version\":1}");
    }

    @Test
    void aReadThatAlreadyStreamedIsCutNotAppendedTo() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThatThrownBy(() -> boundary.doFilter(request("GET", "/api/monitoring-reports"), response,
                (req, res) -> {
                    res.getWriter().write("[{\"id\":1}");
                    res.flushBuffer();
                    throw new IllegalStateException("failed mid-way");
                })).isInstanceOf(IllegalStateException.class);
        assertThat(response.getContentAsString()).isEqualTo("[{\"id\":1}");
    }

    @Test
    void theUiIsNotItsBusiness() {
        assertThatThrownBy(() -> boundary.doFilter(request("POST", "/login"), new MockHttpServletResponse(),
                (req, res) -> {
                    throw new IllegalStateException("not ours");
                })).isInstanceOf(IllegalStateException.class);
    }

    private static MockHttpServletRequest request(String method, String uri) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, uri);
        request.setRequestURI(uri);
        return request;
    }
}
