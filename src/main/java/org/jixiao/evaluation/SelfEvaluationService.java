package org.jixiao.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.approval.ReviewAction;
import org.jixiao.approval.ReviewEvent;
import org.jixiao.approval.ReviewService;
import org.jixiao.common.ConflictException;
import org.jixiao.common.FieldViolation;
import org.jixiao.common.ValidationException;
import org.jixiao.evaluation.internal.EvaluationRound;
import org.jixiao.evaluation.internal.EvaluationRoundMapper;
import org.jixiao.evaluation.internal.SelfEvaluation;
import org.jixiao.evaluation.internal.SelfEvaluationIndicator;
import org.jixiao.evaluation.internal.SelfEvaluationMapper;
import org.jixiao.evaluation.scoring.FormScoring;
import org.jixiao.evaluation.scoring.IndicatorInput;
import org.jixiao.evaluation.scoring.ItemScore;
import org.jixiao.evaluation.scoring.ScoringConfig;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgDirectory;
import org.jixiao.org.Role;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.targets.TargetLookup;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-evaluations (绩效自评), the unit's form: the unit enters actual values, the engine scores them (the prose
 * 评分标准 where it can be read, else the default formula) on every save; submission needs every value and the
 * 偏差原因 where a score is below full or execution below 90% ({@link SelfEvaluationChecks}). Finance's 复核 and the
 * process's status changes are in {@link SelfEvaluationReviews}. Out-of-scope ids are reported as not found.
 */
@Service
public class SelfEvaluationService {
    public static final String SUBJECT_TYPE = "SELF_EVALUATION";

    private final SelfEvaluationMapper evaluations;
    private final EvaluationRoundService rounds;
    private final EvaluationRoundMapper roundMapper;
    private final OrgDirectory directory;
    private final TargetLookup targets;
    private final ScoringConfigService scoring;
    private final ReviewService reviews;
    private final SelfEvaluationAccess access;

