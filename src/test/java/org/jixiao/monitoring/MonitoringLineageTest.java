package org.jixiao.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.monitoring.internal.MonitoringReportMapper;
import org.jixiao.monitoring.internal.MonitoringRound;
import org.jixiao.monitoring.internal.MonitoringRoundMapper;
import org.jixiao.monitoring.internal.MonitoringRounds;
import org.jixiao.org.OrgDirectory;
import org.jixiao.support.Api;
import org.jixiao.rounds.internal.RoundTableMapper;
import org.jixiao.rounds.TargetRef;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TargetFixtures;
import org.jixiao.targets.internal.TargetMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** A round's report for version 1 of a target also stands for version 2 once an adjustment is approved. */
@IntegrationTest
class MonitoringLineageTest {

    @Autowired TestRestTemplate rest;
    @Autowired MonitoringRoundMapper rounds;
    @Autowired RoundTableMapper tables;
    @Autowired MonitoringReportMapper reports;
    @Autowired TargetMapper targetMapper;
    @Autowired OrgDirectory directory;
    @Autowired TransactionTemplate transaction;

    @Test
    void oneReportPerLineageAndRound() {
        MonitoringFixtures fixtures = new MonitoringFixtures(targetMapper, rounds, directory, transaction);
        Long leting = fixtures.unit("450001");
        Long finance = fixtures.user("finance").financeBureauId();
        Api staff = Api.as(rest, "staff");
        long v1 = staff.post("/api/targets", withYear(TargetFixtures.validProject("监控期间调整的目标"), 2035))
                .expect(201).id();
        staff.post("/api/targets/" + v1 + "/submit", null).expect(200);
        approve(v1);
        long other = staff.post("/api/targets", withYear(TargetFixtures.validProject("同年另一目标"), 2035)).expect(201).id();
        staff.post("/api/targets/" + other + "/submit", null).expect(200);
        approve(other);

        MonitoringRound round = fixtures.openingRound(finance, 2035, 6, 2, null, null);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        reports.insertAll(List.of(MonitoringRounds.newReport(round.getId(), new TargetRef(v1, leting), null, now)));

        long v2 = staff.post("/api/targets/" + v1 + "/adjustments", Map.of("reason", "监控发现偏差")).expect(201).id();
        staff.post("/api/targets/" + v2 + "/submit", null).expect(200);
        approve(v2);

        assertThat(tables.countApprovedTargets(2035, Set.of(leting))).isEqualTo(2);
        assertThat(tables.findTargetsWithoutItem(MonitoringRounds.TABLES, round.getId(), 2035, Set.of(leting), 0, 10))
                .extracting(TargetRef::id).containsExactly(other);
    }

    private static Map<String, Object> withYear(Map<String, Object> project, int year) {
        project.put("fiscalYear", year);
        return project;
    }

    private void approve(long id) {
        for (String reviewer : List.of("leader", "dept", "finance")) {
            Api api = Api.as(rest, reviewer);
            String task = null;
            for (var t : api.tasks()) {
                if (t.get("targetId").asLong() == id) {
                    task = t.get("id").asText();
                }
            }
            api.post("/api/tasks/" + task + "/approve", Map.of("opinion", "同意")).expect(200);
        }
    }
}
