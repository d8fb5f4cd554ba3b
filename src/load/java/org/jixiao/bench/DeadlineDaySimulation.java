package org.jixiao.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Deadline day in Gatling's Java DSL: every user (one virtual user each, all started at once, or evenly over a ramp)
 * works through their reports one after the other: open it, save it twice, submit it, as the 填报 screen's client
 * would over the API with the user's personal access token, thinking between steps for a uniformly random time
 * between the plan's two pauses (none by default). {@link #plan} is set by {@link DeadlineDayBenchmark} in the same JVM before
 * Gatling instantiates this class.
 */
public class DeadlineDaySimulation extends Simulation {

    /** What to run: the app's base URL, one feeder record per user ({@code token}, {@code reports}), think time. */
    record Plan(String baseUrl, List<Map<String, Object>> users, Duration pause, Duration pauseMax, Duration ramp) {
    }

    static volatile Plan plan;

    public DeadlineDaySimulation() {
        Plan p = plan;
        HttpProtocolBuilder protocol = http.baseUrl(p.baseUrl())
                .acceptHeader("application/json")
                .contentTypeHeader("application/json")
                .header("Authorization", "Bearer #{token}");
        ChainBuilder journey = exec(
                http("open report").get("/api/monitoring-reports/#{reportId}")
                        .check(status().is(200),
                                jsonPath("$.version").ofInt().saveAs("version"),
                                jsonPath("$.indicators[*].indicatorId").ofLong().findAll().saveAs("indicatorIds")));
        journey = think(journey, p).exec(save("save 1", "首次保存"));
        journey = think(journey, p).exec(save("save 2", "补充说明后再次保存"));
        journey = think(journey, p).exec(http("submit").post("/api/monitoring-reports/#{reportId}/submit")
                .body(StringBody(s -> "{\"version\":" + s.getInt("version") + "}"))
                .check(status().is(200)));
        ScenarioBuilder users = scenario("deadline day")
                .feed(listFeeder(p.users()))
                .foreach("#{reports}", "reportId").on(journey);
        // all at once (the stress case), or arriving evenly over the ramp (users who sit down within a few minutes)
        setUp(users.injectOpen(p.ramp().isZero() ? atOnceUsers(p.users().size())
                : rampUsers(p.users().size()).during(p.ramp()))).protocols(protocol);
    }

    @Override
    public void before() {
        LogLevels.restore();
    }

    /** A fixed pause, or a uniformly random one between the plan's two. */
    private static ChainBuilder think(ChainBuilder chain, Plan p) {
        return p.pauseMax().equals(p.pause()) ? chain.pause(p.pause()) : chain.pause(p.pause(), p.pauseMax());
    }

    private static io.gatling.javaapi.http.HttpRequestActionBuilder save(String name, String remark) {
        return http(name).put("/api/monitoring-reports/#{reportId}")
                .body(StringBody(s -> body(s, remark)))
                .check(status().is(200), jsonPath("$.version").ofInt().saveAs("version"));
    }

    /**
     * The unit's figures for the seeded target (BenchSeeder: ≥10个, ≥1000人, ≥90%; budget 10 万元, half planned by
     * June): on schedule, so every light is green, with reasons and measures filled anyway as a careful user might.
     */
    static String body(Session session, String remark) {
        List<Long> ids = session.getList("indicatorIds");
        String[][] values = {{"5", "10"}, {"500", "1000"}, {"92", "92"}};
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            String[] v = values[Math.min(i, values.length - 1)];
            rows.append(i == 0 ? "" : ",").append("{\"indicatorId\":").append(ids.get(i))
                    .append(",\"valueToDate\":").append(v[0]).append(",\"expectedYearEnd\":").append(v[1])
                    .append(",\"likelihood\":\"CERTAIN\",\"deviationReasons\":[\"STAFF\"]")
                    .append(",\"measures\":\"按计划推进\",\"remark\":\"").append(remark).append("\"}");
        }
        return "{\"version\":" + session.getInt("version") + ",\"executedFunds\":\"5.00\",\"expectedCarryOver\":\"0\","
                + "\"indicators\":[" + rows + "]}";
    }
}
