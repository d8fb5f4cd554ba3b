package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.approval.ReviewAction;
import org.jixiao.approval.ReviewEvent;
import org.jixiao.approval.ReviewService;
import org.jixiao.approval.ReviewTask;
import org.jixiao.common.ConflictException;
import org.jixiao.common.FieldViolation;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.NotFoundException;
import org.jixiao.common.OverspendChecks;
import org.jixiao.common.ValidationException;
import org.jixiao.evaluation.scoring.FormScoring;
import org.jixiao.evaluation.scoring.IndicatorInput;
import org.jixiao.evaluation.scoring.ItemScore;
import org.jixiao.evaluation.scoring.RuleReading;
import org.jixiao.evaluation.scoring.ScoreInputChecks;
import org.jixiao.evaluation.scoring.ScoringConfig;
import org.jixiao.evaluation.scoring.ScoringRuleParser;
import org.jixiao.evaluation.scoring.Scores;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgDirectory;
import org.jixiao.org.Role;
import org.jixiao.targets.Indicator;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.targets.TargetService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-evaluations (绩效自评): the unit enters actual values, the engine scores them (the prose 评分标准 where it can
 * be read, else the default formula) on every save; submission needs every value and the 偏差原因 where a score is
 * below full or execution below 90%; finance may re-score (复核) with a reason, keeping both scores. The status
 * follows processes/self-evaluation.bpmn. Out-of-scope ids are reported as not found.
 */
@Service
public class SelfEvaluationService {
    public static final String SUBJECT_TYPE = "SELF_EVALUATION";
    static final int TEXT_LIMIT = 2000;
    private static final String FINANCE_TASK = "Task_ReviewByFinanceBureau";

    private final SelfEvaluationMapper evaluations;
    private final EvaluationRoundService rounds;
    private final EvaluationRoundMapper roundMapper;
    private final OrgDirectory directory;
    private final TargetService targets;
    private final ScoringConfigService scoring;
    private final ReviewService reviews;

    SelfEvaluationService(SelfEvaluationMapper evaluations, EvaluationRoundService rounds,
                          EvaluationRoundMapper roundMapper, OrgDirectory directory, TargetService targets,
                          ScoringConfigService scoring, ReviewService reviews) {
        this.evaluations = evaluations;
        this.rounds = rounds;
        this.roundMapper = roundMapper;
        this.directory = directory;
        this.targets = targets;
        this.scoring = scoring;
        this.reviews = reviews;
    }

    @Transactional(readOnly = true)
    public SelfEvaluationDetail get(CurrentUser user, Long id) {
        return detail(user, visible(user, id));
    }

