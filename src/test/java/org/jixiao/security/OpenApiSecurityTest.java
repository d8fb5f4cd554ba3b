package org.jixiao.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Issue 11 §3: {@code /v3/api-docs} declares HTTP Basic and bearer tokens, and every operation has a security
 * requirement and at least one 4xx problem response with the shared problem schema (Redocly's "security-defined"
 * and "operation-4xx-response" rules, checked here without the tool).
 */
@IntegrationTest
class OpenApiSecurityTest {
    @Autowired
    TestRestTemplate rest;

    @Test
    void everyOperationHasASecuritySchemeAndProblemResponses() {
        JsonNode docs = Api.as(rest, "staff").get("/v3/api-docs").expect(200).body();
        JsonNode schemes = docs.at("/components/securitySchemes");
        assertThat(schemes.at("/basicAuth/type").asText()).isEqualTo("http");
        assertThat(schemes.at("/basicAuth/scheme").asText()).isEqualTo("basic");
        assertThat(schemes.at("/bearerToken/type").asText()).isEqualTo("http");
        assertThat(schemes.at("/bearerToken/scheme").asText()).isEqualTo("bearer");
        assertThat(docs.at("/components/schemas/Problem/properties").has("status")).isTrue();
        assertThat(docs.at("/security").toString()).contains("basicAuth").contains("bearerToken");

        List<String> withoutSecurity = new ArrayList<>();
        List<String> without4xx = new ArrayList<>();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = docs.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!List.of("get", "put", "post", "delete", "patch").contains(op.getKey())) {
                    continue;
                }
                operations++;
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode security = op.getValue().get("security");
                if (security == null || security.isEmpty()) {
                    withoutSecurity.add(name);
                }
                boolean problem4xx = false;
                for (Iterator<Map.Entry<String, JsonNode>> rs = op.getValue().get("responses").fields(); rs.hasNext(); ) {
                    Map.Entry<String, JsonNode> r = rs.next();
                    if (r.getKey().startsWith("4") && r.getValue().at("/content/application~1problem+json/schema/$ref")
                            .asText().equals("#/components/schemas/Problem")) {
                        problem4xx = true;
                    }
                }
                if (!problem4xx) {
                    without4xx.add(name);
                }
            }
        }
        assertThat(operations).as("operations described").isGreaterThan(50);
        assertThat(withoutSecurity).as("operations without a security requirement").isEmpty();
        assertThat(without4xx).as("operations without a 4xx problem response").isEmpty();

        JsonNode create = docs.at("/paths/~1api~1me~1tokens/post/responses");
        assertThat(create.has("401")).isTrue();
        assertThat(create.has("422")).isTrue();
        assertThat(create.at("/429/headers").has("Retry-After")).isTrue();
        JsonNode revoke = docs.at("/paths/~1api~1me~1tokens~1{id}/delete/responses");
        assertThat(revoke.has("404")).isTrue();
        JsonNode me = docs.at("/paths/~1api~1me/get/responses");
        assertThat(me.has("401")).isTrue();
        assertThat(me.has("404")).as("no id in the path").isFalse();
        assertThat(me.has("422")).as("a read breaks no rule").isFalse();
    }
}
