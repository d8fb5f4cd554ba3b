package org.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.common.FieldViolation;
import org.jixiao.common.Limits;

/**
 * Whether an {@link Evaluation} can be scored, every problem on its field ({@code budget.planned},
 * {@code indicators[2].score} …), in Chinese. A qualitative score outside its grade's band is refused here.
 */
public final class ScoreInputChecks {
    private ScoreInputChecks() {
    }

    public static List<FieldViolation> violations(Evaluation e) {
        List<FieldViolation> v = new ArrayList<>();
        amount(v, "budget.planned", "全年预算数", e.planned());
        amount(v, "budget.executed", "全年执行数", e.executed());
        if (e.indicators().isEmpty()) {
            v.add(new FieldViolation("indicators", "请至少提供一个绩效指标"));
        }
        for (int i = 0; i < e.indicators().size(); i++) {
            indicator(v, "indicators[" + i + "].", e.indicators().get(i));
        }
        return v;
    }

    /** One indicator's problems, each field prefixed with {@code at} (e.g. {@code "indicators[3]."} or ""). */
    public static List<FieldViolation> violations(String at, IndicatorInput in) {
        List<FieldViolation> v = new ArrayList<>();
        indicator(v, at, in);
        return v;
    }

    private static void indicator(List<FieldViolation> v, String at, IndicatorInput in) {
        boolean weight = true;
        if (in.weight() == null) {
            v.add(new FieldViolation(at + "weight", "请填写分值"));
            weight = false;
        } else if (in.weight().signum() <= 0 || in.weight().compareTo(BigDecimal.valueOf(100)) > 0
                || Limits.decimals(in.weight()) > 2) {
            v.add(new FieldViolation(at + "weight", "分值须大于 0、不超过 100，最多两位小数，现为 " + Scores.plain(in.weight())));
            weight = false;
        }
        if (in.qualitative()) {
            if (in.grade() == null) {
                v.add(new FieldViolation(at + "grade", "定性指标请选择达成情况（ACHIEVED/PARTIAL/NOT_ACHIEVED）"));
            }
            if (in.score() == null) {
                v.add(new FieldViolation(at + "score", "定性指标请填写得分"));
            } else if (in.score().signum() < 0 || Limits.integerDigits(in.score()) > 3 || Limits.decimals(in.score()) > 2) {
                v.add(new FieldViolation(at + "score", "得分不能为负数，最多两位小数"));
            } else if (weight && in.grade() != null) {
                String refusal = in.grade().refusal(in.score(), in.weight());
                if (refusal != null) {
                    v.add(new FieldViolation(at + "score", refusal));
                }
            }
            return;
        }
        if (in.target() == null) {
            v.add(new FieldViolation(at + "value", "请填写年度指标值"));
        }
        Limits.number(v, at + "value", "年度指标值", in.target(), Limits.VALUE);
        if (in.actual() == null) {
            v.add(new FieldViolation(at + "actual", "请填写实际完成值"));
        }
        Limits.number(v, at + "actual", "实际完成值", in.actual(), Limits.VALUE);
    }

    private static void amount(List<FieldViolation> v, String field, String name, BigDecimal value) {
        if (value == null) {
            v.add(new FieldViolation(field, "请填写" + name + "（万元）"));
        } else {
            Limits.number(v, field, name, value, Limits.MONEY);
        }
    }
}
