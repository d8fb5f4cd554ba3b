package org.jixiao.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import org.jixiao.common.ConflictException;
import org.jixiao.common.FieldViolation;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.ValidationException;
import org.jixiao.monitoring.internal.LightThresholdSetting;
import org.jixiao.monitoring.internal.MonitoringRoundMapper;
import org.jixiao.monitoring.internal.RoundWithThresholds;
import org.jixiao.monitoring.lights.BudgetMode;
import org.jixiao.monitoring.lights.Light;
import org.jixiao.monitoring.lights.LightThresholds;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgDirectory;
import org.jixiao.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Thresholds per bureau and year: defaults until an ADMIN saves, refusals (403, 422 per field, 409 stale), and a
 * saved setting changing the lights of a report saved afterwards. Fiscal years 2010–2015 are this test's (2013 is
 * only ever refused, here and in LightThresholdApiTest, so it stays unconfigured).
 */
@IntegrationTest
class LightThresholdServiceTest {
    @Autowired LightThresholdService service;
    @Autowired MonitoringRoundService rounds;
    @Autowired MonitoringReportService reports;
    @Autowired OrgDirectory directory;
    @Autowired TestRestTemplate rest;
    @Autowired MonitoringRoundMapper roundMapper;

    private CurrentUser admin;
    private CurrentUser finance;

    @BeforeEach
    void users() {
        admin = directory.currentUser("admin").orElseThrow();
        finance = directory.currentUser("finance").orElseThrow();
    }

    private static LightThresholds thresholds(String budgetRed, String budgetGreen, String red, String green, String blue,
                                              BudgetMode mode) {
        return new LightThresholds(new BigDecimal(budgetRed), new BigDecimal(budgetGreen), new BigDecimal(red),
                new BigDecimal(green), blue == null ? null : new BigDecimal(blue), mode);
    }

    @Test
    void defaultsApplyUntilConfigured() {
        LightThresholdSetting setting = service.setting(finance, 2010);
        assertThat(setting.isConfigured()).isFalse();
        assertThat(setting.getVersion()).isZero();
        assertThat(setting.getFiscalYear()).isEqualTo(2010);
        assertThat(setting.thresholds()).isEqualTo(LightThresholds.defaults());
        assertThat(service.thresholdsFor(finance.financeBureauId(), 2010)).isEqualTo(LightThresholds.defaults());
        // staff of a unit may read them too: they explain the lights on the unit's report
        assertThat(service.setting(directory.currentUser("staff").orElseThrow(), 2010).isConfigured()).isFalse();
        assertThatThrownBy(() -> service.setting(admin, 1999)).isInstanceOf(ValidationException.class);
    }

    @Test
    void adminSavesAndChangesAgainWithTheCurrentVersion() {
        LightThresholds custom = thresholds("50", "75", "55", "85", null, BudgetMode.SPENDING_PLAN);
        LightThresholdSetting saved = service.save(admin, 2011, custom, 0);
        assertThat(saved.isConfigured()).isTrue();
        assertThat(saved.getVersion()).isEqualTo(1);
        assertThat(saved.getUpdatedBy()).isEqualTo("admin");
        assertThat(saved.getUpdatedAt()).isNotNull();
        assertThat(saved.isBlueEnabled()).isFalse();
        assertThat(saved.thresholds().indicatorBlueFrom()).isNull();
        assertSameBands(service.thresholdsFor(admin.financeBureauId(), 2011), custom);
        assertSameBands(service.setting(finance, 2011).thresholds(), custom);
        // another year keeps the defaults
        assertThat(service.setting(admin, 2012).isConfigured()).isFalse();

        LightThresholds again = thresholds("60", "80", "60", "80", "130", BudgetMode.TIME_ELAPSED);
        LightThresholdSetting second = service.save(admin, 2011, again, 1);
        assertThat(second.getVersion()).isEqualTo(2);
        assertSameBands(second.thresholds(), again);
    }

    @Test
    void onlyAnAdminMaySave() {
        LightThresholds custom = thresholds("50", "75", "55", "85", "120", BudgetMode.TIME_ELAPSED);
        assertThatThrownBy(() -> service.save(finance, 2012, custom, 0)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.save(directory.currentUser("staff").orElseThrow(), 2012, custom, 0))
                .isInstanceOf(ForbiddenException.class);
        assertThat(service.setting(admin, 2012).isConfigured()).isFalse();
    }

