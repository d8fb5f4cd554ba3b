package org.jixiao.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** The engine's REST API and webapps are for ADMIN only; our API needs a login. */
@IntegrationTest
class SecurityBoundaryTest {

    @Autowired
    TestRestTemplate rest;

    @Test
    void engineRestIsAdminOnly() {
        assertThat(get("/engine-rest/engine", null).getStatusCode().value()).isEqualTo(401);
        assertThat(get("/engine-rest/engine", "staff").getStatusCode().value()).isEqualTo(403);
        assertThat(get("/engine-rest/engine", "finance").getStatusCode().value()).isEqualTo(403);
        assertThat(get("/engine-rest/process-definition", "staff").getStatusCode().value()).isEqualTo(403);
        ResponseEntity<String> admin = get("/engine-rest/process-definition?key=TargetApprovalProcess", "admin");
        assertThat(admin.getStatusCode().value()).isEqualTo(200);
        assertThat(admin.getBody()).contains("TargetApprovalProcess");
    }

    @Test
    void camundaWebappsAreAdminOnly() {
        ResponseEntity<String> anonymous = rest.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW)
                .getForEntity("/camunda/app/cockpit/default/", String.class);
        assertThat(anonymous.getStatusCode().value()).isEqualTo(302);
        assertThat(anonymous.getHeaders().getLocation().getPath()).isEqualTo("/login");
        assertThat(get("/camunda/app/cockpit/default/", "staff").getStatusCode().value()).isEqualTo(403);
        assertThat(get("/camunda/api/engine/engine/", "dept").getStatusCode().value()).isEqualTo(403);
        HttpHeaders adminHeaders = new HttpHeaders();
        adminHeaders.setBasicAuth("admin", "demo");
        ResponseEntity<String> cockpit = rest.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW)
                .exchange("/camunda/app/cockpit/default/", HttpMethod.GET, new HttpEntity<>(adminHeaders), String.class);
        assertThat(cockpit.getStatusCode().is4xxClientError()).isFalse();
        assertThat(cockpit.getHeaders().getFirst("X-Authorized-User")).isEqualTo("admin");
        String session = cockpit.getHeaders().get(HttpHeaders.SET_COOKIE).stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow().split(";")[0];
        HttpHeaders sameSession = new HttpHeaders();
        sameSession.setBasicAuth("admin", "demo");
        sameSession.add(HttpHeaders.COOKIE, session);
        ResponseEntity<String> signedIn = rest.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET,
                new HttpEntity<>(sameSession), String.class);
        assertThat(signedIn.getStatusCode().value()).as("webapps trust our login (no second password)").isEqualTo(200);
        assertThat(signedIn.getBody()).contains("\"userId\":\"admin\"").contains("cockpit");
    }

    @Test
    void apiNeedsAuthenticationAndAnswersProblemJson() {
        ResponseEntity<String> anonymous = get("/api/targets", null);
        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
        assertThat(anonymous.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(anonymous.getBody()).contains("未登录");
        assertThat(Api.as(rest, "staff").get("/api/me").status()).isEqualTo(200);
        HttpHeaders wrong = new HttpHeaders();
        wrong.setBasicAuth("staff", "wrong-password");
        assertThat(rest.exchange("/api/me", HttpMethod.GET, new HttpEntity<>(wrong), String.class)
                .getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void openApiDescribesTheApi() {
        ResponseEntity<String> docs = get("/v3/api-docs", "staff");
        assertThat(docs.getStatusCode().value()).isEqualTo(200);
        assertThat(docs.getBody()).contains("/api/targets/{id}/submit", "/api/tasks/{id}/return",
                "/api/indicator-values/parse");
    }

    private ResponseEntity<String> get(String path, String user) {
        HttpHeaders headers = new HttpHeaders();
        if (user != null) {
            headers.setBasicAuth(user, "demo");
        }
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }
}
