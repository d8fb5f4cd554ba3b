package org.jixiao.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * Issue 9 §7: who may do what to whose data, as one readable table, over real HTTP against the demo data. Every
 * object is of the demo unit 450001 (乐亭县应急管理局本级): for staff, leader and dept it is their own unit's, for
 * staff2, leader2 and dept2 (unit 460001, another department) it is another unit's, which must look as if it did
 * not exist (404). Writes are sent with a body that the permitted caller gets refused for a business reason (a
 * stale version, a missing reason, a state that does not allow it), so the table never changes the demo data; a
 * 403/404 proves the role or scope check came first.
 *
 * <p>Scoring rules are the administrator's alone, read and write (403 for everyone else); warning-light thresholds
 * are read by every role.
 *
 * <p>{target}: an approved demo target; {report}: its monitoring report in the demo round 2024/6; {round}: that
 * round; {evaluation}: a self-evaluation of the demo evaluation round 2024; {eround}: that round.
 */
@IntegrationTest
class ScopeMatrixApiTest {
    static final List<String> PRINCIPALS =
            List.of("anonymous", "staff", "leader", "dept", "finance", "admin", "staff2", "leader2", "dept2");

    /** request | body | expected status per principal, in the order of {@link #PRINCIPALS}. */
    static final String MATRIX = """
            # request                                       | body                 | anon staff leader dept finance admin staff2 leader2 dept2
            GET /api/me                                     | -                    | 401  200   200    200  200     200   200    200     200
            GET /api/targets                                | -                    | 401  200   200    200  200     200   200    200     200
            GET /api/targets/{target}                       | -                    | 401  200   200    200  200     200   404    404     404
            GET /api/targets/{target}/checks                | -                    | 401  200   200    200  200     200   404    404     404
            GET /api/targets/{target}/history               | -                    | 401  200   200    200  200     200   404    404     404
            GET /api/targets/{target}/versions              | -                    | 401  200   200    200  200     200   404    404     404
            GET /api/targets/{target}/attachments           | -                    | 401  200   200    200  200     200   404    404     404
            PUT /api/targets/{target}                       | {"version":0}        | 401  409   403    403  403     403   404    404     404
            POST /api/targets/{target}/submit               | -                    | 401  409   403    403  403     403   404    404     404
            POST /api/targets/{target}/withdraw             | -                    | 401  409   403    403  403     403   404    404     404
            POST /api/targets/{target}/copy                 | {"fiscalYear":1999}  | 401  422   403    403  403     403   404    404     404
            POST /api/targets/{target}/adjustments          | {"reason":""}        | 401  422   403    403  403     403   404    404     404
            DELETE /api/targets/{target}                    | -                    | 401  409   403    403  403     403   404    404     404
            GET /api/monitoring-rounds                      | -                    | 401  200   200    200  200     200   200    200     200
            GET /api/monitoring-rounds/{round}              | -                    | 401  200   200    200  200     200   200    200     200
            GET /api/monitoring-rounds/{round}/departments  | -                    | 401  200   200    200  200     200   200    200     200
            GET /api/monitoring-rounds/{round}/red-list     | -                    | 401  200   200    200  200     200   200    200     200
            GET /api/monitoring-rounds/{round}/export       | -                    | 401  403   403    200  200     200   403    403     200
            GET /api/monitoring-reports?roundId={round}     | -                    | 401  200   200    200  200     200   200    200     200
            GET /api/monitoring-reports/{report}            | -                    | 401  200   200    200  200     200   404    404     404
            GET /api/monitoring-reports/{report}/history    | -                    | 401  200   200    200  200     200   404    404     404
            PUT /api/monitoring-reports/{report}            | {"version":-1}       | 401  409   403    403  403     403   404    404     404
            POST /api/monitoring-reports/{report}/submit    | {"version":-1}       | 401  409   403    403  403     403   404    404     404
            POST /api/monitoring-reports/{report}/rectify   | {"requirement":"x"}  | 401  403   403    403  409     403   404    404     404
            GET /api/evaluation-rounds                      | -                    | 401  200   200    200  200     200   200    200     200
            GET /api/evaluation-rounds/{eround}             | -                    | 401  200   200    200  200     200   200    200     200
            GET /api/evaluation-rounds/{eround}/summary     | -                    | 401  200   200    200  200     200   200    200     200
            GET /api/self-evaluations?roundId={eround}      | -                    | 401  200   200    200  200     200   200    200     200
            GET /api/self-evaluations/{evaluation}          | -                    | 401  200   200    200  200     200   404    404     404
            GET /api/self-evaluations/{evaluation}/history  | -                    | 401  200   200    200  200     200   404    404     404
            GET /api/self-evaluations/{evaluation}/export   | -                    | 401  200   200    200  200     200   404    404     404
            PUT /api/self-evaluations/{evaluation}          | {"version":-1}       | 401  409   403    403  403     403   404    404     404
            POST /api/self-evaluations/{evaluation}/submit  | {"version":-1}       | 401  409   403    403  403     403   404    404     404
            POST /api/self-evaluations/{evaluation}/rescore | {}                   | 401  403   403    403  409     403   404    404     404
            GET /api/light-thresholds/2024                  | -                    | 401  200   200    200  200     200   200    200     200
            PUT /api/light-thresholds/2024                  | {"version":-1}       | 401  403   403    403  403     422   403    403     403
            GET /api/scoring-config/2024                    | -                    | 401  403   403    403  403     200   403    403     403
            PUT /api/scoring-config/2024                    | {"version":-1}       | 401  403   403    403  403     422   403    403     403
            POST /api/monitoring-rounds                     | {}                   | 401  403   403    403  422     403   403    403     403
            POST /api/evaluation-rounds                     | {}                   | 401  403   403    403  422     403   403    403     403
            POST /api/monitoring-rounds/{round}/close       | {}                   | 401  403   403    403  422     403   403    403     403
            POST /api/monitoring-rounds/{round}/cancel      | {}                   | 401  403   403    403  422     403   403    403     403
            POST /api/evaluation-rounds/{eround}/close      | {}                   | 401  403   403    403  422     403   403    403     403
            POST /api/evaluation-rounds/{eround}/cancel     | {}                   | 401  403   403    403  422     403   403    403     403
            POST /api/scoring/preview                       | {}                   | 401  422   422    422  422     422   422    422     422
            POST /api/indicator-values/parse                | {"text":"≥95%"}      | 401  200   200    200  200     200   200    200     200
            GET /api/tasks                                  | -                    | 401  200   200    200  200     200   200    200     200
            GET /api/nope                                   | -                    | 401  404   404    404  404     404   404    404     404
            """;