    /**
     * Saves the unit's figures (STAFF of the unit while DRAFT or RETURNED) and stores the scores as far as the form
     * is filled. Out-of-band qualitative scores and malformed numbers → 422 per field; stale version → 409.
     */
    @Transactional
    public SelfEvaluationDetail save(CurrentUser user, Long id, SelfEvaluationInput input) {
        SelfEvaluation evaluation = editableBy(user, id);
        if (input == null || input.version() == null) {
            throw ValidationException.of("version", "请提交读取时的版本号（version）");
        }
        PerformanceTarget target = targets.get(user, evaluation.getTargetId());
        EvaluationRound round = roundMapper.findById(evaluation.getRoundId());
        ScoringConfig config = scoring.configFor(round.getFinanceOrgId(), round.getFiscalYear());
        List<FieldViolation> violations = new ArrayList<>();
        money(violations, "adjustedFunds", "全年预算数", input.adjustedFunds());
        money(violations, "executedFunds", "全年执行数", input.executedFunds());
        text(violations, "budgetDeviation", "预算执行偏差原因", input.budgetDeviation());
        text(violations, "goalsActual", "年度总体目标实际完成情况", input.goalsActual());
        text(violations, "conclusion", "评价结论", input.conclusion());
        text(violations, "problems", "存在问题", input.problems());
        text(violations, "improvements", "改进措施", input.improvements());
        violations.addAll(overspend(input.adjustedFunds(), input.executedFunds(), input.executionNote()));
        Map<Long, SelfEvaluationIndicator> rows = rows(id, target, input.indicators(), violations);
        List<IndicatorInput> inputs = inputs(target, rows);
        for (int i = 0; i < inputs.size(); i++) {
            IndicatorInput in = inputs.get(i);
            if (started(in)) {
                for (FieldViolation v : ScoreInputChecks.violations("indicators[" + i + "].", in)) {
                    if (!v.message().startsWith("请")) { // malformed or out of band; missing values wait for submit
                        violations.add(v);
                    }
                }
            }
        }
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
        evaluation.setUpdatedAt(now());
        if (evaluations.updateForm(evaluation) == 0) {
            throw stale();
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
        SelfEvaluation evaluation = editableBy(user, id);
        if (version != null && version != evaluation.getVersion()) {
            throw stale();
        }
        SelfEvaluationDetail detail = detail(user, evaluation);
        List<FieldViolation> v = new ArrayList<>();
        if (evaluation.getAdjustedFunds() == null) {
            v.add(new FieldViolation("adjustedFunds", "请填写全年预算数（调整后，万元）"));
        }
        if (evaluation.getExecutedFunds() == null) {
            v.add(new FieldViolation("executedFunds", "请填写全年执行数（万元）"));
        }
        if (detail.score().budget() != null && detail.score().budget().needsReason()
                && evaluation.getBudgetDeviation() == null) {
            v.add(new FieldViolation("budgetDeviation", "预算执行率低于 90%，请说明原因及改进措施"));
        }
        for (int i = 0; i < detail.lines().size(); i++) {
            SelfEvaluationDetail.Line line = detail.lines().get(i);
            String name = "“" + line.indicator().getName() + "”";
            List<FieldViolation> missing = detail.score().missing().get(String.valueOf(line.indicator().getId()));
            if (missing != null) {
                for (FieldViolation m : missing) {
                    v.add(new FieldViolation("indicators[" + i + "]." + m.field(), name + "：" + m.message()));
                }
            } else if (line.item() != null && line.item().belowFull() && line.row().getDeviation() == null) {
                v.add(new FieldViolation("indicators[" + i + "].deviation", name + "未得满分，请填写偏差原因分析及改进措施"));
            }
        }
        v.addAll(overspend(evaluation.getAdjustedFunds(), evaluation.getExecutedFunds(), evaluation.getExecutionNote()));
        if (evaluation.getGoalsActual() == null) {
            v.add(new FieldViolation("goalsActual", "请填写年度总体目标的实际完成情况"));
        }
        if (evaluation.getConclusion() == null) {
            v.add(new FieldViolation("conclusion", "请填写评价结论"));
        }
        if (!v.isEmpty()) {
            throw new ValidationException("绩效自评尚未填写完整，不能提交", v);
        }
        if (evaluations.claim(id, evaluation.getStatus(), evaluation.getVersion()) == 0) {
            throw new ConflictException("已提交，请勿重复操作（或自评刚被他人修改，请刷新后查看）");
        }
        reviews.completeOwnTask(SUBJECT_TYPE, id, user, ReviewAction.SUBMIT, evaluation.getStatus().name(), null);
        return get(user, id);
    }

    /**
     * 复核: finance, on its review task, re-scores one indicator with a recorded reason; the self score stays, the
     * reviewed total and grade follow. Score within [0, 分值], 2 decimals.
     */
    @Transactional
    public SelfEvaluationDetail rescore(CurrentUser user, Long id, Long indicatorId, BigDecimal score, String reason,
                                        Integer version) {
        SelfEvaluation evaluation = visible(user, id);
        if (!user.hasRole(Role.FINANCE_REVIEWER)) {
            throw new ForbiddenException("只有财政局审核人可以复核评分");
        }
        ReviewTask task = reviews.openTaskFor(user, SUBJECT_TYPE, id).filter(t -> FINANCE_TASK.equals(t.taskKey()))
                .orElseThrow(() -> new ConflictException("该自评当前不在您的财政局审核待办中，不能复核评分"));
        SelfEvaluationDetail detail = detail(user, evaluation);
        SelfEvaluationDetail.Line line = detail.lines().stream()
                .filter(l -> l.indicator().getId().equals(indicatorId)).findFirst()
                .orElseThrow(() -> ValidationException.of("indicatorId", "指标 " + indicatorId + " 不属于该自评"));
        List<FieldViolation> v = new ArrayList<>();
        BigDecimal weight = line.indicator().getWeight();
        if (score == null) {
            v.add(new FieldViolation("score", "请填写复核得分"));
        } else if (score.signum() < 0 || (weight != null && score.compareTo(weight) > 0)
                || score.stripTrailingZeros().scale() > 2) {
            v.add(new FieldViolation("score", "复核得分须在 0 与分值 " + Scores.plain(weight) + " 之间，最多两位小数"));
        }
        if (reason == null || reason.isBlank()) {
            v.add(new FieldViolation("reason", "复核评分必须记录理由"));
        } else if (reason.length() > TEXT_LIMIT) {
            v.add(new FieldViolation("reason", "复核理由不能超过 " + TEXT_LIMIT + " 个字"));
        }
        if (!v.isEmpty()) {
            throw new ValidationException("复核评分有误", v);
        }
        // Once (issue 9 §1): the claim serialises 复核 on this self-evaluation (and with a version, only the first
        // of those who read it wins); the same score and reason again change no row.
        if (evaluations.claim(id, SelfEvaluationStatus.FINANCE_REVIEW, version) == 0) {
            throw new ConflictException("自评已被他人复核或审核，请勿重复操作；请刷新后查看");
        }
        if (evaluations.updateReview(id, indicatorId, Scores.round(score), reason.strip()) == 0) {
            throw new ConflictException("该复核已记录，请勿重复操作");
        }
        BigDecimal reviewed = evaluation.getBudgetScore() == null ? BigDecimal.ZERO : evaluation.getBudgetScore();
        for (SelfEvaluationIndicator row : evaluations.findIndicators(id)) {
            BigDecimal s = row.getReviewedScore() != null ? row.getReviewedScore() : row.getSelfScore();
            reviewed = reviewed.add(s == null ? BigDecimal.ZERO : s);
        }
        reviewed = Scores.round(reviewed);
        evaluations.updateReviewed(id, reviewed, FormScoring.grade(detail.config(), reviewed).label());
        reviews.note(SUBJECT_TYPE, id, evaluation.getStatus().name(), ReviewAction.RESCORE, user,
                Role.FINANCE_REVIEWER, "复核“" + line.indicator().getName() + "”："
                        + (line.item() == null ? "—" : Scores.plain(line.item().score())) + " → " + Scores.plain(Scores.round(score))
                        + "。理由：" + reason.strip());
        return get(user, id);
    }

    @Transactional(readOnly = true)
    public List<ReviewEvent> history(CurrentUser user, Long id) {
        visible(user, id);
        return reviews.history(SUBJECT_TYPE, id);
    }

    private SelfEvaluationDetail detail(CurrentUser user, SelfEvaluation evaluation) {
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
                reviews.openTaskFor(user, SUBJECT_TYPE, evaluation.getId()));
    }

