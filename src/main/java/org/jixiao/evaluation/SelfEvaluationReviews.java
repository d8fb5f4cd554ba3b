package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jixiao.approval.ReviewAction;
import org.jixiao.approval.ReviewService;
import org.jixiao.approval.ReviewTask;
import org.jixiao.common.ConflictException;
import org.jixiao.common.FieldViolation;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.ValidationException;
import org.jixiao.evaluation.internal.SelfEvaluationIndicator;
import org.jixiao.evaluation.internal.SelfEvaluationMapper;
import org.jixiao.evaluation.scoring.FormScoring;
import org.jixiao.evaluation.scoring.Scores;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review side of a self-evaluation beyond 同意/退回 (approval's generic task API): finance's 复核评分, and the
 * status the process moves it to and the claim before a decision (same transaction as the engine).
 */
@Service
public class SelfEvaluationReviews {
    private static final String SUBJECT_TYPE = SelfEvaluationService.SUBJECT_TYPE;

    private final SelfEvaluationMapper evaluations;
    private final SelfEvaluationService forms;
    private final SelfEvaluationAccess access;
    private final ReviewService reviews;

    SelfEvaluationReviews(SelfEvaluationMapper evaluations, SelfEvaluationService forms, SelfEvaluationAccess access,
                          ReviewService reviews) {
        this.evaluations = evaluations;
        this.forms = forms;
        this.access = access;
        this.reviews = reviews;
    }

    /**
     * 复核: finance, on its review task, re-scores one indicator with a recorded reason; the self score stays, the
     * reviewed total and grade follow. Score within [0, 分值], 2 decimals.
     */
    @Transactional
    public SelfEvaluationDetail rescore(CurrentUser user, Long id, Long indicatorId, BigDecimal score, String reason,
                                        Integer version) {
        SelfEvaluation evaluation = access.visible(user, id);
        if (!user.hasRole(Role.FINANCE_REVIEWER)) {
            throw new ForbiddenException("只有财政局审核人可以复核评分");
        }
        // finance's step: the fixed chain's finance task or any finance step (财政局 or 科室) of the configured chain
        reviews.openTaskFor(user, SUBJECT_TYPE, id).filter(SelfEvaluationReviews::atFinanceStep)
                .orElseThrow(() -> new ConflictException("该自评当前不在您的财政局审核待办中，不能复核评分"));
        SelfEvaluationDetail detail = access.detail(user, evaluation);
        SelfEvaluationDetail.Line line = detail.lines().stream()
                .filter(l -> l.indicator().getId().equals(indicatorId)).findFirst()
                .orElseThrow(() -> ValidationException.of("indicatorId", "指标 " + indicatorId + " 不属于该自评"));
        List<FieldViolation> v = SelfEvaluationChecks.rescore(line.indicator().getWeight(), score, reason);
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
        return forms.get(user, id);
    }

    /** Whether the task is a finance review (复核 allowed): the evaluation shows FINANCE_REVIEW only while one is open. */
    public static boolean atFinanceStep(ReviewTask task) {
        return SelfEvaluationStatus.FINANCE_REVIEW.name().equals(task.subjectStatus()) && !task.decisions().isEmpty();
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