    @Autowired
    TestRestTemplate rest;

    @Test
    void everyRoleOnEveryEndpointOnOwnAndOtherUnitsObjects() {
        Map<String, String> ids = demoObjects();
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        int checked = 0;
        for (String line : MATRIX.strip().split("\n")) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\\|");
            String request = cells[0].strip();
            String body = cells[1].strip();
            String method = request.substring(0, request.indexOf(' '));
            String path = request.substring(request.indexOf(' ') + 1);
            for (Map.Entry<String, String> id : ids.entrySet()) {
                path = path.replace("{" + id.getKey() + "}", id.getValue());
            }
            StringBuilder row = new StringBuilder();
            for (String principal : PRINCIPALS) {
                row.append(' ').append(status(method, path, "-".equals(body) ? null : body, principal));
                checked++;
            }
            expected.add(request + " |" + cells[2].strip().replaceAll("\\s+", " ").replaceFirst("^", " "));
            actual.add(request + " |" + row);
        }
        System.out.println("Scope matrix: " + checked + " requests, " + actual.size() + " endpoints × "
                + PRINCIPALS.size() + " principals");
        assertThat(String.join("\n", actual)).as("the scope matrix (actual below)").isEqualTo(String.join("\n", expected));
    }

    /** Only the status: some answers are spreadsheets. */
    private int status(String method, String path, String body, String principal) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (!"anonymous".equals(principal)) {
            headers.setBasicAuth(principal, "demo");
        }
        return rest.exchange(path, HttpMethod.valueOf(method), new HttpEntity<>(body, headers), byte[].class)
                .getStatusCode().value();
    }

    /** Ids of demo objects of unit 450001, found as finance sees them. */
    private Map<String, String> demoObjects() {
        Api finance = Api.as(rest, "finance");
        Map<String, String> ids = new LinkedHashMap<>();
        JsonNode round = null;
        for (JsonNode r : finance.get("/api/monitoring-rounds?fiscalYear=2024").expect(200).body()) {
            if (r.get("cutoffMonth").asInt() == 6) {
                round = r;
            }
        }
        ids.put("round", round.get("id").asText());
        JsonNode report = null;
        for (JsonNode r : finance.get("/api/monitoring-reports?roundId=" + ids.get("round")).expect(200).body()) {
            if ("乐亭县应急管理局本级".equals(r.get("unitName").asText()) && report == null) {
                report = r;
            }
        }
        ids.put("report", report.get("id").asText());
        ids.put("target", report.get("targetId").asText());
        JsonNode eround = finance.get("/api/evaluation-rounds?fiscalYear=2024").expect(200).body().get(0);
        ids.put("eround", eround.get("id").asText());
        for (JsonNode e : finance.get("/api/self-evaluations?roundId=" + ids.get("eround")).expect(200).body()) {
            if ("乐亭县应急管理局本级".equals(e.get("unitName").asText()) && !ids.containsKey("evaluation")) {
                ids.put("evaluation", e.get("id").asText());
            }
        }
        return ids;
    }
}
