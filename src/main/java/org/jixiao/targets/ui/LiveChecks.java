package org.jixiao.targets.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.common.FieldViolation;
import org.jixiao.config.TargetRules;
import org.jixiao.targets.Indicator;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.targets.SpendingPlanPoint;
import org.jixiao.targets.TargetChecks;
import org.jixiao.targets.TargetDraftValidator;

/**
 * The checks the editor shows while the drafter types: what saving would refuse
 * ({@link TargetDraftValidator}) plus what submission would refuse ({@link TargetChecks}), on the
 * unsaved draft. Spending-plan rows that are still incomplete are left out of the submission checks
 * (the validator already names them) and the remaining rows keep their on-screen numbers.
 */
final class LiveChecks {
    private static final Pattern PLAN_ROW = Pattern.compile("^spendingPlan\\[(\\d+)]");

    /** Violations plus the weight sum against the region's indicator total. */
    record Result(List<FieldViolation> violations, BigDecimal weightSum, BigDecimal weightTotal, boolean failed) {
    }

    private LiveChecks() {
    }

    static Result run(PerformanceTarget draft, TargetRules rules) {
        Set<FieldViolation> all = new LinkedHashSet<>(TargetDraftValidator.validate(draft));
        List<Integer> keptRows = new ArrayList<>();
        PerformanceTarget complete = copyWithCompleteRows(draft, keptRows);
        boolean failed = false;
        try {
            for (FieldViolation v : TargetChecks.check(complete, rules)) {
                all.add(new FieldViolation(renumber(v.field(), keptRows), v.message()));
            }
        } catch (RuntimeException checksCouldNotRun) {
            failed = true;
        }
        BigDecimal sum = draft.getIndicators().stream().map(Indicator::getWeight).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Result(List.copyOf(all), sum, rules.indicatorTotal(), failed);
    }

    private static String renumber(String field, List<Integer> keptRows) {
        if (field == null) {
            return null;
        }
        Matcher m = PLAN_ROW.matcher(field);
        if (!m.find()) {
            return field;
        }
        int index = Integer.parseInt(m.group(1));
        int original = index < keptRows.size() ? keptRows.get(index) : index;
        return "spendingPlan[" + original + "]" + field.substring(m.end());
    }

    private static PerformanceTarget copyWithCompleteRows(PerformanceTarget t, List<Integer> keptRows) {
        PerformanceTarget c = new PerformanceTarget();
        c.setId(t.getId());
        c.setKind(t.getKind());
        c.setFiscalYear(t.getFiscalYear());
        c.setUnitId(t.getUnitId());
        c.setUnitCode(t.getUnitCode());
        c.setUnitName(t.getUnitName());
        c.setProjectCode(t.getProjectCode());
        c.setName(t.getName());
        c.setProjectAttribute(t.getProjectAttribute());
        c.setImplementationPeriod(t.getImplementationPeriod());
        c.setFiscalFunds(t.getFiscalFunds());
        c.setOtherFunds(t.getOtherFunds());
        c.setFundUse(t.getFundUse());
        c.setGoals(t.getGoals());
        c.setPeriodGoals(t.getPeriodGoals());
        c.setStatus(t.getStatus());
        c.setVersion(t.getVersion());
        c.setTasks(new ArrayList<>(t.getTasks()));
        List<SpendingPlanPoint> plan = new ArrayList<>();
        for (int i = 0; i < t.getSpendingPlan().size(); i++) {
            SpendingPlanPoint p = t.getSpendingPlan().get(i);
            if (p != null && p.month() >= 1 && p.month() <= 12 && p.percent() != null) {
                plan.add(p);
                keptRows.add(i);
            }
        }
        c.setSpendingPlan(plan);
        for (Indicator indicator : t.getIndicators()) {
            try {
                indicator.applyParsedValue();
            } catch (RuntimeException unreadable) {
                indicator.setComparator(null);
                indicator.setValue(null);
                indicator.setUnit(null);
            }
        }
        c.setIndicators(new ArrayList<>(t.getIndicators()));
        return c;
    }
}
