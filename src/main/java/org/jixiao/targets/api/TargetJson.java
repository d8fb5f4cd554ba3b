package org.jixiao.targets.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jixiao.targets.AnnualTask;
import org.jixiao.targets.ValueComparator;
import org.jixiao.targets.Indicator;
import org.jixiao.targets.IndicatorKind;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.targets.SpendingPlanPoint;
import org.jixiao.targets.TargetKind;
import org.jixiao.targets.TargetStatus;

/**
 * The target document of the REST API, in and out. Read-only fields (status, unit name, parsed
 * comparator/value/unit, timestamps, version lineage and adjustment reason) are ignored on input; the parsed
 * values always come from {@code valueText}.
 */
record TargetJson(Long id, TargetKind kind, Integer fiscalYear, String unitCode, String unitName,
                  String projectCode, String name, String projectAttribute, String implementationPeriod,
                  BigDecimal fiscalFunds, BigDecimal otherFunds, BigDecimal totalFunds, String fundUse,
                  List<SpendingPoint> spendingPlan, String goals, String periodGoals, List<Task> tasks,
                  TargetStatus status, Integer version, Long copiedFromId, String createdBy,
                  Instant createdAt, Instant updatedAt, List<IndicatorJson> indicators, Long lineageId,
                  Integer versionNo, Long adjustsTargetId, String adjustmentReason, Instant approvedAt) {

    record SpendingPoint(Integer month, BigDecimal percent) {
    }

    record Task(String name, String content, BigDecimal fiscalAmount, BigDecimal otherAmount) {
    }

    record IndicatorJson(Long id, String level1, String level2, String name, String description, String valueText,
                         ValueComparator comparator, BigDecimal value, String unit, BigDecimal weight, String basis,
                         String standard, String scoringRule, IndicatorKind progressKind) {
    }

    static TargetJson of(PerformanceTarget t) {
        return new TargetJson(t.getId(), t.getKind(), t.getFiscalYear(), t.getUnitCode(), t.getUnitName(),
                t.getProjectCode(), t.getName(), t.getProjectAttribute(), t.getImplementationPeriod(),
                t.getFiscalFunds(), t.getOtherFunds(), t.totalFunds(), t.getFundUse(),
                t.getSpendingPlan().stream().map(p -> new SpendingPoint(p.month(), p.percent())).toList(),
                t.getGoals(), t.getPeriodGoals(),
                t.getTasks().stream().map(k -> new Task(k.getName(), k.getContent(), k.getFiscalAmount(),
                        k.getOtherAmount())).toList(),
                t.getStatus(), t.getVersion(), t.getCopiedFromId(), t.getCreatedBy(), t.getCreatedAt(),
                t.getUpdatedAt(),
                t.getIndicators().stream().map(i -> new IndicatorJson(i.getId(), i.getLevel1(), i.getLevel2(),
                        i.getName(), i.getDescription(), i.getValueText(), i.getComparator(),
                        i.getValue() == null ? null : i.getValue().stripTrailingZeros(),
                        i.getUnit(), i.getWeight(), i.getBasis(), i.getStandard(), i.getScoringRule(),
                        i.getProgressKind())).toList(),
                t.getLineageId(), t.getVersionNo(), t.getAdjustsTargetId(), t.getAdjustmentReason(), t.getApprovedAt());
    }

    PerformanceTarget toDomain() {
        PerformanceTarget t = new PerformanceTarget();
        t.setKind(kind);
        t.setFiscalYear(fiscalYear == null ? 0 : fiscalYear);
        t.setUnitCode(unitCode);
        t.setProjectCode(blankToNull(projectCode));
        t.setName(name == null ? null : name.strip());
        t.setProjectAttribute(blankToNull(projectAttribute));
        t.setImplementationPeriod(blankToNull(implementationPeriod));
        t.setFiscalFunds(fiscalFunds);
        t.setOtherFunds(otherFunds);
        t.setFundUse(fundUse);
        t.setGoals(goals);
        t.setPeriodGoals(periodGoals);
        t.setVersion(version == null ? -1 : version);
        if (spendingPlan != null) {
            t.setSpendingPlan(new java.util.ArrayList<>(spendingPlan.stream()
                    .map(p -> p == null ? null : new SpendingPlanPoint(p.month() == null ? 0 : p.month(), p.percent()))
                    .toList()));
        }
        if (tasks != null) {
            t.setTasks(new java.util.ArrayList<>(tasks.stream()
                    .map(k -> k == null ? null : new AnnualTask(k.name(), k.content(), k.fiscalAmount(), k.otherAmount()))
                    .toList()));
        }
        if (indicators != null) {
            t.setIndicators(new java.util.ArrayList<>(indicators.stream().map(TargetJson::indicator).toList()));
        }
        return t;
    }

    private static Indicator indicator(IndicatorJson json) {
        if (json == null) {
            return null;
        }
        Indicator i = new Indicator();
        i.setId(json.id());
        i.setLevel1(blankToNull(json.level1()));
        i.setLevel2(blankToNull(json.level2()));
        i.setName(blankToNull(json.name()));
        i.setDescription(json.description());
        i.setValueText(json.valueText());
        i.setWeight(json.weight());
        i.setBasis(json.basis());
        i.setStandard(blankToNull(json.standard()));
        i.setScoringRule(blankToNull(json.scoringRule()));
        i.setProgressKind(json.progressKind()); // null: the region's default for its unit and name
        return i;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
