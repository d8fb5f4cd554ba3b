package org.jixiao.evaluation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.approval.ReviewService;
import org.jixiao.common.ConflictException;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.NotFoundException;
import org.jixiao.evaluation.internal.EvaluationRound;
import org.jixiao.evaluation.internal.EvaluationRoundMapper;
import org.jixiao.evaluation.internal.SelfEvaluation;
import org.jixiao.evaluation.internal.SelfEvaluationIndicator;
import org.jixiao.evaluation.internal.SelfEvaluationMapper;
import org.jixiao.evaluation.scoring.FormScoring;
import org.jixiao.evaluation.scoring.IndicatorInput;
import org.jixiao.evaluation.scoring.RuleReading;
import org.jixiao.evaluation.scoring.ScoringConfig;
import org.jixiao.evaluation.scoring.ScoringRuleParser;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgDirectory;
import org.jixiao.org.Role;
import org.jixiao.targets.Indicator;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.targets.TargetLookup;
import org.springframework.stereotype.Component;

/**
 * What the self-evaluation services share: who may see and edit one (out of scope is not found), and the form as
 * the screens show it, scored with the round's configuration by the same engine the server stores with.
 */
@Component
class SelfEvaluationAccess {
    private final SelfEvaluationMapper evaluations;
    private final EvaluationRoundMapper roundMapper;
    private final OrgDirectory directory;
    private final TargetLookup targets;
    private final ScoringConfigService scoring;
    private final ReviewService reviews;

    SelfEvaluationAccess(SelfEvaluationMapper evaluations, EvaluationRoundMapper roundMapper, OrgDirectory directory,
                         TargetLookup targets, ScoringConfigService scoring, ReviewService reviews) {
        this.evaluations = evaluations;
        this.roundMapper = roundMapper;
        this.directory = directory;
        this.targets = targets;
        this.scoring = scoring;
        this.reviews = reviews;
    }

    SelfEvaluationDetail detail(CurrentUser user, SelfEvaluation evaluation) {
        EvaluationRound round = roundMapper.findById(evaluation.getRoundId());
        PerformanceTarget target = targets.get(user, evaluation.getTargetId());
        ScoringConfig config = scoring.configFor(round.getFinanceOrgId(), round.getFiscalYear());
        Map<Long, SelfEvaluationIndicator> rows = new HashMap<>();
        evaluations.findIndicators(evaluation.getId()).forEach(r -> rows.put(r.getIndicatorId(), r));
        for (Indicator indicator : target.getIndicators()) {
            rows.computeIfAbsent(indicator.getId(), k -> {
                SelfEvaluationIndicator empty = new SelfEvaluationIndicator();
                empty.setEvaluationId(evaluation.getId());
                empty.setIndicatorId(k);
                return empty;
            });
        }
        List<IndicatorInput> inputs = inputs(target, rows);
        FormScoring.Result score = FormScoring.of(config, evaluation.getAdjustedFunds(), evaluation.getExecutedFunds(),
                inputs);
        List<SelfEvaluationDetail.Line> lines = new ArrayList<>();
        for (int i = 0; i < target.getIndicators().size(); i++) {
            Indicator indicator = target.getIndicators().get(i);
            lines.add(new SelfEvaluationDetail.Line(indicator, inputs.get(i).rule(), rows.get(indicator.getId()),
                    score.items().get(String.valueOf(indicator.getId()))));
        }
        boolean editable = SelfEvaluationStatus.WITH_UNIT.contains(evaluation.getStatus())
                && round.getStatus() != EvaluationRoundStatus.CLOSED && user.hasRole(Role.STAFF)
                && evaluation.getUnitId().equals(user.orgId());
        return new SelfEvaluationDetail(evaluation, round, target, lines, score, config, editable,
                reviews.openTaskFor(user, SelfEvaluationService.SUBJECT_TYPE, evaluation.getId()));
    }

    /** The engine's input per target indicator, in the target's order; the prose rule read against its value. */
    static List<IndicatorInput> inputs(PerformanceTarget target, Map<Long, SelfEvaluationIndicator> rows) {
        List<IndicatorInput> inputs = new ArrayList<>();
        for (Indicator indicator : target.getIndicators()) {
            SelfEvaluationIndicator row = rows.get(indicator.getId());
            String key = String.valueOf(indicator.getId());
            if (indicator.getComparator() == null) {
                inputs.add(IndicatorInput.qualitative(key, indicator.getLevel1(), indicator.getWeight(),
                        row == null ? null : row.getGrade(), row == null ? null : row.getSelfScore()));
            } else {
                RuleReading rule = ScoringRuleParser.parse(indicator.getScoringRule(), indicator.getComparator(),
                        indicator.getValue(), indicator.getUnit());
                inputs.add(IndicatorInput.quantitative(key, indicator.getLevel1(), indicator.getComparator(),
                        indicator.getValue(), indicator.getWeight(), rule, row == null ? null : row.getActual()));
            }
        }
        return inputs;
    }

    SelfEvaluation visible(CurrentUser user, Long id) {
        SelfEvaluation e = id == null ? null : evaluations.findById(id);
        if (e == null || !directory.scopeOf(user).includes(e.getUnitId())) {
            throw new NotFoundException("绩效自评 " + id + " 不存在");
        }
        return e;
    }

    SelfEvaluation editableBy(CurrentUser user, Long id) {
        SelfEvaluation e = visible(user, id);
        if (!user.hasRole(Role.STAFF) || !e.getUnitId().equals(user.orgId())) {
            throw new ForbiddenException("只有本单位经办人可以填报绩效自评");
        }
        if (!SelfEvaluationStatus.WITH_UNIT.contains(e.getStatus())) {
            throw new ConflictException("绩效自评已提交审核，不能修改");
        }
        if (roundMapper.findById(e.getRoundId()).getStatus() == EvaluationRoundStatus.CLOSED) {
            throw new ConflictException("该自评轮次已结束，不能再填报或提交");
        }
        return e;
    }

    static ConflictException stale() {
        return new ConflictException("绩效自评已被修改（可能是他人同时保存或审核状态已变化），请刷新后再改");
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }
}
