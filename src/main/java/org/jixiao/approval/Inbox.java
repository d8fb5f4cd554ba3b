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

    Inbox(InboxMapper mapper, ObjectProvider<ReviewSubjects> subjectsProvider,
          @Value("${jixiao.time-zone:Asia/Shanghai}") String zone) {
        this.mapper = mapper;
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
        List<String> groups = CandidateGroups.of(user);
        if (groups.isEmpty()) {
            return new Page<>(List.of(), 0);
        }
        List<ReviewSubjects> kinds = kinds();
        LiveColumns live = LiveColumns.of(kinds);
        LocalDate today = today();
        long total = mapper.count(groups, query, today, live);
        List<InboxItem> items = total <= query.offset() ? List.of()
                : mapper.page(groups, query, today, live, query.orderBy(), query.size(), query.offset());
        return new Page<>(describe(items, kinds), total);
    }

    /** 已办: what the user decided on tasks (approve, return, rectify, a form submitted), newest first. */
    @Transactional(readOnly = true)
    public Page<DoneItem> done(CurrentUser user, InboxQuery paging) {
        List<ReviewSubjects> kinds = kinds();
        long total = mapper.doneCount(user.username());
        List<DoneItem> items = total <= paging.offset() ? List.of()
                : mapper.done(user.username(), LiveColumns.of(kinds), paging.size(), paging.offset());
        describe(items, kinds);
        items.forEach(i -> i.setDecisions(Set.of()));
        return new Page<>(items, total);
    }

    private <T extends InboxItem> List<T> describe(List<T> items, List<ReviewSubjects> kinds) {
        Map<String, ReviewSubjects> byType = kinds.stream()
                .collect(Collectors.toMap(ReviewSubjects::subjectType, Function.identity()));
        for (InboxItem item : items) {
            ReviewSubjects kind = byType.get(item.getSubjectType());
            if (kind != null) {
                item.setNamePrefix(kind.inboxSource().namePrefix());
                item.setReviewLocation(kind.reviewLocation(item.getTaskId(), item.getSubjectId()));
                item.setDecisions(Set.copyOf(kind.decisionsAt(item.getTaskKey())));
            }
        }
        return items;
    }

    private List<ReviewSubjects> kinds() {
        return subjectsProvider.orderedStream().sorted(Comparator.comparing(ReviewSubjects::subjectType)).toList();
    }
}