    /** The engine's input per target indicator, in the target's order; the prose rule read against its value. */
    private static List<IndicatorInput> inputs(PerformanceTarget target, Map<Long, SelfEvaluationIndicator> rows) {
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

    private static boolean started(IndicatorInput in) {
        return in.qualitative() ? in.grade() != null || in.score() != null : in.actual() != null;
    }

    private Map<Long, SelfEvaluationIndicator> rows(Long id, PerformanceTarget target,
                                                    List<SelfEvaluationInput.Entry> entries,
                                                    List<FieldViolation> violations) {
        Set<Long> known = new HashSet<>();
        Map<Long, Indicator> byId = new HashMap<>();
        target.getIndicators().forEach(i -> {
            known.add(i.getId());
            byId.put(i.getId(), i);
        });
        Map<Long, SelfEvaluationIndicator> rows = new LinkedHashMap<>();
        List<SelfEvaluationInput.Entry> list = entries == null ? List.of() : entries;
        for (int i = 0; i < list.size(); i++) {
            SelfEvaluationInput.Entry e = list.get(i);
            String at = "indicators[" + i + "]";
            if (e == null || e.indicatorId() == null || !known.contains(e.indicatorId())) {
                violations.add(new FieldViolation(at + ".indicatorId", "指标 " + (e == null ? null : e.indicatorId())
                        + " 不属于该项目的绩效目标"));
                continue;
            }
            if (rows.containsKey(e.indicatorId())) {
                violations.add(new FieldViolation(at + ".indicatorId", "指标 " + e.indicatorId() + " 重复填报"));
                continue;
            }
            if (e.actual() != null && (e.actual().stripTrailingZeros().scale() > 4
                    || e.actual().abs().compareTo(new BigDecimal("1000000000000000")) >= 0)) {
                violations.add(new FieldViolation(at + ".actual", "实际完成值最多四位小数，且不能过大"));
            }
            if (e.score() != null && e.grade() == null && byId.get(e.indicatorId()).getComparator() == null) {
                violations.add(new FieldViolation(at + ".grade", "请先选择达成情况，再填写得分"));
            }
            text(violations, at + ".deviation", "偏差原因分析及改进措施", e.deviation());
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

    private SelfEvaluation visible(CurrentUser user, Long id) {
        SelfEvaluation e = id == null ? null : evaluations.findById(id);
        if (e == null || !directory.scopeOf(user).includes(e.getUnitId())) {
            throw new NotFoundException("绩效自评 " + id + " 不存在");
        }
        return e;
    }

    private SelfEvaluation editableBy(CurrentUser user, Long id) {
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

    /** The sense check (issue 12 §5), once 全年预算数 is filled: 全年执行数 above it needs a 说明. */
    private static List<FieldViolation> overspend(BigDecimal adjusted, BigDecimal executed, String note) {
        return adjusted == null ? List.of()
                : OverspendChecks.check("executionNote", "全年执行数", "全年预算数", adjusted, executed, note);
    }

    private static void money(List<FieldViolation> v, String field, String label, BigDecimal amount) {
        if (amount != null && (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2
                || amount.compareTo(new BigDecimal("99999999999999")) > 0)) {
            v.add(new FieldViolation(field, label + "以万元为单位，不能为负数，最多两位小数"));
        }
    }

    private static void text(List<FieldViolation> v, String field, String label, String text) {
        if (text != null && text.length() > TEXT_LIMIT) {
            v.add(new FieldViolation(field, label + "不能超过 " + TEXT_LIMIT + " 个字"));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static ConflictException stale() {
        return new ConflictException("绩效自评已被修改（可能是他人同时保存或审核状态已变化），请刷新后再改");
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
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

    /** Keeps the self-evaluation's status equal to its process position. */
    @Transactional
    public void moveTo(Long id, SelfEvaluationStatus status) {
        if (evaluations.updateStatus(id, status, Instant.now().truncatedTo(ChronoUnit.SECONDS)) == 0) {
            // APPROVED is final: a leftover task must not reopen it; the engine's work rolls back
            throw new ConflictException("绩效自评已审核通过，不能再变更；该任务已失效");
        }
    }

    /** Claims the self-evaluation for a reviewer's decision at {@code status} (before the engine is called). */
    @Transactional
    public boolean claim(Long id, SelfEvaluationStatus status) {
        return evaluations.claim(id, status, null) == 1;
    }
}
