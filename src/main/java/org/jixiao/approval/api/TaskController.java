package org.jixiao.approval.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jixiao.approval.BatchApproval;
import org.jixiao.approval.DoneItem;
import org.jixiao.approval.Inbox;
import org.jixiao.approval.InboxItem;
import org.jixiao.approval.InboxQuery;
import org.jixiao.approval.ReviewService;
import org.jixiao.approval.ReviewTask;
import org.jixiao.approval.sheet.ReviewSheets;
import org.jixiao.approval.sheet.SheetInput;
import org.jixiao.common.Limits;
import org.jixiao.org.CurrentUser;
import org.jixiao.security.CurrentUserProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tasks")
@Tag(name = "待办", description = "Open review tasks of the caller; approve or return with an opinion")
class TaskController {
    private final ReviewService reviews;
    private final CurrentUserProvider currentUser;
    private final BatchApproval batch;
    private final Inbox inbox;
    private final ReviewSheets sheets;

    TaskController(ReviewService reviews, CurrentUserProvider currentUser, BatchApproval batch, Inbox inbox,
                   ReviewSheets sheets) {
        this.sheets = sheets;
        this.reviews = reviews;
        this.inbox = inbox;
        this.currentUser = currentUser;
        this.batch = batch;
    }

    /**
     * {@code type} is what the task is about ({@code TARGET}, {@code MONITORING_REPORT}); {@code targetId} and
     * {@code targetName} are kept for targets, {@code subjectId}/{@code subjectName} work for every type;
     * {@code decisions} lists what this API may do with the task (empty: complete it through its own form).
     */
    record TaskJson(String id, String name, String type, String step, Long subjectId, String subjectName,
                    Long targetId, String targetName, String unitName, String status, Instant created,
                    List<String> decisions, String subject, String code, Integer fiscalYear, Long roundId,
                    Integer cutoffMonth, Long unitId, Long departmentId, BigDecimal amount, String light,
                    LocalDate due, boolean overdue) {
        static TaskJson of(InboxItem t, LocalDate today) {
            boolean target = "TARGET".equals(t.getSubjectType());
            return new TaskJson(t.getTaskId(), t.getTaskName(), t.getSubjectType(), t.getTaskKey(), t.getSubjectId(),
                    t.label(), target ? t.getSubjectId() : null, target ? t.getSubjectName() : null,
                    t.getUnitName(), t.getStatus(), t.getCreatedAt(),
                    t.getDecisions().stream().map(Enum::name).sorted().toList(), t.getSubjectName(),
                    t.getSubjectCode(), t.getFiscalYear(), t.getRoundId(), t.getPeriodMonth(), t.getUnitId(),
                    t.getDepartmentId(), t.getAmount(), t.getLight(), t.getDueDate(), t.overdueOn(today));
        }
    }

    /** A page of 待办 and how many match in all. */
    record TaskPage(List<TaskJson> items, long total) {
    }

    /** One row of 已办: the task's columns, what the user did, when and saying what. */
    record DoneJson(String taskId, String name, String type, String step, Long subjectId, String subjectName,
                    String subject, String code, Integer fiscalYear, Long roundId, Integer cutoffMonth,
                    String unitName, BigDecimal amount, String light, String status, Instant arrived,
                    LocalDate due, String action, Instant actedAt, String opinion) {
        static DoneJson of(DoneItem d) {
            return new DoneJson(d.getTaskId(), d.getTaskName(), d.getSubjectType(), d.getTaskKey(),
                    d.getSubjectId(), d.label(), d.getSubjectName(), d.getSubjectCode(), d.getFiscalYear(),
                    d.getRoundId(), d.getPeriodMonth(), d.getUnitName(), d.getAmount(), d.getLight(),
                    d.getStatus(), d.getCreatedAt(), d.getDueDate(), d.getAction() == null ? null
                    : d.getAction().name(), d.getActedAt(), d.getOpinion());
        }
    }

    record DonePage(List<DoneJson> items, long total) {
    }

    record OpinionRequest(String opinion) {
        /** The opinion, refused (422) when longer than the history can keep, before any task is touched. */
        static String of(OpinionRequest body) {
            String opinion = body == null ? null : body.opinion();
            Limits.requireText("opinion", "审核意见", opinion, Limits.OPINION);
            return opinion;
        }
    }

    record DecisionResult(String taskId, Long targetId, String action) {
    }

    /** {@code review}: the 88号 sheet, required at a graded step and refused elsewhere (422 on its fields). */
    record ApproveRequest(String opinion, SheetInput review) {
    }

