package org.jixiao.targets.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.Race;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 12 §1: a finance bureau's indicator-kind rules over REST — read (defaults until saved), replaced with the
 * version read, checked per field, refused when stale, and of ten simultaneous saves exactly one wins. Year 2033 of
 * the demo bureau (targets there are only drafted by other tests; the rules are removed again after each test).
 */
@IntegrationTest
class IndicatorKindRuleApiTest {
    private static final String PATH = "/api/indicator-kind-rules/2033";
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void backToTheDefaults() {
        jdbc.update("DELETE FROM indicator_kind_rule WHERE fiscal_year = 2033");
        jdbc.update("DELETE FROM indicator_kind_rule_set WHERE fiscal_year = 2033");
    }

    @Test
    void financeReadsTheDefaultsSavesItsOwnAndAStaleVersionIsRefused() {
        Api finance = Api.as(rest, "finance");
        JsonNode defaults = finance.get(PATH).expect(200).body();
        assertThat(defaults.get("version").asInt()).isZero();
        assertThat(defaults.get("custom").asBoolean()).isFalse();
        assertThat(defaults.get("fallback").asText()).isEqualTo("CUMULATIVE");
        assertThat(defaults.get("rules").toString()).contains("{\"unit\":\"%\",\"nameContains\":null,\"nameEndsWith\":null,\"kind\":\"LEVEL\"}");

        JsonNode saved = finance.put(PATH, body(0, "LEVEL", rule("次", null, null, "LEVEL"),
                rule(null, "检查", "数", "CUMULATIVE"))).expect(200).body();
        assertThat(saved.get("version").asInt()).isEqualTo(1);
        assertThat(saved.get("custom").asBoolean()).isTrue();
        assertThat(saved.get("updatedBy").asText()).isEqualTo("finance");
        assertThat(saved.get("rules")).hasSize(2);
        assertThat(saved.get("rules").get(1).get("nameEndsWith").asText()).isEqualTo("数");
        assertThat(saved.get("fallback").asText()).isEqualTo("LEVEL");
        // the bureau's admin sees the same rules
        assertThat(Api.as(rest, "admin").get(PATH).expect(200).body()).isEqualTo(saved);

        Api.Response stale = finance.put(PATH, body(0, "CUMULATIVE", rule("%", null, null, "LEVEL"))).expect(409);
        assertThat(stale.headers().getContentType().toString()).contains("problem+json");
        assertThat(stale.body().get("detail").asText()).contains("已被他人修改");
        assertThat(finance.get(PATH).expect(200).body()).as("nothing overwritten").isEqualTo(saved);

        // an empty list goes back to the defaults and still counts as a change
        JsonNode reset = finance.put(PATH, body(1, "CUMULATIVE")).expect(200).body();
        assertThat(reset.get("custom").asBoolean()).isFalse();
        assertThat(reset.get("version").asInt()).isEqualTo(2);
        assertThat(reset.get("rules")).isEqualTo(defaults.get("rules"));
    }

    @Test
    void mistakesAreNamedPerFieldInChineseAndNothingIsStored() {
        Api finance = Api.as(rest, "finance");
        Map<String, Object> noCondition = rule(" ", "", null, "LEVEL");
        Map<String, Object> tooLongNoKind = rule("单".repeat(33), null, null, null);
        Api.Response invalid = finance.put(PATH, body(0, null, noCondition, tooLongNoKind,
                rule("次", null, null, "LEVEL"), rule("次", null, null, "CUMULATIVE"))).expect(422);
        assertThat(invalid.headers().getContentType().toString()).contains("problem+json");
        String errors = invalid.body().get("errors").toString();
        assertThat(errors).contains("rules[0].unit").contains("须至少填写单位、名称包含或名称结尾中的一项")
                .contains("rules[1].unit").contains("单位不能超过 32 个字符")
                .contains("rules[1].kind").contains("请选择第 2 条规则给出的类型")
                .contains("rules[3].unit").contains("第 4 条规则与第 3 条条件相同")
                .contains("\"fallback\"");
        assertThat(finance.get(PATH).expect(200).body().get("version").asInt()).as("nothing stored").isZero();

        Map<String, Object> noVersion = new HashMap<>(body(0, "LEVEL"));
        noVersion.remove("version");
        assertThat(finance.put(PATH, noVersion).expect(422).body().get("errors").toString()).contains("version");
        finance.put("/api/indicator-kind-rules/1999", body(0, "LEVEL")).expect(422);
        finance.putRaw(PATH, "{\"version\":0,\"fallback\":\"SOMETIMES\",\"rules\":[]}").expect(400);
    }

    @Test
    void onlyFinanceReviewersAndAdminsOfTheBureau() {
        for (String user : List.of("staff", "leader", "dept")) {
            Api.Response refused = Api.as(rest, user).get(PATH).expect(403);
            assertThat(refused.headers().getContentType().toString()).contains("problem+json");
            Api.as(rest, user).put(PATH, body(0, "LEVEL", rule("次", null, null, "LEVEL"))).expect(403);
        }
        assertThat(Api.as(rest, "finance").get(PATH).expect(200).body().get("version").asInt()).isZero();
    }

    @Test
    void tenSimultaneousSavesOfOneVersionLeaveExactlyOneWinner() {
        Api finance = Api.as(rest, "finance");
        finance.put(PATH, body(0, "CUMULATIVE", rule("次", null, null, "CUMULATIVE"))).expect(200);
        List<Api.Response> answers = Race.run(Race.THREADS,
                i -> Api.as(rest, i % 2 == 0 ? "finance" : "admin").put(PATH, body(1, "CUMULATIVE", rule("单位" + i, null, null, "LEVEL"))));
        JsonNode winner = Race.oneWinner(answers).body();
        JsonNode now = finance.get(PATH).expect(200).body();
        assertThat(now.get("version").asInt()).isEqualTo(2);
        assertThat(now.get("rules")).isEqualTo(winner.get("rules")).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM indicator_kind_rule WHERE fiscal_year = 2033", Integer.class))
                .as("one winner's rules, not a mix").isEqualTo(1);
    }

    private static Map<String, Object> body(int version, String fallback, Map<String, Object>... rules) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        body.put("fallback", fallback);
        body.put("rules", List.of(rules));
        return body;
    }

    private static Map<String, Object> rule(String unit, String contains, String endsWith, String kind) {
        Map<String, Object> rule = new HashMap<>();
        rule.put("unit", unit);
        rule.put("nameContains", contains);
        rule.put("nameEndsWith", endsWith);
        rule.put("kind", kind);
        return rule;
    }
}
