package org.jixiao.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.evaluation.EvaluationRoundService;
import org.jixiao.evaluation.EvaluationRoundStatus;
import org.jixiao.evaluation.EvaluationRoundSummary;
import org.jixiao.evaluation.SelfEvaluationDetail;
import org.jixiao.evaluation.SelfEvaluationInput;
import org.jixiao.evaluation.SelfEvaluationService;
import org.jixiao.evaluation.SelfEvaluationSummary;
import org.jixiao.evaluation.scoring.QualitativeGrade;
import org.jixiao.org.CurrentUser;
import org.jixiao.targets.ValueComparator;
import org.jixiao.targets.Indicator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's year-end self-evaluation: finance opens 2024's round (due 2025-03-31); 乐亭 hands in the
 * self-evaluation of 安全生产专家会诊服务费 — 11 of 12 expert reviews held, so that indicator loses points and says
 * why — and keeps 应急保障's as a draft. Through the real services, as {@code finance} and {@code staff}.
 */
final class DemoEvaluation {
    private static final Logger log = LoggerFactory.getLogger(DemoEvaluation.class);
    static final int YEAR = 2024;
    static final LocalDate DUE_DATE = LocalDate.of(2025, 3, 31);
    /** The demo is history: its round was opened on this day, when its due date was still ahead. */
    static final LocalDate OPENED_ON = LocalDate.of(2025, 1, 6);
    static final String SUBMITTED_TARGET = "安全生产专家会诊服务费";
    static final String DRAFT_TARGET = "应急保障";

    private final EvaluationRoundService rounds;
    private final SelfEvaluationService evaluations;

    DemoEvaluation(EvaluationRoundService rounds, SelfEvaluationService evaluations) {
        this.rounds = rounds;
        this.evaluations = evaluations;
    }

    /** Opens and fills the demo round unless the bureau already has a 2024 evaluation round. */
    void load(CurrentUser finance, CurrentUser staff) {
        if (!rounds.list(finance, YEAR).isEmpty()) {
            return;
        }
        EvaluationRoundSummary round = rounds.open(finance, YEAR, DUE_DATE, null, OPENED_ON);
        if (!DemoRounds.awaitOpen(() -> rounds.get(finance, round.id()).status() == EvaluationRoundStatus.OPEN)) {
            log.warn("Demo evaluation round {} is still opening after {}; its self-evaluations are left unfilled",
                    round.id(), DemoRounds.OPENING_WAIT);
            return;
        }
        List<SelfEvaluationSummary> mine = evaluations.list(staff, round.id());
        evaluationOf(mine, SUBMITTED_TARGET).ifPresent(id -> fill(staff, id, true));
        evaluationOf(mine, DRAFT_TARGET).ifPresent(id -> fill(staff, id, false));
        log.info("Demo evaluation round {} ({} 年度) opened with {} self-evaluations", round.id(), YEAR,
                rounds.get(finance, round.id()).created());
    }

    private static Optional<Long> evaluationOf(List<SelfEvaluationSummary> list, String targetName) {
        return list.stream().filter(e -> targetName.equals(e.targetName())).map(SelfEvaluationSummary::id).findFirst();
    }

    /**
     * Fills the form as a unit would at year end: funds 96% spent, every indicator met but the first count (one
     * short); then, as the form asks, 偏差原因分析及改进措施 for whatever scored below full, and the report sections.
     * The draft keeps only the figures.
     */
    private void fill(CurrentUser staff, Long id, boolean submit) {
        SelfEvaluationDetail blank = evaluations.get(staff, id);
        BigDecimal planned = blank.evaluation().getPlannedFunds();
        BigDecimal executed = planned.multiply(new BigDecimal(submit ? "0.96" : "0.70")).setScale(2, RoundingMode.HALF_UP);
        Long short1 = blank.lines().stream().map(SelfEvaluationDetail.Line::indicator)
                .filter(i -> i.getComparator() == ValueComparator.GE && i.getValue() != null
                        && i.getValue().compareTo(BigDecimal.ONE) > 0)
                .map(Indicator::getId).findFirst().orElse(null);
        List<SelfEvaluationInput.Entry> entries = new ArrayList<>();
        for (SelfEvaluationDetail.Line line : blank.lines()) {
            entries.add(actual(line.indicator(), line.indicator().getId().equals(short1), null));
        }
        SelfEvaluationDetail saved = evaluations.save(staff, id, new SelfEvaluationInput(blank.evaluation().getVersion(),
                planned, executed, null, null, null, null, null, entries));
        if (!submit) {
            return;
        }
        List<SelfEvaluationInput.Entry> explained = new ArrayList<>();
        for (SelfEvaluationDetail.Line line : saved.lines()) {
            boolean belowFull = line.item() != null && line.item().belowFull();
            explained.add(actual(line.indicator(), line.indicator().getId().equals(short1),
                    belowFull ? "上半年专家档期冲突，全年少开展一次会诊；已与专家库签订年度档期协议，次年按季度提前排期" : null));
        }
        SelfEvaluationDetail complete = evaluations.save(staff, id, new SelfEvaluationInput(
                saved.evaluation().getVersion(), planned, executed, null,
                "全年开展化工企业事故隐患专家会诊 11 次，排查并督促整改隐患，重点企业安全生产形势稳定。",
                "项目总体完成较好，资金使用规范，达到预期目标。",
                "专家会诊次数较计划少一次，上半年进度偏慢。",
                "提前锁定专家档期，按季度排期并跟踪进度。", explained));
        evaluations.submit(staff, id, complete.evaluation().getVersion());
    }

    private static SelfEvaluationInput.Entry actual(Indicator indicator, boolean oneShort, String deviation) {
        if (indicator.getComparator() == null || indicator.getValue() == null) {
            return new SelfEvaluationInput.Entry(indicator.getId(), null, QualitativeGrade.ACHIEVED,
                    indicator.getWeight(), deviation);
        }
        BigDecimal value = oneShort ? indicator.getValue().subtract(BigDecimal.ONE) : indicator.getValue();
        return new SelfEvaluationInput.Entry(indicator.getId(), value, null, null, deviation);
    }
}
