package org.jixiao.approval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jixiao.common.FieldViolation;
import org.jixiao.common.Limits;
import org.jixiao.common.ValidationException;

/**
 * The filters, sort order and page of an inbox request (issue 12 §2), read from the raw query parameters so that
 * every mistake is a 422 naming its parameter in Chinese, never a 400 or 500. Pure: table-tested in InboxQueryTest.
 *
 * @param type       a subject type ({@code TARGET}, {@code MONITORING_REPORT}, {@code SELF_EVALUATION})
 * @param orgId      a unit, or a department (then all its units' tasks)
 * @param light      {@code RED}, {@code YELLOW}, {@code GREEN} or {@code BLUE} (only monitoring reports have one)
 * @param overdue    true: past the due date; false: not (tasks without a due date included)
 * @param text       part of the subject's name or code
 */
public record InboxQuery(String type, Integer fiscalYear, Long roundId, Long orgId, String light, Boolean overdue,
                         String text, int page, int size, Sort sort, boolean ascending) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
    /** Deep enough for 200 × 10,000 rows; a bound so page × size cannot overflow. */
    public static final int MAX_PAGE = 10_000;
    public static final Set<String> LIGHTS = Set.of("RED", "YELLOW", "GREEN", "BLUE");
    /** Longer parameters are refused before they are parsed. */
    private static final int MAX_NUMBER_CHARS = 19;

    /** Sort orders, each one indexed column of review_task; ties go newest first. */
    public enum Sort {
        ARRIVED("rt.id"), DUE("rt.due_date"), AMOUNT("rt.amount"), NAME("rt.subject_name");

        private final String column;

        Sort(String column) {
            this.column = column;
        }
    }

    /** The default: everything, newest first, the first page of 50. */
    public static InboxQuery firstPage() {
        return new InboxQuery(null, null, null, null, null, null, null, 0, DEFAULT_SIZE, Sort.ARRIVED, false);
    }

    public InboxQuery withSort(Sort sort, boolean ascending) {
        return new InboxQuery(type, fiscalYear, roundId, orgId, light, overdue, text, page, size, sort, ascending);
    }

    public InboxQuery withPage(int page, int size) {
        return new InboxQuery(type, fiscalYear, roundId, orgId, light, overdue, text, page, size, sort, ascending);
    }

    /** The parameters as they came (null where absent); {@code types} are the subject types there are. */
    public static InboxQuery parse(Set<String> types, String type, String fiscalYear, String roundId, String orgId,
                                   String light, String overdue, String q, String page, String size, String sort) {
        List<FieldViolation> v = new ArrayList<>();
        String theType = blank(type) ? null : type.strip().toUpperCase(Locale.ROOT);
        if (theType != null && !types.contains(theType)) {
            v.add(new FieldViolation("type", "待办类型只能是 " + String.join("、", types.stream().sorted().toList())));
            theType = null;
        }
        Long year = number(v, "fiscalYear", fiscalYear, 2000, 2100, "年度应为 2000–2100 之间的整数");
        Long round = number(v, "roundId", roundId, 1, Long.MAX_VALUE, "轮次编号应为正整数");
        Long org = number(v, "orgId", orgId, 1, Long.MAX_VALUE, "单位或部门编号应为正整数");
        String theLight = blank(light) ? null : light.strip().toUpperCase(Locale.ROOT);
        if (theLight != null && !LIGHTS.contains(theLight)) {
            v.add(new FieldViolation("light", "灯色只能是 RED（红）、YELLOW（黄）、GREEN（绿）、BLUE（蓝）"));
            theLight = null;
        }
        Boolean isOverdue = null;
        if (!blank(overdue)) {
            switch (overdue.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> isOverdue = true;
                case "false" -> isOverdue = false;
                default -> v.add(new FieldViolation("overdue", "是否逾期只能是 true 或 false"));
            }
        }
        String text = blank(q) ? null : q.strip();
        Limits.text(v, "q", "搜索文字", text, Limits.NAME);
        Long thePage = number(v, "page", page, 0, MAX_PAGE, "页码应为 0–" + MAX_PAGE + " 之间的整数（从 0 开始）");
        Long theSize = number(v, "size", size, 1, MAX_SIZE, "每页条数应为 1–" + MAX_SIZE + " 之间的整数");
        Sort theSort = Sort.ARRIVED;
        boolean asc = false;
        if (!blank(sort)) {
            String[] parts = sort.strip().toLowerCase(Locale.ROOT).split(",", -1);
            Sort field = parts.length > 2 ? null : sortOf(parts[0].strip());
            String direction = parts.length == 2 ? parts[1].strip() : "";
            if (field == null || !(direction.isEmpty() || direction.equals("asc") || direction.equals("desc"))) {
                v.add(new FieldViolation("sort", "排序只能是 arrived（到达）、due（截止）、amount（金额）、name（名称），"
                        + "可加 ,asc 或 ,desc"));
            } else {
                theSort = field;
                // newest, latest due, largest first unless asked otherwise; names A→Z
                asc = direction.isEmpty() ? field == Sort.NAME : direction.equals("asc");
            }
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v.get(0).message(), v);
        }
        return new InboxQuery(theType, year == null ? null : year.intValue(), round, org, theLight, isOverdue, text,
                thePage == null ? 0 : thePage.intValue(), theSize == null ? DEFAULT_SIZE : theSize.intValue(),
                theSort, asc);
    }

    /** Only a page, with the same bounds (已办 has no filters). */
    public static InboxQuery pageOnly(String page, String size) {
        return parse(Set.of(), null, null, null, null, null, null, null, page, size, null);
    }

    /** {@code text} as a LIKE pattern with '!' escaping its wildcards (the same on H2 and MariaDB). */
    public String likePattern() {
        if (text == null) {
            return null;
        }
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    /**
     * The ORDER BY of review_task rows: the chosen column, ties by arrival in the same direction, so one backward or
     * forward scan of the (candidate_group, closed_at, column) index serves it (its rows end in the primary key).
     */
    public String orderBy() {
        String direction = ascending ? " ASC" : " DESC";
        return sort == Sort.ARRIVED ? "rt.id" + direction : sort.column + direction + ", rt.id" + direction;
    }

    public long offset() {
        return (long) page * size;
    }

    private static Sort sortOf(String name) {
        for (Sort s : Sort.values()) {
            if (s.name().toLowerCase(Locale.ROOT).equals(name)) {
                return s;
            }
        }
        return null;
    }

    private static Long number(List<FieldViolation> v, String field, String raw, long min, long max, String message) {
        if (blank(raw)) {
            return null;
        }
        String s = raw.strip();
        if (s.length() > MAX_NUMBER_CHARS || !s.matches("[0-9]+")) {
            v.add(new FieldViolation(field, message));
            return null;
        }
        long n = Long.parseLong(s);
        if (n < min || n > max) {
            v.add(new FieldViolation(field, message));
            return null;
        }
        return n;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
