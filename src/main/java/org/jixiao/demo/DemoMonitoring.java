package org.jixiao.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.jixiao.monitoring.DeviationReason;
import org.jixiao.monitoring.MonitoringReportService;
import org.jixiao.monitoring.MonitoringRoundService;
import org.jixiao.monitoring.ReportDetail;
import org.jixiao.monitoring.ReportInput;
import org.jixiao.monitoring.ReportSummary;
import org.jixiao.monitoring.MonitoringRoundStatus;
import org.jixiao.monitoring.MonitoringRoundSummary;
import org.jixiao.monitoring.lights.Achievement;
import org.jixiao.monitoring.lights.Likelihood;
import org.jixiao.org.CurrentUser;
import org.jixiao.targets.ValueComparator;
import org.jixiao.targets.Indicator;
import org.jixiao.targets.IndicatorKind;
import org.jixiao.targets.PerformanceTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's monitoring round: finance opens 2024 up to June (due 2024-07-15, already past, so the round's timer
 * marks the unfilled reports overdue once the job executor runs); 乐亭 hands in one report with a red indicator
 * and keeps another as a draft. Everything goes through the real services, as {@code finance} and {@code staff}.
 */
final class DemoMonitoring {
    private static final Logger log = LoggerFactory.getLogger(DemoMonitoring.class);
    static final int YEAR = 2024;
    static final int CUTOFF_MONTH = 6;
    static final LocalDate DUE_DATE = LocalDate.of(2024, 7, 15);
    /** The demo is history: its round was opened on this day, when its due date was still ahead. */
    static final LocalDate OPENED_ON = LocalDate.of(2024, 7, 1);
    /** The report handed in with a red indicator (≥12次, 2 done by June). */
    static final String SUBMITTED_TARGET = "安全生产专家会诊服务费";
    static final String DRAFT_TARGET = "应急保障";

    private final MonitoringRoundService rounds;
    private final MonitoringReportService reports;

    DemoMonitoring(MonitoringRoundService rounds, MonitoringReportService reports) {
        this.rounds = rounds;
        this.reports = reports;
    }

    /** Opens and fills the demo round unless the bureau already has a 2024 round up to June. */
    void load(CurrentUser finance, CurrentUser staff) {
        if (existing(finance).isPresent()) {
            return;
        }
        MonitoringRoundSummary round = rounds.open(finance, YEAR, CUTOFF_MONTH, DUE_DATE, null, OPENED_ON);
        if (!DemoRounds.awaitOpen(() -> rounds.get(finance, round.id()).status() == MonitoringRoundStatus.OPEN)) {
            log.warn("Demo monitoring round {} is still opening after {}; its reports are left unfilled",
                    round.id(), DemoRounds.OPENING_WAIT);
            return;
        }
        List<ReportSummary> mine = reports.list(staff, round.id());
        reportOf(mine, SUBMITTED_TARGET).ifPresent(id -> fill(staff, id, true));
        reportOf(mine, DRAFT_TARGET).ifPresent(id -> fill(staff, id, false));
        log.info("Demo monitoring round {} ({} 年 1–{} 月) opened with {} reports", round.id(), YEAR, CUTOFF_MONTH,
                rounds.get(finance, round.id()).created());
    }

    Optional<MonitoringRoundSummary> existing(CurrentUser finance) {
        return rounds.list(finance, YEAR).stream().filter(r -> r.cutoffMonth() == CUTOFF_MONTH).findFirst();
    }

    private static Optional<Long> reportOf(List<ReportSummary> reports, String targetName) {
        return reports.stream().filter(r -> targetName.equals(r.targetName())).map(ReportSummary::id).findFirst();
    }

