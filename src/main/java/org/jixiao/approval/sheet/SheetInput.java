package org.jixiao.approval.sheet;

import java.util.Map;

/**
 * The review sheet as a client sends it: grades as text ({@code EXCELLENT}/{@code GOOD}/{@code FAIR}/{@code POOR}),
 * so a wrong value is a 422 on its field rather than an unreadable body; {@code comments} keyed by criterion
 * ({@code completeness}, …); {@code improvement} is the 完善意见 of a 良.
 */
public record SheetInput(String completeness, String relevance, String appropriateness, String feasibility,
                         Map<String, String> comments, String result, String improvement) {

    String grade(Criterion criterion) {
        return switch (criterion) {
            case COMPLETENESS -> completeness;
            case RELEVANCE -> relevance;
            case APPROPRIATENESS -> appropriateness;
            case FEASIBILITY -> feasibility;
        };
    }

    String comment(Criterion criterion) {
        return comments == null ? null : comments.get(criterion.key());
    }
}
