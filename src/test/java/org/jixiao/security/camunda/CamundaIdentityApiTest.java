package org.jixiao.security.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.security.TestAccounts;
import org.jixiao.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 11 §4 over HTTP: the engine's REST API lists our people and groups to admin, refuses staff, and an admin
 * who must still replace an admin-issued password reaches neither the REST API nor the webapps.
 */
@IntegrationTest
class CamundaIdentityApiTest {
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void theEngineRestApiShowsOurPeopleAndGroupsToAdminOnly() {
        new TestAccounts(jdbc, encoder).like("staff", "camid-rest"); // waits for the demo users
        ResponseEntity<String> admins = get("/engine-rest/user?memberOfGroup=camunda-admin", "admin");
        assertThat(admins.getStatusCode().value()).isEqualTo(200);
        assertThat(admins.getBody()).contains("\"id\":\"admin\"", "\"firstName\":\"系统管理员\"")
                .doesNotContain("\"id\":\"staff\"");
        ResponseEntity<String> groups = get("/engine-rest/group?member=dual", "admin");
        assertThat(groups.getBody()).contains("\"id\":\"STAFF:", "\"id\":\"UNIT_LEADER:", "\"type\":\"WORKFLOW\"");
        assertThat(get("/engine-rest/user/count", "admin").getBody()).matches("\\{\"count\":\\d+}");
        assertThat(get("/engine-rest/user?firstResult=0&maxResults=2", "admin").getBody().split("\"id\"")).hasSize(3);
        HttpHeaders json = basic("admin");
        json.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        ResponseEntity<String> verify = rest.exchange("/engine-rest/identity/verify", HttpMethod.POST,
                new HttpEntity<>("{\"username\":\"admin\",\"password\":\"demo\"}", json), String.class);
        assertThat(verify.getBody()).as("the engine checks no passwords: sign-in is Jixiao's, with its lockout")
                .contains("\"authenticated\":false");
        ResponseEntity<String> create = rest.exchange("/engine-rest/user/create", HttpMethod.POST, new HttpEntity<>(
                "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"intruder-password\"}}", json),
                String.class);
        assertThat(create.getStatusCode().is2xxSuccessful()).as("read-only: " + create.getBody()).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_ID_USER", Integer.class))
                .as("no second password store").isZero();
        assertThat(get("/engine-rest/user", "staff").getStatusCode().value()).isEqualTo(403);
        assertThat(get("/engine-rest/group", "dept").getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void anAdminWhoMustChangeThePasswordReachesNeitherTheEngineNorTheWebapps() {
        String admin = new TestAccounts(jdbc, encoder).like("admin", "camid-pw");
        try {
            jdbc.update("UPDATE app_user SET must_change_password = TRUE WHERE username = ?", admin);
            ResponseEntity<String> engine = get("/engine-rest/engine", admin);
            assertThat(engine.getStatusCode().value()).isEqualTo(403);
            assertThat(engine.getBody()).contains("\"code\":\"PASSWORD_CHANGE_REQUIRED\"");
            ResponseEntity<String> cockpit = noRedirects("/camunda/app/cockpit/default/", admin);
            assertThat(cockpit.getStatusCode().value()).isEqualTo(302);
            assertThat(cockpit.getHeaders().getLocation().getPath()).isEqualTo("/me/password");
            ResponseEntity<String> webappApi = get("/camunda/api/engine/engine/", admin);
            assertThat(webappApi.getStatusCode().value()).isEqualTo(403);
            assertThat(webappApi.getBody()).contains("PASSWORD_CHANGE_REQUIRED");

            jdbc.update("UPDATE app_user SET must_change_password = FALSE WHERE username = ?", admin);
            assertThat(get("/engine-rest/engine", admin).getStatusCode().value()).isEqualTo(200);
            ResponseEntity<String> opened = noRedirects("/camunda/app/cockpit/default/", admin);
            assertThat(opened.getStatusCode().value()).isEqualTo(200);
            assertThat(opened.getHeaders().getFirst("X-Authorized-User")).isEqualTo(admin);
        } finally {
            // one more enabled admin would change what "the last admin" means for the admin tests
            jdbc.update("UPDATE app_user SET enabled = FALSE WHERE username = ?", admin);
        }
    }

    private ResponseEntity<String> get(String path, String user) {
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(basic(user)), String.class);
    }

    private ResponseEntity<String> noRedirects(String path, String user) {
        return rest.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW)
                .exchange(path, HttpMethod.GET, new HttpEntity<>(basic(user)), String.class);
    }

    private static HttpHeaders basic(String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, "demo");
        return headers;
    }
}
