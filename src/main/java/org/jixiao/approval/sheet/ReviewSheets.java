package org.jixiao.approval.sheet;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jixiao.approval.ReviewDecision;
import org.jixiao.approval.ReviewService;
import org.jixiao.approval.ReviewTask;
import org.jixiao.approval.StepRules;
import org.jixiao.approval.internal.SheetMapper;
import org.jixiao.common.ConflictException;
import org.jixiao.common.ValidationException;
import org.jixiao.org.CurrentUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approving a task, with the 88号 review sheet where the step is graded ({@link StepRules#gradingRequired}): the
 * sheet is checked ({@link SheetRules}), its result decides (优/良 approve, 中 returns, 差 rejects), and it is
 * stored with the decision in one transaction, so a sheet exists exactly when its decision happened. At a step
 * without grading a sheet is refused (422), not silently dropped.
 */
@Service
public class ReviewSheets {
    private final ReviewService reviews;
    private final StepRules stepRules;
    private final SheetMapper mapper;

    ReviewSheets(ReviewService reviews, StepRules stepRules, SheetMapper mapper) {
        this.reviews = reviews;
        this.stepRules = stepRules;
        this.mapper = mapper;
    }

    /** Whether approving this open task needs the sheet. */
    @Transactional(readOnly = true)
    public boolean gradingRequired(String taskId) {
        return stepRules.gradingRequired(taskId);
    }

    /**
     * Approves the task (scope and role checked first: 404/403/409), with its sheet where the step is graded.
     *
     * @return what was decided: APPROVE, or RETURN / REJECT for a sheet graded 中 / 差
     */
    @Transactional
    public ReviewDecision approve(String taskId, CurrentUser actor, String opinion, SheetInput review) {
        ReviewTask task = reviews.task(taskId, actor);
        if (!stepRules.gradingRequired(taskId)) {
            if (review != null) {
                throw ValidationException.of("review", "“" + task.name() + "”环节不填写审核表，请去掉审核表后提交");
            }
            reviews.approve(taskId, actor, opinion);
            return ReviewDecision.APPROVE;
        }
        ReviewSheet sheet = SheetRules.check(review, opinion);
        ReviewDecision decision = sheet.result().decision();
        reviews.decideGraded(taskId, actor, opinion, decision);
        try {
            mapper.insert(record(task, actor, opinion, sheet));
        } catch (DuplicateKeyException raced) {
            throw new ConflictException(ReviewService.TASK_TAKEN);
        }
        return decision;
    }

    /** Every sheet of the subject, oldest first (each round of review keeps its own). Callers check scope. */
    @Transactional(readOnly = true)
    public List<SheetRecord> history(String subjectType, Long subjectId) {
        return mapper.findBySubject(subjectType, subjectId);
    }

    private static SheetRecord record(ReviewTask task, CurrentUser actor, String opinion, ReviewSheet sheet) {
        SheetRecord r = new SheetRecord();
        r.setTaskId(task.id());
        r.setSubjectType(task.subjectType());
        r.setSubjectId(task.subjectId());
        r.setStep(task.taskKey());
        r.setStepName(task.name());
        r.setCompleteness(sheet.grade(Criterion.COMPLETENESS));
        r.setCompletenessComment(sheet.comment(Criterion.COMPLETENESS));
        r.setRelevance(sheet.grade(Criterion.RELEVANCE));
        r.setRelevanceComment(sheet.comment(Criterion.RELEVANCE));
        r.setAppropriateness(sheet.grade(Criterion.APPROPRIATENESS));
        r.setAppropriatenessComment(sheet.comment(Criterion.APPROPRIATENESS));
        r.setFeasibility(sheet.grade(Criterion.FEASIBILITY));
        r.setFeasibilityComment(sheet.comment(Criterion.FEASIBILITY));
        r.setResult(sheet.result());
        r.setImprovement(sheet.improvement());
        r.setOpinion(opinion == null || opinion.isBlank() ? null : opinion.strip());
        r.setReviewerUsername(actor.username());
        r.setReviewerName(actor.displayName());
        r.setCreatedAt(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        return r;
    }
}
