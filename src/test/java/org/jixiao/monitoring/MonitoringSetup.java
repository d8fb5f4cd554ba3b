package org.jixiao.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.monitoring.lights.Achievement;
import org.jixiao.monitoring.lights.Likelihood;
import org.jixiao.org.CurrentUser;
import org.jixiao.support.Api;
import org.jixiao.support.TargetFixtures;
import org.jixiao.targets.Indicator;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Real data for service tests: targets approved through the REST approval chain, a round opened by finance and
 * awaited until OPEN, and report input as a unit would type it.
 */
final class MonitoringSetup {
    private final TestRestTemplate rest;
    private final MonitoringRoundService rounds;

    MonitoringSetup(TestRestTemplate rest, MonitoringRoundService rounds) {
        this.rest = rest;
        this.rounds = rounds;
    }

    /** A target of the unit (450001: staff/leader/dept, 460001: staff2/leader2/dept2), approved by finance. */
    long approvedTarget(int year, String name, String unitCode) {
        Map<String, Object> body = TargetFixtures.validProject(name);
        body.put("fiscalYear", year);
        body.put("unitCode", unitCode);
        return TargetFixtures.approve(rest, body);
    }

    /** Opens the year's round up to June for every department and waits until all its reports exist. */
    MonitoringRoundSummary openRound(CurrentUser finance, int year) {
        MonitoringRoundSummary opened = rounds.open(finance, year, 6, LocalDate.of(year, 7, 15), null, LocalDate.of(year, 7, 1));
        return MonitoringFixtures.await(() -> rounds.get(finance, opened.id()), r -> r.status() == MonitoringRoundStatus.OPEN,
                Duration.ofSeconds(60));
    }

    private Api api(String user) {
        return Api.as(rest, user);
    }

    private String task(String user, long targetId) {
        for (JsonNode t : api(user).tasks()) {
            if ("TARGET".equals(t.get("type").asText()) && t.get("subjectId").asLong() == targetId) {
                return t.get("id").asText();
            }
        }
        throw new AssertionError("no target task of " + user + " for " + targetId);
    }

    /**
     * The report's figures by June: every 累计型 indicator at half its yearly value (on track), every 状态型 rate at
     * its target, qualitative ones achieved; with {@code behindValueToDate} the ≥12次 indicator reports that value
     * instead.
     */
    static ReportInput input(ReportDetail detail, String executed, String behindValueToDate) {
        List<ReportInput.IndicatorInput> rows = new ArrayList<>();
        for (ReportDetail.Line line : detail.lines()) {
            Indicator i = line.indicator();
            if (i.getComparator() == null) {
                rows.add(new ReportInput.IndicatorInput(i.getId(), null, null, Achievement.ACHIEVED, Likelihood.CERTAIN,
                        null, null, null));
            } else {
                boolean behind = behindValueToDate != null && i.getValue().compareTo(new BigDecimal("12")) == 0;
                BigDecimal toDate = behind ? new BigDecimal(behindValueToDate)
                        : i.getProgressKind() == org.jixiao.targets.IndicatorKind.LEVEL ? i.getValue()
                        : i.getValue().divide(BigDecimal.valueOf(2), 4, RoundingMode.HALF_UP);
                rows.add(new ReportInput.IndicatorInput(i.getId(), toDate, i.getValue(), null, Likelihood.CERTAIN,
                        null, null, null));
            }
        }
        return new ReportInput(detail.report().getVersion(), new BigDecimal(executed), BigDecimal.ZERO, rows);
    }
}
