package org.jixiao.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jixiao.monitoring.internal.MonitoringReport;
import org.jixiao.monitoring.internal.MonitoringReportMapper;
import org.jixiao.monitoring.internal.ReportIndicator;
import org.jixiao.monitoring.lights.Light;
import org.jixiao.monitoring.lights.Lights;
import org.jixiao.monitoring.lights.Reading;
import org.springframework.stereotype.Component;

/**
 * Brings a stored report's lights up to date when it is opened: lights stored under older rules (before
 * 累计型/状态型, or before a kind or threshold changed) would otherwise stay on the dashboard, the red list and the
 * export. Writes only what differs, and keeps the report's version, since the unit's figures did not change.
 */
@Component
class ReportRelighting {
    private final MonitoringReportMapper reports;

    ReportRelighting(MonitoringReportMapper reports) {
        this.reports = reports;
    }

    /** Stores the detail's freshly computed lights where they differ from the stored ones; true if any did. */
    boolean storeIfChanged(ReportDetail detail) {
        MonitoringReport report = detail.report();
        List<Light> lit = new ArrayList<>();
        lit.add(detail.budget().light());
        detail.lines().forEach(l -> lit.add(l.reading() == null ? null : l.reading().light()));
        String overall = name(Lights.worst(lit)); // as ReportLighting combines them
        String budget = name(detail.budget().light());
        BigDecimal budgetRatio = detail.budget().ratio();
        boolean reportChanged = !Objects.equals(overall, report.getLight())
                || !Objects.equals(budget, report.getBudgetLight()) || !same(budgetRatio, report.getBudgetRatio());
        boolean rowsChanged = detail.lines().stream().anyMatch(ReportRelighting::rowChanged);
        if (!reportChanged && !rowsChanged) {
            return false;
        }
        report.setLight(overall);
        report.setBudgetLight(budget);
        report.setBudgetRatio(budgetRatio);
        if (reports.updateLights(report) == 0) {
            return false; // saved meanwhile: that save stored lights of its own
        }
        for (ReportDetail.Line line : detail.lines()) {
            if (rowChanged(line)) {
                line.row().setLight(name(line.reading().light()));
                line.row().setRatio(line.reading().ratio());
                reports.updateIndicatorLight(line.row());
            }
        }
        return true;
    }

    /** Only rows the unit stored count; a line without one is an empty placeholder with no light. */
    private static boolean rowChanged(ReportDetail.Line line) {
        Reading reading = line.reading();
        ReportIndicator row = line.row();
        boolean stored = row.getValueToDate() != null || row.getExpectedYearEnd() != null
                || row.getAchievement() != null || row.getLikelihood() != null || row.getLight() != null;
        return stored && reading != null && (!Objects.equals(name(reading.light()), row.getLight())
                || !same(reading.ratio(), row.getRatio()));
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String name(Light light) {
        return light == null ? null : light.name();
    }
}
