package org.jixiao.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RuntimeService;
import org.jixiao.org.OrgDirectory;
import org.jixiao.rounds.process.RoundDeadlines;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.RoundFixtures;
import org.jixiao.support.TargetFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Opening a round over the real HTTP API (issue 9 §1 and §4): it takes effect exactly once however many open it at
 * the same moment, and a due date in the past, too far ahead, or a scope without approved targets is a 422 on the
 * field. Fiscal years 2067 (monitoring race), 2068 (evaluation race), 2069 and 2098 (refusals; 2098 has no target).
 */
@IntegrationTest
class RoundOpenApiTest {
    private static final int PARALLEL = 10;

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    OrgDirectory directory;

    private Api finance() {
        return Api.as(rest, "finance");
    }

    @Test
    void tenParallelOpensOfOneMonitoringRoundMakeOneRoundAndNine409s() throws Exception {
        int year = 2067;
        TargetFixtures.approved(rest, year, "并发发起监控项目甲");
        TargetFixtures.approved(rest, year, "并发发起监控项目乙");
        long winner = race("/api/monitoring-rounds", Map.of("fiscalYear", year, "cutoffMonth", 6,
                "dueDate", year + "-07-15"));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM monitoring_round WHERE fiscal_year = ?", Integer.class, year))
                .isEqualTo(1);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(RoundDeadlines.PROCESS_KEY)
                .processInstanceBusinessKey(RoundDeadlines.businessKey("Monitoring", winner)).count())
                .as("one deadline process").isEqualTo(1);
        RoundFixtures.awaitOpen(rest, "/api/monitoring-rounds/" + winner);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM monitoring_report WHERE round_id = ?", Integer.class,
                winner)).as("one report per target").isEqualTo(2);
    }

    @Test
    void tenParallelOpensOfOneEvaluationRoundMakeOneRoundAndNine409s() throws Exception {
        int year = 2068;
        TargetFixtures.approved(rest, year, "并发发起自评项目");
        long winner = race("/api/evaluation-rounds", Map.of("fiscalYear", year, "dueDate", (year + 1) + "-03-31"));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM evaluation_round WHERE fiscal_year = ?", Integer.class, year))
                .isEqualTo(1);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(RoundDeadlines.PROCESS_KEY)
                .processInstanceBusinessKey(RoundDeadlines.businessKey("Evaluation", winner)).count())
                .as("one deadline process").isEqualTo(1);
        RoundFixtures.awaitOpen(rest, "/api/evaluation-rounds/" + winner);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM self_evaluation WHERE round_id = ?", Integer.class,
                winner)).as("one self-evaluation per target").isEqualTo(1);
    }

    /** {@value #PARALLEL} opens released together: one 202, the rest 409 problem JSON naming the winner. */
    private long race(String path, Map<String, Object> body) throws Exception {
        CyclicBarrier start = new CyclicBarrier(PARALLEL);
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        List<Api.Response> answers = new ArrayList<>();
        try {
            List<Future<Api.Response>> futures = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return finance().post(path, body);
                }));
            }
            for (Future<Api.Response> f : futures) {
                answers.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(answers).extracting(Api.Response::status).as("one winner, the rest conflicts")
                .containsOnly(202, 409).filteredOn(s -> s == 202).hasSize(1);
        long winner = answers.stream().filter(a -> a.status() == 202).findFirst().orElseThrow().id();
        assertThat(answers).filteredOn(a -> a.status() == 409).hasSize(PARALLEL - 1).allSatisfy(a -> {
            assertThat(a.headers().getContentType().toString()).contains("application/problem+json");
            assertThat(a.body().get("detail").asText()).contains("已发起");
            assertThat(a.body().get("roundId").asLong()).as("names the winner").isEqualTo(winner);
        });
        return winner;
    }

    @Test
    void aDueDateInThePastOrTooFarAheadAndAScopeWithoutTargetsAre422OnTheField() {
        int year = 2069;
        TargetFixtures.approved(rest, year, "发起校验项目");
        LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);
        long korla = directory.unitByCode("460001").orElseThrow().getParentId();
        for (String path : List.of("/api/monitoring-rounds", "/api/evaluation-rounds")) {
            Api.Response past = finance().post(path, body(path, year, yesterday.toString())).expect(422);
            assertThat(past.body().get("errors").findValuesAsText("field")).containsExactly("dueDate");
            assertThat(past.body().get("errors").get(0).get("message").asText()).contains("早于今天");

            Api.Response late = finance().post(path, body(path, year, (year + 2) + "-01-01")).expect(422);
            assertThat(late.body().get("errors").findValuesAsText("field")).containsExactly("dueDate");
            assertThat(late.body().get("errors").get(0).get("message").asText()).contains(year + "–" + (year + 1));

            Map<String, Object> korlaOnly = body(path, year, year + "-07-15");
            korlaOnly.put("departmentIds", List.of(korla));
            Api.Response noTargetsThere = finance().post(path, korlaOnly).expect(422);
            assertThat(noTargetsThere.body().get("errors").findValuesAsText("field")).containsExactly("departmentIds");

            Api.Response noTargetsAtAll = finance().post(path, body(path, 2098, "2098-07-15")).expect(422);
            assertThat(noTargetsAtAll.body().get("errors").findValuesAsText("field")).containsExactly("fiscalYear");
            assertThat(noTargetsAtAll.body().get("errors").get(0).get("message").asText()).contains("没有", "已批复");

            assertThat(finance().get(path + "?fiscalYear=" + year).expect(200).body()).as("nothing opened").isEmpty();
            assertThat(finance().get(path + "?fiscalYear=2098").expect(200).body()).isEmpty();
        }
    }

    /** The open request of the kind at {@code path}: monitoring rounds also name their cut-off month. */
    private static Map<String, Object> body(String path, int year, String dueDate) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("fiscalYear", year);
        if (path.contains("monitoring")) {
            body.put("cutoffMonth", 6);
        }
        body.put("dueDate", dueDate);
        return body;
    }
}