    /**
     * A page of the caller's open tasks with the total, filtered and sorted in the database (issue 12 §2). Every
     * parameter is optional; a bad one is a 422 naming it.
     */
    @GetMapping
    @Operation(summary = "待办: my open tasks, a page with the total; filters type, fiscalYear, roundId, orgId "
            + "(unit or department), light, overdue, q (name or code); sort arrived|due|amount|name[,asc|desc] "
            + "(default arrived,desc); page from 0, size 1–200 (default 50)")
    TaskPage list(@RequestParam(required = false) String type, @RequestParam(required = false) String fiscalYear,
                  @RequestParam(required = false) String roundId, @RequestParam(required = false) String orgId,
                  @RequestParam(required = false) String light, @RequestParam(required = false) String overdue,
                  @RequestParam(required = false) String q, @RequestParam(required = false) String page,
                  @RequestParam(required = false) String size, @RequestParam(required = false) String sort) {
        InboxQuery query = InboxQuery.parse(inbox.types(), type, fiscalYear, roundId, orgId, light, overdue, q, page,
                size, sort);
        Inbox.Page<InboxItem> result = inbox.page(user(), query);
        LocalDate today = inbox.today();
        return new TaskPage(result.items().stream().map(t -> TaskJson.of(t, today)).toList(), result.total());
    }

    @GetMapping("/done")
    @Operation(summary = "已办: tasks I decided (approved, returned, required rectification, submitted), newest "
            + "first; page from 0, size 1–200 (default 50)")
    DonePage done(@RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        Inbox.Page<DoneItem> result = inbox.done(user(), InboxQuery.pageOnly(page, size));
        return new DonePage(result.items().stream().map(DoneJson::of).toList(), result.total());
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Approve (opinion optional). At a graded step the 88号 review sheet is required: "
            + "review {completeness, relevance, appropriateness, feasibility: EXCELLENT|GOOD|FAIR|POOR, comments: "
            + "{<criterion>: text}, result, improvement}; its result decides: 优/良 APPROVE, 中 RETURN, 差 REJECT "
            + "(action in the answer)")
    DecisionResult approve(@PathVariable String id, @RequestBody(required = false) ApproveRequest body) {
        String opinion = OpinionRequest.of(new OpinionRequest(body == null ? null : body.opinion()));
        CurrentUser user = user();
        ReviewTask task = reviews.task(id, user);
        var decision = sheets.approve(id, user, opinion, body == null ? null : body.review());
        return new DecisionResult(id, task.subjectId(), decision.name());
    }

    /** {@code toStep}: {@code drafter} (or absent) for the drafter, else the key of a step passed in this run. */
    record ReturnRequest(String opinion, String toStep) {
    }

    /** Where a task may be returned: {@code key} ({@code drafter} or a step's), name, and the chain's option. */
    record ReturnStepJson(String key, String name, String afterReturn) {
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "Return (退回) with a non-blank opinion (else 422): to the drafter (toStep absent or "
            + "\"drafter\"), or to a step already passed in this run (退回到指定环节, toStep = the step's key; any other "
            + "toStep 422). After such a return the chain's option decides: RERUN from that step, or TO_RETURNER "
            + "(straight back to this step once it approves). Answer action RETURN or RETURN_TO_STEP")
    DecisionResult returnToDrafter(@PathVariable String id, @RequestBody(required = false) ReturnRequest body) {
        String opinion = OpinionRequest.of(new OpinionRequest(body == null ? null : body.opinion()));
        CurrentUser user = user();
        ReviewTask task = reviews.task(id, user);
        var decision = reviews.returnToStep(id, user, opinion, body == null ? null : body.toStep());
        return new DecisionResult(id, task.subjectId(), decision.name());
    }

    @GetMapping("/{id}/return-steps")
    @Operation(summary = "Where the caller may return the task: the drafter, then the steps passed in this run")
    List<ReturnStepJson> returnSteps(@PathVariable String id) {
        return reviews.returnSteps(id, user()).stream().map(s -> new ReturnStepJson(s.key(), s.name(),
                s.drafter() ? null : s.straightBack() ? "TO_RETURNER" : "RERUN")).toList();
    }

    @PostMapping("/{id}/rectify")
    @Operation(summary = "Require rectification (整改) where the process offers it; the requirement is mandatory (else 422)")
    DecisionResult rectify(@PathVariable String id, @RequestBody(required = false) OpinionRequest body) {
        String opinion = OpinionRequest.of(body);
        CurrentUser user = user();
        ReviewTask task = reviews.task(id, user);
        reviews.requireRectification(id, user, opinion);
        return new DecisionResult(id, task.subjectId(), "RECTIFY");
    }

    record BatchApproveRequest(List<String> taskIds, String opinion) {
    }

    record BatchApproveResponse(List<BatchApproval.Result> results) {
    }

    @PostMapping("/batch/approve")
    @Operation(summary = "批量审核通过: up to 200 tasks of one type and step with one opinion; each item on its own "
            + "(its own transaction), items needing per-item work refused with the reason")
    BatchApproveResponse batchApprove(@RequestBody(required = false) BatchApproveRequest body) {
        if (body == null) {
            throw org.jixiao.common.ValidationException.of("taskIds", "请选择要批量审核通过的待办");
        }
        return new BatchApproveResponse(batch.approve(user(), body.taskIds(), body.opinion()));
    }

    private CurrentUser user() {
        return currentUser.require();
    }
}
