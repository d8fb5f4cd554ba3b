package org.jixiao.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
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
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Issue 11 §3: personal access tokens over real HTTP — made once, stored hashed, expire, revoked, never more. */
@IntegrationTest
class PersonalTokenApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void aTokenIsShownOnceStoredHashedAndActsAsItsOwner() throws Exception {
        String user = new TestAccounts(jdbc, encoder).like("staff", "tok");
        Api owner = Api.as(rest, user);
        Api.Response created = owner.post("/api/me/tokens", Map.of("name", "预算一体化接口", "expiresInDays", 30)).expect(201);
        String token = created.body().get("token").asText();
        long id = created.id();
        assertThat(token).startsWith("jxp_").hasSizeGreaterThan(40);
        assertThat(created.headers().getLocation().toString()).endsWith("/api/me/tokens/" + id);
        assertThat(Instant.parse(created.body().get("expiresAt").asText()))
                .isBetween(Instant.now().plus(30, ChronoUnit.DAYS).minusSeconds(60), Instant.now().plus(30, ChronoUnit.DAYS).plusSeconds(1));

        // only the SHA-256 is in the database; the list never shows the token
        String stored = jdbc.queryForObject("SELECT token_hash FROM personal_token WHERE id = ?", String.class, id);
        assertThat(stored).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(StandardCharsets.UTF_8))));
        JsonNode list = owner.get("/api/me/tokens").expect(200).body();
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("name").asText()).isEqualTo("预算一体化接口");
        assertThat(list.get(0).get("prefix").asText()).isEqualTo(token.substring(0, 10));
        assertThat(list.get(0).get("lastUsedAt").isNull()).isTrue();
        assertThat(list.toString()).doesNotContain(token);

        // the token signs in as its owner, with the owner's roles and place
        ResponseEntity<String> me = bearer(HttpMethod.GET, "/api/me", token, null);
        assertThat(me.getStatusCode().value()).isEqualTo(200);
        JsonNode meJson = JSON.readTree(me.getBody());
        assertThat(meJson.get("username").asText()).isEqualTo(user);
        assertThat(meJson.get("roles").toString()).isEqualTo("[\"STAFF\"]");
        JsonNode used = owner.get("/api/me/tokens").body().get(0);
        assertThat(used.get("lastUsedAt").isNull()).as("first use recorded").isFalse();
        Instant firstUse = Instant.parse(used.get("lastUsedAt").asText());
        bearer(HttpMethod.GET, "/api/me", token, null);
        assertThat(Instant.parse(owner.get("/api/me/tokens").body().get(0).get("lastUsedAt").asText()))
                .as("not rewritten within the minute").isEqualTo(firstUse);

        // never more than the owner: ADMIN-only stays closed, and the data in scope is exactly the owner's
        assertThat(bearer(HttpMethod.GET, "/api/admin/locks", token, null).getStatusCode().value()).isEqualTo(403);
        ResponseEntity<String> viaToken = bearer(HttpMethod.GET, "/api/targets", token, null);
        assertThat(viaToken.getStatusCode().value()).isEqualTo(200);
        assertThat(JSON.readTree(viaToken.getBody())).isEqualTo(owner.get("/api/targets").expect(200).body());
        // a token cannot make or revoke tokens
        assertThat(bearer(HttpMethod.POST, "/api/me/tokens", token, "{\"name\":\"more\",\"expiresInDays\":365}")
                .getStatusCode().value()).isEqualTo(403);
        assertThat(bearer(HttpMethod.DELETE, "/api/me/tokens/" + id, token, null).getStatusCode().value()).isEqualTo(403);

        // the owner's roles change through the admin API: so do the token's, at the next request, although the token
        // was just used (and cached); then the owner is deactivated and the token stops at once
        Api admin = Api.as(rest, "admin");
        JsonNode account = java.util.stream.StreamSupport.stream(admin.get("/api/admin/users").expect(200).body().spliterator(), false)
                .filter(u -> u.get("username").asText().equals(user)).findFirst().orElseThrow();
        JsonNode changed = admin.put("/api/admin/users/" + account.get("id").asLong(), Map.of("version", account.get("version").asInt(),
                "displayName", account.get("displayName").asText(), "orgId", account.get("orgId").asLong(),
                "roles", java.util.List.of("UNIT_LEADER"))).expect(200).body();
        JsonNode after = JSON.readTree(bearer(HttpMethod.GET, "/api/me", token, null).getBody());
        assertThat(after.get("roles").toString()).isEqualTo("[\"UNIT_LEADER\"]");
        admin.post("/api/admin/users/" + account.get("id").asLong() + "/deactivate",
                Map.of("version", changed.get("version").asInt())).expect(200);
        assertThat(bearer(HttpMethod.GET, "/api/me", token, null).getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void revokedExpiredAndForgedTokensAre401ProblemJson() {
        String user = new TestAccounts(jdbc, encoder).like("leader", "tok");
        Api owner = Api.as(rest, user);
        String revoked = owner.post("/api/me/tokens", Map.of("name", "a", "expiresInDays", 1)).expect(201).body().get("token").asText();
        long revokedId = jdbc.queryForObject("SELECT MAX(id) FROM personal_token", Long.class);
        String expired = owner.post("/api/me/tokens", Map.of("name", "b", "expiresInDays", 1)).expect(201).body().get("token").asText();
        long expiredId = jdbc.queryForObject("SELECT MAX(id) FROM personal_token", Long.class);
        assertThat(bearer(HttpMethod.GET, "/api/me", revoked, null).getStatusCode().value()).isEqualTo(200);
        assertThat(bearer(HttpMethod.GET, "/api/me", revoked, null).getStatusCode().value()).as("now from the cache").isEqualTo(200);

        // revoked while it sits in this node's token cache: refused at the very next request
        owner.delete("/api/me/tokens/" + revokedId).expect(204);
        owner.delete("/api/me/tokens/" + revokedId).expect(404);
        ResponseEntity<String> refused = bearer(HttpMethod.GET, "/api/me", revoked, null);
        assertThat(refused.getStatusCode().value()).isEqualTo(401);
        assertThat(refused.getHeaders().getContentType().toString()).contains("problem+json");
        assertThat(refused.getHeaders().getFirst("WWW-Authenticate")).contains("Bearer").contains("invalid_token");

        jdbc.update("UPDATE personal_token SET expires_at = ? WHERE id = ?", Timestamp.from(Instant.now().minusSeconds(5)), expiredId);
        assertThat(bearer(HttpMethod.GET, "/api/me", expired, null).getStatusCode().value()).isEqualTo(401);
        assertThat(owner.get("/api/me/tokens").body().get(0).get("expired").asBoolean()).isTrue();

        assertThat(bearer(HttpMethod.GET, "/api/me", "jxp_" + "A".repeat(43), null).getStatusCode().value()).isEqualTo(401);
        assertThat(bearer(HttpMethod.GET, "/api/me", "not-a-token", null).getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void onlyTheOwnerRevokesAndInputIsChecked() {
        String user = new TestAccounts(jdbc, encoder).like("staff", "tok");
        Api owner = Api.as(rest, user);
        long id = owner.post("/api/me/tokens", Map.of("name", "mine", "expiresInDays", 7)).expect(201).id();
        Api.Response foreign = Api.as(rest, "admin").delete("/api/me/tokens/" + id).expect(404);
        assertThat(foreign.headers().getContentType().toString()).contains("problem+json");
        assertThat(owner.get("/api/me/tokens").body()).hasSize(1);

        Api.Response blank = owner.post("/api/me/tokens", Map.of("name", " ", "expiresInDays", 0)).expect(422);
        assertThat(blank.body().get("errors").toString()).contains("name").contains("expiresInDays");
        owner.post("/api/me/tokens", Map.of("name", "x".repeat(101), "expiresInDays", 7)).expect(422);
        owner.post("/api/me/tokens", Map.of("name", "long", "expiresInDays", 366)).expect(422);
        owner.postRaw("/api/me/tokens", "{\"name\":\"x\",\"expiresInDays\":\"soon\"}").expect(400);
    }

    private ResponseEntity<String> bearer(HttpMethod method, String path, String token, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }
}