    /**
     * Fills the report as a unit would by June (see {@link #figures}): on track, the first ≥ count far behind when
     * {@code red}; then, as the form asks, reasons and measures wherever the light is not green.
     */
    private void fill(CurrentUser staff, Long id, boolean red) {
        ReportDetail blank = reports.get(staff, id);
        PerformanceTarget target = blank.target();
        BigDecimal executed = target.totalFunds().multiply(new BigDecimal("0.45")).setScale(2, RoundingMode.HALF_UP);
        Long behind = red ? target.getIndicators().stream()
                .filter(i -> i.getComparator() == ValueComparator.GE && i.getProgressKind() == IndicatorKind.CUMULATIVE
                        && i.getValue() != null && i.getValue().signum() > 0)
                .map(Indicator::getId).findFirst().orElse(null) : null;
        List<ReportInput.IndicatorInput> rows = new ArrayList<>();
        for (ReportDetail.Line line : blank.lines()) {
            rows.add(figures(line.indicator(), line.indicator().getId().equals(behind)));
        }
        ReportDetail saved = reports.save(staff, id, new ReportInput(blank.report().getVersion(), executed,
                BigDecimal.ZERO, rows));
        if (!red) {
            return;
        }
        List<ReportInput.IndicatorInput> explained = new ArrayList<>();
        for (int i = 0; i < saved.lines().size(); i++) {
            ReportDetail.Line line = saved.lines().get(i);
            ReportInput.IndicatorInput row = rows.get(i);
            boolean offTrack = line.reading() != null && line.reading().light() != null
                    && line.reading().light().needsExplanation();
            explained.add(offTrack ? new ReportInput.IndicatorInput(row.indicatorId(), row.valueToDate(),
                    row.expectedYearEnd(), row.achievement(), row.likelihood(), EnumSet.of(DeviationReason.STAFF),
                    "上半年专家档期冲突，会诊推迟", "下半年每月增加一次专家会诊，9月底前完成过半") : row);
        }
        ReportDetail complete = reports.save(staff, id, new ReportInput(saved.report().getVersion(), executed,
                BigDecimal.ZERO, explained));
        reports.submit(staff, id, complete.report().getVersion());
    }

    /**
     * What a unit would report by June. 累计型 counts and amounts: half the year's value done (whole units for
     * counts), the whole value expected; 状态型 rates and levels: measured at or just above the target (a 95%
     * satisfaction target reads 96.5% mid-year, not 47.5%); caps: under half of them used. The first ≥ count is
     * far behind when {@code behind} (2 of 12 by June) and expected to end at three quarters.
     */
    private static ReportInput.IndicatorInput figures(Indicator indicator, boolean behind) {
        if (indicator.getComparator() == null || indicator.getValue() == null) {
            return new ReportInput.IndicatorInput(indicator.getId(), null, null, Achievement.ACHIEVED,
                    Likelihood.CERTAIN, null, null, null);
        }
        BigDecimal value = indicator.getValue();
        if (behind) {
            return new ReportInput.IndicatorInput(indicator.getId(),
                    value.divide(BigDecimal.valueOf(6), 0, RoundingMode.DOWN), scale(value.multiply(new BigDecimal("0.75"))),
                    null, Likelihood.POSSIBLE, null, null, null);
        }
        BigDecimal toDate;
        BigDecimal yearEnd;
        if (indicator.getComparator().lowerIsBetter()) {
            toDate = value.multiply(new BigDecimal("0.45"));
            yearEnd = value.multiply(new BigDecimal("0.95"));
        } else if (indicator.getProgressKind() == IndicatorKind.LEVEL) {
            toDate = level(indicator, value);
            yearEnd = toDate;
        } else {
            toDate = value.multiply(BigDecimal.valueOf(CUTOFF_MONTH)).divide(BigDecimal.valueOf(12), 0, RoundingMode.UP);
            yearEnd = value;
        }
        return new ReportInput.IndicatorInput(indicator.getId(), scale(toDate), scale(yearEnd), null,
                Likelihood.CERTAIN, null, null, null);
    }

    /** A rate or level a little above its target: 1.5 points for a percentage (at most 100), else 2% more. */
    private static BigDecimal level(Indicator indicator, BigDecimal target) {
        if (indicator.getComparator() == ValueComparator.EQ) {
            return target;
        }
        if ("%".equals(indicator.getUnit()) || "％".equals(indicator.getUnit())) {
            return target.add(new BigDecimal("1.5")).min(BigDecimal.valueOf(100));
        }
        return target.multiply(new BigDecimal("1.02"));
    }

    private static BigDecimal scale(BigDecimal value) {
        return value.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
