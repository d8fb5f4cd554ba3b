package org.jixiao.approval;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jixiao.approval.internal.InboxMapper;
import org.jixiao.approval.internal.LiveColumns;
import org.jixiao.org.CandidateGroups;
import org.jixiao.org.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 待办 and 已办 at a bureau's volume (issue 12 §2): a page of the tasks offered to the user's candidate groups,
 * filtered and sorted in SQL over the {@code review_task} read model, with the total; and the tasks the user
 * decided, newest first. Scope is exactly the engine's: a task is in a user's inbox when it is offered to one of
 * the user's groups (role at the user's unit, department or bureau), as {@link ReviewService#inbox} has it.
 */
@Service
public class Inbox {
    private final InboxMapper mapper;
    private final ObjectProvider<ReviewSubjects> subjectsProvider;
    private final ZoneId zone;
    /** A task handed to one person is in their inbox and their deputy's only (issue 13 §3). */
    private final Deputies deputies;

    Inbox(InboxMapper mapper, ObjectProvider<ReviewSubjects> subjectsProvider,
          @Value("${jixiao.time-zone:Asia/Shanghai}") String zone, Deputies deputies) {
        this.mapper = mapper;
        this.deputies = deputies;
        this.subjectsProvider = subjectsProvider;
        this.zone = ZoneId.of(zone);
    }

    /** A page of rows and how many there are in all. */
    public record Page<T>(List<T> items, long total) {
    }

    /** The subject types there are, for the type filter. */
    public Set<String> types() {
        return kinds().stream().map(ReviewSubjects::subjectType).collect(Collectors.toCollection(TreeSet::new));
    }

    public LocalDate today() {
        return LocalDate.now(zone);
    }

    @Transactional(readOnly = true)
    public Page<InboxItem> page(CurrentUser user, InboxQuery query) {
        long total = count(user, query);
        return new Page<>(total <= query.offset() ? List.of() : rows(user, query, query.offset(), query.size()), total);
    }

    /** How many open tasks of the user match the filters. */
    @Transactional(readOnly = true)
    public long count(CurrentUser user, InboxQuery filter) {
        List<String> groups = CandidateGroups.of(user);
        return groups.isEmpty() ? 0 : mapper.count(groups, deputies.holders(user), filter, today(), LiveColumns.of(kinds()));
    }

    /** The matching rows from {@code offset}, at most {@link InboxQuery#MAX_SIZE} (a lazy grid asks by offset). */
    @Transactional(readOnly = true)
    public List<InboxItem> rows(CurrentUser user, InboxQuery filter, long offset, int limit) {
        List<String> groups = CandidateGroups.of(user);
        if (groups.isEmpty() || limit <= 0) {
            return List.of();
        }
        List<ReviewSubjects> kinds = kinds();
        return describe(mapper.page(groups, deputies.holders(user), filter, today(), LiveColumns.of(kinds), filter.orderBy(),
                Math.min(limit, InboxQuery.MAX_SIZE), offset), kinds);
    }

    /** The rounds the user's open tasks belong to, newest year first, for the filter bar. */
    @Transactional(readOnly = true)
    public List<InboxChoice> rounds(CurrentUser user) {
        List<String> groups = CandidateGroups.of(user);
        return groups.isEmpty() ? List.of() : mapper.rounds(groups, deputies.holders(user)).stream()
                .sorted(Comparator.comparing(InboxChoice::getFiscalYear, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(InboxChoice::getType).thenComparing(InboxChoice::getId))
                .toList();
    }

    /** The units and departments the user's open tasks are in, for the filter bar. */
    @Transactional(readOnly = true)
    public List<InboxChoice> orgs(CurrentUser user) {
        List<String> groups = CandidateGroups.of(user);
        return groups.isEmpty() ? List.of() : mapper.orgs(groups, deputies.holders(user));
    }

    /** 已办: what the user decided on tasks (approve, return, rectify, a form submitted), newest first. */
    @Transactional(readOnly = true)
    public Page<DoneItem> done(CurrentUser user, InboxQuery paging) {
        long total = doneCount(user);
        return new Page<>(total <= paging.offset() ? List.of() : doneRows(user, paging.offset(), paging.size()), total);
    }

    @Transactional(readOnly = true)
    public long doneCount(CurrentUser user) {
        return mapper.doneCount(user.username());
    }

    @Transactional(readOnly = true)
    public List<DoneItem> doneRows(CurrentUser user, long offset, int limit) {
        List<ReviewSubjects> kinds = kinds();
        List<DoneItem> items = describe(mapper.done(user.username(), LiveColumns.of(kinds),
                Math.min(limit, InboxQuery.MAX_SIZE), offset), kinds);
        items.forEach(i -> i.setDecisions(Set.of()));
        return items;
    }

    private <T extends InboxItem> List<T> describe(List<T> items, List<ReviewSubjects> kinds) {
        Map<String, ReviewSubjects> byType = kinds.stream()
                .collect(Collectors.toMap(ReviewSubjects::subjectType, Function.identity()));
        for (InboxItem item : items) {
            ReviewSubjects kind = byType.get(item.getSubjectType());
            if (kind != null) {
                item.setNamePrefix(kind.inboxSource().namePrefix());
                item.setReviewLocation(kind.reviewLocation(item.getTaskId(), item.getSubjectId()));
                item.setDecisions(Set.copyOf(kind.decisionsAt(item.getTaskKey(), item.getStatus())));
            }
        }
        return items;
    }

    private List<ReviewSubjects> kinds() {
        return subjectsProvider.orderedStream().sorted(Comparator.comparing(ReviewSubjects::subjectType)).toList();
    }
}