    SelfEvaluationService(SelfEvaluationMapper evaluations, EvaluationRoundService rounds,
                          EvaluationRoundMapper roundMapper, OrgDirectory directory, TargetLookup targets,
                          ScoringConfigService scoring, ReviewService reviews, SelfEvaluationAccess access) {
        this.evaluations = evaluations;
        this.rounds = rounds;
        this.roundMapper = roundMapper;
        this.directory = directory;
        this.targets = targets;
        this.scoring = scoring;
        this.reviews = reviews;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public SelfEvaluationDetail get(CurrentUser user, Long id) {
        return access.detail(user, access.visible(user, id));
    }

    /**
     * Saves the unit's figures (STAFF of the unit while DRAFT or RETURNED) and stores the scores as far as the form
     * is filled. Out-of-band qualitative scores and malformed numbers → 422 per field; stale version → 409.
     */
    @Transactional
    public SelfEvaluationDetail save(CurrentUser user, Long id, SelfEvaluationInput input) {
        SelfEvaluation evaluation = access.editableBy(user, id);
        if (input == null || input.version() == null) {
            throw ValidationException.of("version", "请提交读取时的版本号（version）");
        }
        PerformanceTarget target = targets.get(user, evaluation.getTargetId());
        EvaluationRound round = roundMapper.findById(evaluation.getRoundId());
        ScoringConfig config = scoring.configFor(round.getFinanceOrgId(), round.getFiscalYear());
        List<FieldViolation> violations = SelfEvaluationChecks.draft(target, input);
        Map<Long, SelfEvaluationIndicator> rows = rows(id, target, input.indicators());
        List<IndicatorInput> inputs = SelfEvaluationAccess.inputs(target, rows);
        violations.addAll(SelfEvaluationChecks.scores(inputs));
        if (!violations.isEmpty()) {
            throw new ValidationException("绩效自评填写有误", violations);
        }
        FormScoring.Result score = FormScoring.of(config, input.adjustedFunds(), input.executedFunds(), inputs);
        for (SelfEvaluationIndicator row : rows.values()) {
            ItemScore item = score.items().get(String.valueOf(row.getIndicatorId()));
            row.setSelfScore(item == null ? (row.getGrade() == null ? null : row.getSelfScore()) : item.score());
            row.setRule(item == null ? null : cut(item.rule(), 400));
        }
        evaluation.setAdjustedFunds(input.adjustedFunds());
        evaluation.setExecutedFunds(input.executedFunds());
        evaluation.setBudgetScore(score.budget() == null ? null : score.budget().score());
        evaluation.setTotal(score.total());
        evaluation.setGrade(score.grade() == null ? null : score.grade().label());
        evaluation.setBudgetDeviation(blankToNull(input.budgetDeviation()));
        evaluation.setGoalsActual(blankToNull(input.goalsActual()));
        evaluation.setConclusion(blankToNull(input.conclusion()));
        evaluation.setProblems(blankToNull(input.problems()));
        evaluation.setImprovements(blankToNull(input.improvements()));
        evaluation.setExecutionNote(blankToNull(input.executionNote()));
        evaluation.setVersion(input.version());
        evaluation.setUpdatedBy(user.username());
        evaluation.setUpdatedAt(SelfEvaluationAccess.now());
        if (evaluations.updateForm(evaluation) == 0) {
            throw SelfEvaluationAccess.stale();
        }
        evaluations.deleteIndicators(id);
        if (!rows.isEmpty()) {
            evaluations.insertIndicators(new ArrayList<>(rows.values()));
        }
        return get(user, id);
    }

    /**
     * Hands the self-evaluation in (STAFF of the unit): funds and every indicator scored, 偏差原因分析及改进措施 for
     * every indicator below full score and a reason where execution is below 90%, and the 评价结论 (422 per field).
     */
    @Transactional
    public SelfEvaluationDetail submit(CurrentUser user, Long id, Integer version) {
        SelfEvaluation evaluation = access.editableBy(user, id);
        if (version != null && version != evaluation.getVersion()) {
            throw SelfEvaluationAccess.stale();
        }
        SelfEvaluationDetail detail = access.detail(user, evaluation);
        List<FieldViolation> v = SelfEvaluationChecks.submission(evaluation, detail.lines(), detail.score());
        if (!v.isEmpty()) {
            throw new ValidationException("绩效自评尚未填写完整，不能提交", v);
        }
        if (evaluations.claim(id, evaluation.getStatus(), evaluation.getVersion()) == 0) {
            throw new ConflictException("已提交，请勿重复操作（或自评刚被他人修改，请刷新后查看）");
        }
        reviews.completeOwnTask(SUBJECT_TYPE, id, user, ReviewAction.SUBMIT, evaluation.getStatus().name(), null);
        return get(user, id);
    }

    @Transactional(readOnly = true)
    public List<ReviewEvent> history(CurrentUser user, Long id) {
        access.visible(user, id);
        return reviews.history(SUBJECT_TYPE, id);
    }

    /**
     * The rows to store, one per entry naming one of the target's indicators (the first, where it is named twice);
     * the others are refused by {@link SelfEvaluationChecks#draft}.
     */
    private static Map<Long, SelfEvaluationIndicator> rows(Long id, PerformanceTarget target,
                                                           List<SelfEvaluationInput.Entry> entries) {
        Set<Long> known = new HashSet<>();
        target.getIndicators().forEach(i -> known.add(i.getId()));
        Map<Long, SelfEvaluationIndicator> rows = new LinkedHashMap<>();
        for (SelfEvaluationInput.Entry e : entries == null ? List.<SelfEvaluationInput.Entry>of() : entries) {
            if (e == null || e.indicatorId() == null || !known.contains(e.indicatorId())
                    || rows.containsKey(e.indicatorId())) {
                continue;
            }
            SelfEvaluationIndicator row = new SelfEvaluationIndicator();
            row.setEvaluationId(id);
            row.setIndicatorId(e.indicatorId());
            row.setActual(e.actual());
            row.setGrade(e.grade());
            row.setSelfScore(e.score());
            row.setDeviation(blankToNull(e.deviation()));
            rows.put(e.indicatorId(), row);
        }
        return rows;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /** The round's self-evaluations the caller may see (finance and admin: all; others: their units'). */
    @Transactional(readOnly = true)
    public List<SelfEvaluationSummary> list(CurrentUser user, Long roundId) {
        rounds.get(user, roundId); // 404 when unknown or out of scope
        Set<Long> units = user.hasAnyRole(Role.FINANCE_REVIEWER, Role.ADMIN) ? null : directory.scopeOf(user).unitIds();
        return evaluations.findSummaries(roundId, units);
    }

    @Transactional(readOnly = true)
    public boolean visibleTo(CurrentUser user, Long id) {
        SelfEvaluation e = id == null ? null : evaluations.findById(id);
        return e != null && directory.scopeOf(user).includes(e.getUnitId());
    }

    /** By id with target and unit names, for inboxes; unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<Long, SelfEvaluationSummary> summaries(Collection<Long> ids) {
        Map<Long, SelfEvaluationSummary> result = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            evaluations.findSummariesByIds(ids).forEach(s -> result.put(s.id(), s));
        }
        return result;
    }


}
