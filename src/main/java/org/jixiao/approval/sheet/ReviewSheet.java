package org.jixiao.approval.sheet;

import java.util.Map;

/** A checked review sheet: every criterion graded, comments where needed, a result consistent with the grades. */
public record ReviewSheet(Map<Criterion, Grade> grades, Map<Criterion, String> comments, Grade result,
                          String improvement) {
    public ReviewSheet {
        grades = Map.copyOf(grades);
        comments = Map.copyOf(comments);
    }

    public Grade grade(Criterion criterion) {
        return grades.get(criterion);
    }

    /** The criterion's comment, or null. */
    public String comment(Criterion criterion) {
        return comments.get(criterion);
    }
}
