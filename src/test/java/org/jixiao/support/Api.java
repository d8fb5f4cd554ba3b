package org.jixiao.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Calls the REST API over HTTP as a demo user (password "demo"), returning status + JSON. */
public final class Api {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final TestRestTemplate rest;
    private final String username;
    private final String password;

    private Api(TestRestTemplate rest, String username, String password) {
        this.rest = rest;
        this.username = username;
        this.password = password;
    }

    public static Api as(TestRestTemplate rest, String username) {
        return new Api(rest, username, "demo");
    }

    /** A user with their own password (accounts made by an admin, not the demo's). */
    public static Api as(TestRestTemplate rest, String username, String password) {
        return new Api(rest, username, password);
    }

    public record Response(int status, JsonNode body, HttpHeaders headers) {
        public Response expect(int expected) {
            if (status != expected) {
                throw new AssertionError("expected HTTP " + expected + " but got " + status + ": " + body);
            }
            return this;
        }

        public long id() {
            return body.get("id").asLong();
        }
    }

    /** All my open tasks, newest first: every page of {@code GET /api/tasks} (200 a page). */
    public com.fasterxml.jackson.databind.node.ArrayNode tasks() {
        com.fasterxml.jackson.databind.node.ArrayNode all = JSON.createArrayNode();
        for (int page = 0; ; page++) {
            JsonNode body = get("/api/tasks?size=200&page=" + page).expect(200).body();
            body.get("items").forEach(all::add);
            if (body.get("items").size() < 200 || all.size() >= body.get("total").asLong()) {
                return all;
            }
        }
    }

    /** The id of my open task of the type ({@code TARGET}, {@code MONITORING_REPORT} …) on the subject. */
    public String taskOf(String type, long subjectId) {
        for (JsonNode t : tasks()) {
            if (type.equals(t.get("type").asText()) && t.get("subjectId").asLong() == subjectId) {
                return t.get("id").asText();
            }
        }
        throw new AssertionError("no open " + type + " task for " + subjectId);
    }

    public Response get(String path) {
        return exchange(HttpMethod.GET, path, null);
    }

    public Response post(String path, Object body) {
        return exchange(HttpMethod.POST, path, body);
    }

    public Response put(String path, Object body) {
        return exchange(HttpMethod.PUT, path, body);
    }

    public Response delete(String path) {
        return exchange(HttpMethod.DELETE, path, null);
    }

    /** Sends a raw string body, for malformed-JSON tests. */
    public Response postRaw(String path, String body) {
        return exchange(HttpMethod.POST, path, body);
    }

    public Response putRaw(String path, String body) {
        return exchange(HttpMethod.PUT, path, body);
    }

    private Response exchange(HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        if (username != null) {
            headers.setBasicAuth(username, password);
        }
        try {
            String payload = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
            ResponseEntity<String> response = rest.exchange(path, method, new HttpEntity<>(payload, headers), String.class);
            String text = response.getBody();
            JsonNode json = text == null || text.isBlank() ? JSON.nullNode() : JSON.readTree(text);
            return new Response(response.getStatusCode().value(), json, response.getHeaders());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> toMap(JsonNode node) {
        return JSON.convertValue(node, Map.class);
    }
}
