package org.jixiao.targets.process;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jixiao.approval.InboxSource;
import org.jixiao.approval.ReviewSubjects;
import org.jixiao.approval.SubjectSummary;
import org.jixiao.org.CurrentUser;
import org.jixiao.targets.TargetLookup;
import org.jixiao.targets.TargetService;
import org.jixiao.targets.TargetSubmission;
import org.jixiao.targets.TargetStatus;
import org.springframework.stereotype.Component;

/** Tells the review chain about performance targets. */
@Component
class TargetReviewSubjects implements ReviewSubjects {
    static final String PROCESS_KEY = "TargetApprovalProcess";

    private final TargetLookup targetService;
    private final TargetSubmission submission;

    TargetReviewSubjects(TargetLookup targetService, TargetSubmission submission) {
        this.submission = submission;
        this.targetService = targetService;
    }

    @Override
    public String subjectType() {
        return TargetService.SUBJECT_TYPE;
    }

    @Override
    public String processKey() {
        return PROCESS_KEY;
    }

    @Override
    public String reviewLocation(String taskId, Long subjectId) {
        return "targets/review/" + taskId;
    }

    @Override
    public Map<Long, SubjectSummary> describe(Collection<Long> ids) {
        return targetService.headers(ids).stream()
                .map(t -> new SubjectSummary(t.getId(), t.getName(), t.getStatus().name(), t.getUnitName()))
                .collect(Collectors.toMap(SubjectSummary::id, Function.identity()));
    }

    /** A target graded 差 (or 否决 at any step of its chain) is rejected for good: 已否决, no budget. */
    @Override
    public boolean rejectable() {
        return true;
    }

    @Override
    public void moveTo(Long id, String status) {
        submission.moveTo(id, TargetStatus.valueOf(status));
    }

    @Override
    public boolean claim(Long id, String status) {
        return submission.claim(id, TargetStatus.valueOf(status));
    }

    /** A target belongs to no round and has no due date; its amount is 财政资金 + 其他资金. */
    @Override
    public InboxSource inboxSource() {
        return new InboxSource("s.fiscal_year, NULL, NULL, s.name, s.project_code,"
                + " COALESCE(s.fiscal_funds, 0) + COALESCE(s.other_funds, 0), NULL",
                "performance_target s WHERE s.id = #{subjectId}", "performance_target", "status", null, "");
    }

    @Override
    public boolean visibleTo(CurrentUser user, Long id) {
        return targetService.visibleTo(user, id);
    }

    @Override
    public java.util.Set<Long> visibleAmong(CurrentUser user, Collection<Long> ids) {
        return targetService.visibleAmong(user, ids);
    }
}