    @Test
    void bandsOutOfOrderAreRefusedPerFieldAndNothingIsStored() {
        LightThresholds wrong = new LightThresholds(new BigDecimal("80"), new BigDecimal("60"), new BigDecimal("60"),
                new BigDecimal("110"), new BigDecimal("70"), null);
        assertThatThrownBy(() -> service.save(admin, 2013, wrong, 0))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    Map<String, String> byField = e.violations().stream()
                            .collect(Collectors.toMap(FieldViolation::field, FieldViolation::message, (a, b) -> a + "；" + b));
                    assertThat(byField).containsOnlyKeys("budgetGreenFrom", "indicatorGreenFrom", "indicatorBlueFrom",
                            "budgetMode");
                    assertThat(byField.get("budgetGreenFrom")).contains("应高于红灯线");
                    assertThat(byField.get("indicatorGreenFrom")).contains("不能高于 100%");
                    assertThat(byField.get("indicatorBlueFrom")).contains("应高于 100%");
                    assertThat(byField.get("budgetMode")).contains("按时间进度");
                });
        assertThatThrownBy(() -> service.save(admin, 2013, thresholds("60", "80", "60", "80", "120",
                BudgetMode.TIME_ELAPSED), null))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("version"));
        assertThat(service.setting(admin, 2013).isConfigured()).isFalse();
    }

    @Test
    void aStaleVersionIsRefusedAndNothingIsOverwritten() {
        LightThresholds first = thresholds("50", "75", "55", "85", "120", BudgetMode.TIME_ELAPSED);
        LightThresholds second = thresholds("40", "70", "50", "90", "150", BudgetMode.SPENDING_PLAN);
        // a version other than 0 for a year nobody has configured is stale too
        assertThatThrownBy(() -> service.save(admin, 2014, first, 3)).isInstanceOf(ConflictException.class);
        service.save(admin, 2014, first, 0);
        // a second admin who read the defaults (version 0) saves after the first one
        assertThatThrownBy(() -> service.save(admin, 2014, second, 0)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> service.save(admin, 2014, second, 7)).isInstanceOf(ConflictException.class);
        assertSameBands(service.setting(admin, 2014).thresholds(), first);
        assertThat(service.setting(admin, 2014).getVersion()).isEqualTo(1);
    }

    @Test
    void aSavedSettingChangesTheLightsOfReportsSavedAfterwards() {
        int year = 2015;
        MonitoringSetup setup = new MonitoringSetup(rest, rounds);
        long targetId = setup.approvedTarget(year, "阈值生效项目", "450001");
        MonitoringRoundSummary round = setup.openRound(finance, year);
        CurrentUser staff = directory.currentUser("staff").orElseThrow();
        ReportSummary summary = reports.list(staff, round.id()).stream().filter(r -> r.targetId() == targetId)
                .findFirst().orElseThrow();

        // defaults: 60 of 200 万元 by June is 60% of the expected → yellow; 2 of 12 次 is 33% → red
        ReportDetail before = reports.save(staff, summary.id(),
                MonitoringSetup.input(reports.get(staff, summary.id()), "60", "2"));
        assertThat(before.report().getBudgetLight()).isEqualTo("YELLOW");
        assertThat(before.report().getLight()).isEqualTo("RED");
        assertThat(indicatorLight(before, "组织专家审查次数")).isEqualTo(Light.RED);
        assertJoinedReadMatches(round.id(), finance.financeBureauId(), year, false);

        service.save(admin, year, thresholds("50", "55", "30", "80", "120", BudgetMode.TIME_ELAPSED), 0);
        // what the form shows is computed with the new lines at once; the stored lights change on the next save
        ReportDetail reread = reports.get(staff, summary.id());
        assertThat(reread.thresholds().indicatorRedBelow()).isEqualByComparingTo("30");
        assertThat(reread.budget().light()).isEqualTo(Light.GREEN);
        assertJoinedReadMatches(round.id(), finance.financeBureauId(), year, true);
        ReportDetail after = reports.save(staff, summary.id(), MonitoringSetup.input(reread, "60", "2"));
        assertThat(after.report().getBudgetLight()).isEqualTo("GREEN");
        assertThat(indicatorLight(after, "组织专家审查次数")).isEqualTo(Light.YELLOW);
        assertThat(after.report().getLight()).isEqualTo("YELLOW");
        assertThat(reports.list(finance, round.id())).filteredOn(r -> r.id().equals(summary.id()))
                .extracting(ReportSummary::light).containsExactly("YELLOW");
    }

    /**
     * The report's round and thresholds, read in one statement on every open, save and submit, are what the two
     * separate reads give: the round field for field, the bureau's setting for the year or the defaults.
     */
    private void assertJoinedReadMatches(Long roundId, Long bureau, int year, boolean configured) {
        RoundWithThresholds joined = roundMapper.findWithThresholds(roundId);
        assertThat(joined.getRound()).usingRecursiveComparison().isEqualTo(roundMapper.findById(roundId));
        assertThat(joined.getSetting() != null).isEqualTo(configured);
        assertSameBands(joined.thresholds(), service.thresholdsFor(bureau, year));
        if (configured) {
            assertThat(joined.getSetting()).usingRecursiveComparison()
                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                    .isEqualTo(service.setting(admin, year));
        }
        assertThat(roundMapper.findWithThresholds(-1L)).isNull();
    }

    /** The database keeps two decimals (50.00); the bands are the same. */
    private static void assertSameBands(LightThresholds actual, LightThresholds expected) {
        assertThat(actual).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(expected);
    }

    private static Light indicatorLight(ReportDetail detail, String name) {
        return detail.lines().stream().filter(l -> l.indicator().getName().equals(name)).findFirst().orElseThrow()
                .reading().light();
    }
}
