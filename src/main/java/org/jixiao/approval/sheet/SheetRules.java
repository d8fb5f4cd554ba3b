package org.jixiao.approval.sheet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jixiao.common.FieldViolation;
import org.jixiao.common.Limits;
import org.jixiao.common.ValidationException;

/**
 * Checks a review sheet, all violations at once, each on its field ({@code review.completeness},
 * {@code review.comments.relevance}, {@code review.result}, {@code review.improvement}, {@code opinion}). Rules:
 * <ul>
 *   <li>all four criteria and the result are graded 优/良/中/差;</li>
 *   <li>a criterion graded 中 or 差 carries a comment saying what is wrong (优/良 may carry one); at most
 *       {@link #COMMENT} characters; comments for anything but the four criteria are refused;</li>
 *   <li>the result lies between the worst and the best criterion: an overall 优 over a 差 heading, or a 差 over
 *       four 优, contradicts the sheet;</li>
 *   <li>良 requires the 完善意见 (the unit sees it and fixes the small points); any other result refuses one, as
 *       there is nothing to settle (优) or the target goes back anyway (中/差);</li>
 *   <li>中 and 差 require the 审核意见, as every return does, so the unit knows why.</li>
 * </ul>
 */
public final class SheetRules {
    public static final int COMMENT = 500;
    private static final Set<String> KEYS = Stream.of(Criterion.values()).map(Criterion::key)
            .collect(Collectors.toSet());

    private SheetRules() {
    }

    /** The checked sheet, or a {@link ValidationException} naming every bad field. A null sheet is all missing. */
    public static ReviewSheet check(SheetInput input, String opinion) {
        SheetInput in = input == null ? new SheetInput(null, null, null, null, null, null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        Map<Criterion, Grade> grades = new EnumMap<>(Criterion.class);
        Map<Criterion, String> comments = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            Grade grade = grade(v, "review." + c.key(), c.label() + "的评价等级", in.grade(c));
            String comment = blankToNull(in.comment(c));
            String field = "review.comments." + c.key();
            if (grade != null) {
                grades.put(c, grade);
                if (grade.needsComment() && comment == null) {
                    v.add(new FieldViolation(field, c.label() + "评为「" + grade.label() + "」时必须填写审核意见"));
                }
            }
            if (comment != null) {
                Limits.text(v, field, c.label() + "的审核意见", comment, COMMENT);
                comments.put(c, comment);
            }
        }
        if (in.comments() != null) {
            in.comments().keySet().stream().filter(k -> !KEYS.contains(k)).sorted().forEach(k -> v.add(
                    new FieldViolation("review.comments." + k, "「" + k + "」不是审核内容（完整性、相关性、适当性、可行性）")));
        }
        Grade result = grade(v, "review.result", "审核结果", in.result());
        String improvement = blankToNull(in.improvement());
        if (result != null) {
            consistent(v, result, grades);
            if (result == Grade.GOOD && improvement == null) {
                v.add(new FieldViolation("review.improvement", "审核结果为「良」时必须填写完善意见，单位将据此完善目标"));
            } else if (result != Grade.GOOD && improvement != null) {
                v.add(new FieldViolation("review.improvement", "只有审核结果为「良」时填写完善意见（当前为「"
                        + result.label() + "」）"));
            }
            if (result.needsComment() && blankToNull(opinion) == null) {
                v.add(new FieldViolation("opinion", "审核结果为「" + result.label() + "」时必须填写审核意见，说明"
                        + (result == Grade.FAIR ? "退回修改的原因" : "否决的理由")));
            }
        }
        if (improvement != null) {
            Limits.text(v, "review.improvement", "完善意见", improvement, Limits.OPINION);
        }
        if (!v.isEmpty()) {
            throw new ValidationException("审核表填写有误", v);
        }
        return new ReviewSheet(grades, comments, result, improvement);
    }

    private static void consistent(List<FieldViolation> v, Grade result, Map<Criterion, Grade> grades) {
        if (grades.size() < Criterion.values().length) {
            return;
        }
        Grade best = grades.values().stream().min(Comparator.naturalOrder()).orElseThrow();
        Grade worst = grades.values().stream().max(Comparator.naturalOrder()).orElseThrow();
        if (result.compareTo(best) < 0 || result.compareTo(worst) > 0) {
            v.add(new FieldViolation("review.result", "审核结果「" + result.label() + "」与各项评价不一致：应在最差一项（"
                    + worst.label() + "）与最好一项（" + best.label() + "）之间"));
        }
    }

    private static Grade grade(List<FieldViolation> v, String field, String label, String text) {
        if (text == null || text.isBlank()) {
            v.add(new FieldViolation(field, "请选择" + label + "（优、良、中、差）"));
            return null;
        }
        for (Grade g : Grade.values()) {
            if (g.name().equals(text.strip()) || g.label().equals(text.strip())) {
                return g;
            }
        }
        v.add(new FieldViolation(field, label + "只能是优、良、中、差（EXCELLENT、GOOD、FAIR、POOR）"));
        return null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
