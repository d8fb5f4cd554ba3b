package org.jixiao.security.camunda;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.Direction;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.jixiao.org.Roster;

/**
 * Our {@link Roster} as the engine's identity objects, and the in-memory filtering, ordering and paging the
 * queries need (a bureau has hundreds to a few thousand users; the roster is read in three queries). Pure.
 * Users: every active user (display name as first name). Groups: the candidate groups of the BPMN
 * ({@code UNIT_LEADER:12}, type WORKFLOW) plus {@code camunda-admin} (type SYSTEM), held by every ADMIN.
 */
final class EngineIdentities {
    static final String ADMIN_GROUP = Groups.CAMUNDA_ADMIN;

    /** A user with the ids of the groups they are in. */
    record Member(User user, Set<String> groupIds) {
    }

    private EngineIdentities() {
    }

    static List<Member> members(Roster roster) {
        return roster.people().stream().map(EngineIdentities::member).toList();
    }

    static Member member(Roster.Person person) {
        UserEntity user = new UserEntity(person.username());
        user.setFirstName(person.displayName());
        user.setLastName("");
        Set<String> groups = new LinkedHashSet<>(person.groupIds());
        if (person.admin()) {
            groups.add(ADMIN_GROUP);
        }
        return new Member(user, Set.copyOf(groups));
    }

    static List<Group> groups(List<Roster.Group> candidateGroups) {
        List<Group> groups = new ArrayList<>();
        groups.add(group(ADMIN_GROUP, "系统管理员 (Camunda)", Groups.GROUP_TYPE_SYSTEM));
        candidateGroups.forEach(g -> groups.add(group(g.id(), g.name(), Groups.GROUP_TYPE_WORKFLOW)));
        return groups;
    }

    private static Group group(String id, String name, String type) {
        GroupEntity group = new GroupEntity(id);
        group.setName(name);
        group.setType(type);
        return group;
    }

    /** SQL LIKE as the engine's queries use it ({@code %} any run, {@code _} one character), ignoring case. */
    static boolean like(String pattern, String value) {
        if (pattern == null) {
            return true;
        }
        if (value == null) {
            return false;
        }
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(c == '%' ? ".*" : c == '_' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL)
                .matcher(value).matches();
    }

    static boolean equalOrUnset(String wanted, String value) {
        return wanted == null || wanted.equals(value);
    }

    static boolean inOrUnset(String[] wanted, String value) {
        return wanted == null || List.of(wanted).contains(value);
    }

    /**
     * Orders by the query's properties (by id when none, so pages are stable) and cuts the page.
     *
     * @param keys from a property's column name (ID_, FIRST_, NAME_, …) to the value it sorts by
     * @param page the page handed to executeList, or null: then the query's own first/max results (listPage sets
     *             those and passes no page; list() leaves them at 0 and Integer.MAX_VALUE)
     */
    static <T> List<T> orderAndPage(List<T> items, List<QueryOrderingProperty> ordering,
                                    Function<String, Function<T, String>> keys, Page page, int first, int max) {
        Comparator<T> order = null;
        for (QueryOrderingProperty property : ordering) {
            Function<T, String> key = keys.apply(property.getQueryProperty().getName().toUpperCase(Locale.ROOT));
            if (key == null) {
                continue;
            }
            Comparator<T> next = Comparator.comparing(key, Comparator.nullsFirst(Comparator.naturalOrder()));
            next = property.getDirection() == Direction.DESCENDING ? next.reversed() : next;
            order = order == null ? next : order.thenComparing(next);
        }
        Comparator<T> byId = Comparator.comparing(keys.apply("ID_"), Comparator.nullsFirst(Comparator.naturalOrder()));
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(order == null ? byId : order.thenComparing(byId));
        int firstResult = page != null ? page.getFirstResult() : first;
        int maxResults = page != null ? page.getMaxResults() : max;
        int from = Math.min(Math.max(firstResult, 0), sorted.size());
        int to = (int) Math.min((long) from + Math.max(maxResults, 0), sorted.size());
        return List.copyOf(sorted.subList(from, to));
    }
}
