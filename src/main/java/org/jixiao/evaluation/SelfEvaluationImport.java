package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.common.FieldViolation;
import org.jixiao.common.ValidationException;
import org.jixiao.evaluation.internal.SelfEvaluationIndicator;
import org.jixiao.evaluation.scoring.FormScoring;
import org.jixiao.evaluation.scoring.ItemScore;
import org.jixiao.evaluation.scoring.QualitativeGrade;
import org.jixiao.org.CurrentUser;
import org.jixiao.targets.Indicator;
import org.jixiao.common.xlsx.CellError;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Import of a filled 绩效自评表 into the caller's own self-evaluation (issue 12 §4): the same people and states as
 * saving the form (STAFF of the unit, DRAFT or RETURNED, round open; others 404/403/409). The preview stores nothing
 * and shows every cell error and the scores the import would give; apply saves through
 * {@link SelfEvaluationService#save}, so the scoring and the optimistic version are the ordinary save's: all or
 * nothing, and of concurrent applies on one version exactly one wins (the others 409).
 */
@Service
public class SelfEvaluationImport {
    private final SelfEvaluationAccess access;
    private final SelfEvaluationService evaluations;
    private final ScoringConfigService scoring;

    SelfEvaluationImport(SelfEvaluationAccess access, SelfEvaluationService evaluations, ScoringConfigService scoring) {
        this.access = access;
        this.evaluations = evaluations;
        this.scoring = scoring;
    }

    /** One indicator as the sheet fills it; {@code row} is the sheet's row number (1-based), null when missing. */
    public record Line(Long indicatorId, String level1, String name, Integer row, BigDecimal actual,
                       QualitativeGrade grade, BigDecimal score, String deviation) {
    }

    /** {@code version} is the one read, to send back with apply; total and grade are what the import would give. */
    public record Preview(int version, BigDecimal adjustedFunds, BigDecimal executedFunds, String goalsActual,
                          String problems, String improvements, List<Line> lines, BigDecimal total, String grade,
                          List<CellError> errors, List<CellError> warnings) {
    }

    @Transactional(readOnly = true)
    public Preview preview(CurrentUser user, Long id, byte[] file) {
        SelfEvaluation evaluation = access.editableBy(user, id);
        SelfEvaluationDetail detail = access.detail(user, evaluation);
        SelfEvaluationUpload.Result read = SelfEvaluationUpload.read(file, detail, evaluation.getVersion());
        SelfEvaluationInput in = read.input();
        FormScoring.Result score = read.errors().isEmpty() ? score(detail, in) : null;
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < detail.lines().size(); i++) {
            Indicator indicator = detail.lines().get(i).indicator();
            SelfEvaluationInput.Entry e = in.indicators().get(i);
            ItemScore item = score == null ? null : score.items().get(String.valueOf(indicator.getId()));
            lines.add(new Line(indicator.getId(), indicator.getLevel1(), indicator.getName(),
                    read.rows()[i] < 0 ? null : read.rows()[i] + 1, e.actual(), e.grade(),
                    item != null ? item.score() : e.score(), e.deviation()));
        }
        return new Preview(evaluation.getVersion(), in.adjustedFunds(), in.executedFunds(), in.goalsActual(),
                in.problems(), in.improvements(), lines, score == null ? null : score.total(),
                score == null || score.grade() == null ? null : score.grade().label(), read.errors(), read.warnings());
    }

    /**
     * Writes the sheet's figures over the form, scored as a save is; any cell error refuses the whole file (422
     * listing every one), a version other than the current one 409.
     */
    @Transactional
    public SelfEvaluationDetail apply(CurrentUser user, Long id, byte[] file, Integer version) {
        SelfEvaluation evaluation = access.editableBy(user, id);
        if (version == null) {
            throw ValidationException.of("version", "请提交预览时的版本号（version）");
        }
        if (version != evaluation.getVersion()) {
            throw SelfEvaluationAccess.stale();
        }
        SelfEvaluationDetail detail = access.detail(user, evaluation);
        SelfEvaluationUpload.Result read = SelfEvaluationUpload.read(file, detail, version);
        if (!read.errors().isEmpty()) {
            List<FieldViolation> violations = new ArrayList<>();
            for (CellError e : read.errors()) {
                violations.add(new FieldViolation(e.cell() == null ? (e.field() == null ? "file" : e.field()) : e.cell(),
                        (e.cell() == null ? "" : e.cell() + "：") + e.message()));
            }
            throw new ValidationException("自评表中有 " + violations.size() + " 处错误，未导入任何内容", violations);
        }
        return evaluations.save(user, id, read.input());
    }

    private FormScoring.Result score(SelfEvaluationDetail detail, SelfEvaluationInput in) {
        Map<Long, SelfEvaluationIndicator> rows = new LinkedHashMap<>();
        for (SelfEvaluationInput.Entry e : in.indicators()) {
            SelfEvaluationIndicator row = new SelfEvaluationIndicator();
            row.setIndicatorId(e.indicatorId());
            row.setActual(e.actual());
            row.setGrade(e.grade());
            row.setSelfScore(e.score());
            rows.put(e.indicatorId(), row);
        }
        return FormScoring.of(scoring.configFor(detail.round().getFinanceOrgId(), detail.round().getFiscalYear()),
                in.adjustedFunds(), in.executedFunds(), SelfEvaluationAccess.inputs(detail.target(), rows));
    }
}
