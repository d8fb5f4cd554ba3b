package org.jixiao.approval.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.jixiao.approval.sheet.Criterion;
import org.jixiao.approval.sheet.Grade;
import org.jixiao.approval.sheet.SheetInput;
import org.jixiao.approval.sheet.SheetRules;
import org.jixiao.common.Limits;

/**
 * The 88号 review sheet (绩效目标审核表) as the reviewer fills it: a grade and a comment per heading, the overall
 * 审核结果, and the 完善意见 a 良 needs (shown only then). The result's effect is spelled out under it, as 中 and
 * 差 send the target back or end it. Ids: {@code sheet-<criterion>}, {@code sheet-<criterion>-comment},
 * {@code sheet-result}, {@code sheet-improvement}.
 */
public class ReviewSheetForm extends VerticalLayout {
    private final Map<Criterion, Select<Grade>> grades = new EnumMap<>(Criterion.class);
    private final Map<Criterion, TextArea> comments = new EnumMap<>(Criterion.class);
    private final Select<Grade> result = grades("sheet-result");
    private final TextArea improvement = new TextArea();
    private final Span effect = new Span();

    public ReviewSheetForm() {
        setPadding(false);
        setId("review-sheet");
        add(new H4(getTranslation("sheet.title")));
        for (Criterion c : Criterion.values()) {
            Select<Grade> grade = grades("sheet-" + c.key());
            grade.setLabel(getTranslation("sheet.criterion." + c.name()));
            grade.setHelperText(c.question());
            grade.setWidth("220px");
            TextArea comment = new TextArea(getTranslation("sheet.comment"));
            comment.setId("sheet-" + c.key() + "-comment");
            comment.setMaxLength(SheetRules.COMMENT);
            comment.setWidthFull();
            comment.addValueChangeListener(e -> comment.setInvalid(false));
            grades.put(c, grade);
            comments.put(c, comment);
            HorizontalLayout row = new HorizontalLayout(grade, comment);
            row.setWidthFull();
            row.setFlexGrow(1, comment);
            add(row);
        }
        result.setLabel(getTranslation("sheet.result"));
        result.setWidth("220px");
        result.addValueChangeListener(e -> showEffect(e.getValue()));
        improvement.setId("sheet-improvement");
        improvement.setLabel(getTranslation("sheet.improvement"));
        improvement.setHelperText(getTranslation("sheet.improvementHelp"));
        improvement.setMaxLength(Limits.OPINION);
        improvement.setWidthFull();
        improvement.setVisible(false);
        improvement.addValueChangeListener(e -> improvement.setInvalid(false));
        effect.setId("sheet-effect");
        add(result, effect, improvement);
    }

    private Select<Grade> grades(String id) {
        Select<Grade> select = new Select<>();
        select.setId(id);
        select.setItems(Grade.values());
        select.setItemLabelGenerator(g -> getTranslation("sheet.grade." + g.name()));
        select.setPlaceholder(getTranslation("sheet.choose"));
        select.addValueChangeListener(e -> select.setInvalid(false));
        return select;
    }

    private void showEffect(Grade grade) {
        effect.setText(grade == null ? "" : getTranslation("sheet.effect." + grade.name()));
        improvement.setVisible(grade == Grade.GOOD);
    }

    /** The sheet as filled, for the server's checks (nothing is judged here). */
    public SheetInput value() {
        Map<String, String> texts = new HashMap<>();
        comments.forEach((c, area) -> texts.put(c.key(), area.getValue()));
        return new SheetInput(name(Criterion.COMPLETENESS), name(Criterion.RELEVANCE),
                name(Criterion.APPROPRIATENESS), name(Criterion.FEASIBILITY), texts,
                result.getValue() == null ? null : result.getValue().name(),
                improvement.isVisible() ? improvement.getValue() : null);
    }

    private String name(Criterion c) {
        Grade g = grades.get(c).getValue();
        return g == null ? null : g.name();
    }

    /** The input a violation's field names ({@code review.relevance}, {@code review.comments.relevance}, …). */
    public HasValidation fieldOf(String field) {
        for (Criterion c : Criterion.values()) {
            if (field.equals("review." + c.key())) {
                return grades.get(c);
            }
            if (field.equals("review.comments." + c.key())) {
                return comments.get(c);
            }
        }
        return switch (field) {
            case "review.result", "review" -> result;
            case "review.improvement" -> improvement;
            default -> null;
        };
    }
}
