package org.jixiao.approval.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.monitoring.MonitoringRoundService;
import org.jixiao.org.OrgDirectory;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TargetFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * 待办 and 已办 over HTTP (issue 12 §2): paging with the total, each filter, each sort order, scope by candidate
 * group and org, 422 on each bad parameter. Years: 2007 (targets at the unit leader; a round opened as of a past
 * date, so its reports are overdue), 2059 (a monitoring round due in the future, one report saved red).
 */
@IntegrationTest
class InboxApiTest {
    @Autowired
    TestRestTemplate rest;
    @Autowired
    MonitoringRoundService rounds;
    @Autowired
    OrgDirectory directory;

    private Api as(String user) {
        return Api.as(rest, user);
    }

    @Test
    void pagesFiltersAndSortsTheLeadersTargets() {
        String tag = "收件箱" + System.nanoTime() % 100000;
        List<Long> ids = new ArrayList<>();
        String[] amounts = {"30.00", "10.50", "70.00", "20.00", "50.25", "60.00", "40.00"};
        for (int i = 0; i < amounts.length; i++) {
            ids.add(submitted("staff", 2007, tag + "项目" + (char) ('G' - i), amounts[i]));
        }
        String base = "/api/tasks?type=TARGET&fiscalYear=2007&q=" + tag;

        // paging: 3 + 3 + 1, the total on every page, no row twice
        Set<Long> seen = new HashSet<>();
        for (int page = 0; page < 3; page++) {
            JsonNode body = as("leader").get(base + "&size=3&page=" + page).expect(200).body();
            assertThat(body.get("total").asLong()).isEqualTo(7);
            assertThat(body.get("items")).hasSize(page < 2 ? 3 : 1);
            body.get("items").forEach(t -> assertThat(seen.add(t.get("subjectId").asLong())).isTrue());
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(as("leader").get(base + "&size=3&page=3").expect(200).body().get("items")).isEmpty();

        // default order: newest first; the columns
        JsonNode items = as("leader").get(base).expect(200).body().get("items");
        assertThat(subjectIds(items)).containsExactlyElementsOf(reversed(ids));
        JsonNode first = items.get(0);
        assertThat(first.get("type").asText()).isEqualTo("TARGET");
        assertThat(first.get("fiscalYear").asInt()).isEqualTo(2007);
        assertThat(first.get("subject").asText()).isEqualTo(tag + "项目A");
        assertThat(first.get("unitName").asText()).isNotBlank();
        assertThat(new BigDecimal(first.get("amount").asText())).isEqualByComparingTo("40.00");
        assertThat(first.get("code").asText()).startsWith("13022525P");
        assertThat(first.get("due").isNull()).isTrue();
        assertThat(first.get("overdue").asBoolean()).isFalse();
        assertThat(first.get("decisions").toString()).contains("APPROVE");
        assertThat(first.get("status").asText()).isEqualTo("UNIT_REVIEW");

        // sorts
        assertThat(amounts(as("leader").get(base + "&sort=amount,asc").expect(200).body().get("items")))
                .isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(amounts(as("leader").get(base + "&sort=amount").expect(200).body().get("items")))
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(names(as("leader").get(base + "&sort=name").expect(200).body().get("items")))
                .isSortedAccordingTo(Comparator.naturalOrder()).first().isEqualTo(tag + "项目A");
        assertThat(names(as("leader").get(base + "&sort=name,desc").expect(200).body().get("items")))
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(subjectIds(as("leader").get(base + "&sort=arrived,asc").expect(200).body().get("items")))
                .containsExactlyElementsOf(ids);
        assertThat(as("leader").get(base + "&sort=due").expect(200).body().get("total").asLong()).isEqualTo(7);

        // filters: text in the name or code, unit and department, overdue, light, year, type
        assertThat(total("leader", base + "项目C")).isEqualTo(1);
        String code = first.get("code").asText();
        assertThat(total("leader", "/api/tasks?fiscalYear=2007&q=" + code)).isEqualTo(1);
        long unit = first.get("unitId").asLong();
        long department = first.get("departmentId").asLong();
        assertThat(total("leader", base + "&orgId=" + unit)).isEqualTo(7);
        assertThat(total("leader", base + "&orgId=" + department)).isEqualTo(7);
        assertThat(total("leader", base + "&orgId=" + (unit + 100000))).isZero();
        assertThat(total("leader", base + "&overdue=false")).isEqualTo(7);
        assertThat(total("leader", base + "&overdue=true")).isZero();
        assertThat(total("leader", base + "&light=RED")).isZero();
        assertThat(total("leader", "/api/tasks?type=TARGET&fiscalYear=2008&q=" + tag)).isZero();
        assertThat(total("leader", "/api/tasks?type=MONITORING_REPORT&q=" + tag)).isZero();
        // wildcards are text: _ matches nothing of these names
        assertThat(total("leader", "/api/tasks?q=" + tag.substring(0, 3) + "_")).isZero();

        // scope: another unit's leader and the staff see none; the department sees them after the leader approves
        assertThat(total("leader2", base)).isZero();
        assertThat(total("staff", base)).isZero();
        assertThat(total("dept", base)).isZero();
        List<String> tasks = new ArrayList<>();
        items.forEach(t -> tasks.add(t.get("id").asText()));
        as("leader").post("/api/tasks/batch/approve", Map.of("taskIds", tasks, "opinion", "同意")).expect(200);
        assertThat(total("leader", base)).isZero();
        assertThat(total("dept", base)).isEqualTo(7);
        assertThat(total("dept", base + "&orgId=" + department)).isEqualTo(7);
        assertThat(total("dept2", base)).isZero();
        assertThat(total("finance", base)).isZero();

        // 已办: the leader's decisions, newest first, paged
        JsonNode done = as("leader").get("/api/tasks/done?size=7").expect(200).body();
        assertThat(done.get("total").asLong()).isGreaterThanOrEqualTo(7);
        assertThat(done.get("items")).hasSize(7);
        done.get("items").forEach(d -> {
            assertThat(d.get("action").asText()).isEqualTo("APPROVE");
            assertThat(d.get("opinion").asText()).isEqualTo("同意");
            assertThat(d.get("subject").asText()).startsWith(tag);
            assertThat(d.get("status").asText()).isEqualTo("DEPT_REVIEW");
            assertThat(new BigDecimal(d.get("amount").asText())).isPositive();
        });
        assertThat(subjectIds(done.get("items"))).containsExactlyInAnyOrderElementsOf(ids);
        JsonNode second = as("leader").get("/api/tasks/done?size=1&page=1").expect(200).body();
        assertThat(second.get("items").get(0).get("taskId").asText())
                .isEqualTo(done.get("items").get(1).get("taskId").asText());
        assertThat(as("dept2").get("/api/tasks/done").expect(200).body().toString()).doesNotContain(tag);
    }

    /** A round due in 2059: each unit's staff sees its own reports only; the light is the report's live one. */
    @Test
    void staffSeeTheirOwnUnitsReportsWithTheirLight() {
        long mine = TargetFixtures.approved(rest, 2059, "收件箱监控项目甲");
        TargetFixtures.approved(rest, 2059, "收件箱监控项目乙");
        Map<String, Object> other = TargetFixtures.validProject("收件箱监控项目丙");
        other.put("fiscalYear", 2059);
        other.put("unitCode", "460001");
        TargetFixtures.approve(rest, other);
        long round = as("finance").post("/api/monitoring-rounds",
                Map.of("fiscalYear", 2059, "cutoffMonth", 6, "dueDate", "2059-07-15")).expect(202).id();
        awaitOpen(round);

        String ofRound = "/api/tasks?type=MONITORING_REPORT&roundId=" + round;
        JsonNode staff = as("staff").get(ofRound).expect(200).body();
        assertThat(staff.get("total").asLong()).isEqualTo(2);
        staff.get("items").forEach(t -> {
            assertThat(t.get("subjectName").asText()).startsWith("监控报告：收件箱监控项目");
            assertThat(t.get("cutoffMonth").asInt()).isEqualTo(6);
            assertThat(t.get("due").asText()).isEqualTo("2059-07-15");
            assertThat(t.get("overdue").asBoolean()).isFalse();
            assertThat(t.get("decisions")).isEmpty();
        });
        assertThat(names(staff.get("items"))).doesNotContain("收件箱监控项目丙");
        JsonNode staff2 = as("staff2").get(ofRound).expect(200).body();
        assertThat(staff2.get("total").asLong()).isEqualTo(1);
        assertThat(staff2.get("items").get(0).get("subject").asText()).isEqualTo("收件箱监控项目丙");
        long staffUnit = staff.get("items").get(0).get("unitId").asLong();
        assertThat(total("staff2", ofRound + "&orgId=" + staffUnit)).isZero();
        assertThat(total("staff", "/api/tasks?fiscalYear=2059&type=SELF_EVALUATION")).isZero();
        assertThat(total("staff", ofRound + "&overdue=false")).isEqualTo(2);
        assertThat(total("staff", ofRound + "&sort=due,asc")).isEqualTo(2);

        long report = -1;
        for (JsonNode r : as("staff").get("/api/monitoring-reports?roundId=" + round).expect(200).body()) {
            if (r.get("targetId").asLong() == mine) {
                report = r.get("id").asLong();
            }
        }
        JsonNode blank = as("staff").get("/api/monitoring-reports/" + report).expect(200).body();
        as("staff").put("/api/monitoring-reports/" + report, BatchApprovalApiTest.redReport(blank)).expect(200);
        JsonNode red = as("staff").get(ofRound + "&light=red").expect(200).body();
        assertThat(red.get("total").asLong()).isEqualTo(1);
        assertThat(red.get("items").get(0).get("subjectId").asLong()).isEqualTo(report);
        assertThat(red.get("items").get(0).get("light").asText()).isEqualTo("RED");
        assertThat(total("staff", ofRound + "&light=GREEN")).isZero();
    }

    /** A round of 2007 opened as of 2007-07-01 is long past its due date: its reports are overdue. */
    @Test
    void overdueIsPastTheDueDate() {
        TargetFixtures.approved(rest, 2007, "收件箱逾期项目");
        var finance = directory.currentUser("finance").orElseThrow();
        var opened = rounds.open(finance, 2007, 6, LocalDate.of(2007, 7, 15), null, LocalDate.of(2007, 7, 1));
        long end = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        String ofRound = "/api/tasks?type=MONITORING_REPORT&roundId=" + opened.id();
        while (total("staff", ofRound) == 0) {
            assertThat(System.nanoTime()).as("reports created in time").isLessThan(end);
            Thread.onSpinWait();
        }
        JsonNode overdue = as("staff").get(ofRound + "&overdue=true").expect(200).body();
        assertThat(overdue.get("total").asLong()).isEqualTo(total("staff", ofRound)).isPositive();
        assertThat(overdue.get("items").get(0).get("overdue").asBoolean()).isTrue();
        assertThat(total("staff", ofRound + "&overdue=false")).isZero();
        assertThat(total("staff", ofRound + "&fiscalYear=2007")).isPositive();
    }

    @Test
    void badParametersAre422OnTheirField() {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("type=PAYMENT", "type");
        bad.put("fiscalYear=abc", "fiscalYear");
        bad.put("fiscalYear=1999", "fiscalYear");
        bad.put("fiscalYear=99999999999999999999999", "fiscalYear");
        bad.put("roundId=-1", "roundId");
        bad.put("roundId=1.5", "roundId");
        bad.put("orgId=0", "orgId");
        bad.put("light=PURPLE", "light");
        bad.put("overdue=yes", "overdue");
        bad.put("q=" + "长".repeat(201), "q");
        bad.put("page=-1", "page");
        bad.put("page=10001", "page");
        bad.put("size=0", "size");
        bad.put("size=201", "size");
        bad.put("sort=amount,sideways", "sort");
        bad.put("sort=created", "sort");
        bad.put("sort=name,asc,desc", "sort");
        bad.forEach((param, field) -> {
            Api.Response r = as("finance").get("/api/tasks?" + param);
            assertThat(r.status()).as(param).isEqualTo(422);
            assertThat(r.body().get("errors").get(0).get("field").asText()).as(param).isEqualTo(field);
            assertThat(r.body().get("errors").get(0).get("message").asText()).as(param).matches(".*\\p{IsHan}.*");
        });
        assertThat(as("finance").get("/api/tasks/done?size=201").status()).isEqualTo(422);
        assertThat(as("finance").get("/api/tasks/done?page=x").status()).isEqualTo(422);
        // all at once: every field named
        Api.Response all = as("finance").get("/api/tasks?type=X&light=Y&size=0");
        assertThat(all.status()).isEqualTo(422);
        assertThat(all.body().get("errors").findValuesAsText("field")).containsExactly("type", "light", "size");
        // the edges are fine
        assertThat(as("finance").get("/api/tasks?size=200&page=10000&sort=due,desc&light=blue&overdue=TRUE")
                .status()).isEqualTo(200);
        assertThat(as("finance").get("/api/tasks?type=&q=&page=").status()).isEqualTo(200);
    }

    private long submitted(String user, int year, String name, String fiscalFunds) {
        Map<String, Object> body = TargetFixtures.validProject(name);
        body.put("fiscalYear", year);
        body.put("fiscalFunds", fiscalFunds);
        long id = as(user).post("/api/targets", body).expect(201).id();
        as(user).post("/api/targets/" + id + "/submit", null).expect(200);
        return id;
    }

    private void awaitOpen(long round) {
        long end = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (!"OPEN".equals(as("finance").get("/api/monitoring-rounds/" + round).expect(200).body()
                .get("status").asText())) {
            assertThat(System.nanoTime()).as("round opened in time").isLessThan(end);
            Thread.onSpinWait();
        }
    }

    private long total(String user, String path) {
        return as(user).get(path).expect(200).body().get("total").asLong();
    }

    private static List<Long> reversed(List<Long> ids) {
        List<Long> copy = new ArrayList<>(ids);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static List<Long> subjectIds(JsonNode items) {
        List<Long> ids = new ArrayList<>();
        items.forEach(t -> ids.add(t.get("subjectId").asLong()));
        return ids;
    }

    private static List<BigDecimal> amounts(JsonNode items) {
        List<BigDecimal> list = new ArrayList<>();
        items.forEach(t -> list.add(new BigDecimal(t.get("amount").asText())));
        return list;
    }

    private static List<String> names(JsonNode items) {
        List<String> list = new ArrayList<>();
        items.forEach(t -> list.add(t.get("subject").asText()));
        return list;
    }
}
