package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jixiao.common.NotFoundException;
import org.jixiao.evaluation.internal.EvaluationRound;
import org.jixiao.evaluation.internal.EvaluationRoundMapper;
import org.jixiao.evaluation.internal.EvaluationSummaryMapper;
import org.jixiao.evaluation.internal.GradeCount;
import org.jixiao.evaluation.internal.OrgAverage;
import org.jixiao.evaluation.scoring.Grade;
import org.jixiao.evaluation.scoring.Outcome;
import org.jixiao.evaluation.scoring.ScoringConfig;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgDirectory;
import org.jixiao.org.OrgKind;
import org.jixiao.org.OrgNode;
import org.jixiao.org.Role;
import org.springframework.stereotype.Service;

/**
 * A round's summary (自评汇总) in the caller's scope: a round the caller may not see is not found (through
 * {@link EvaluationRoundService#get}); below finance everything is counted over the caller's own units.
 */
@Service
public class EvaluationSummaryService {
    /** The lowest totals shown, and the most not-yet-submitted ones listed. */
    public static final int LOWEST = 10;
    public static final int LIST_LIMIT = 200;

    private final EvaluationRoundService rounds;
    private final EvaluationRoundMapper roundMapper;
    private final EvaluationSummaryMapper mapper;
    private final ScoringConfigService scoring;
    private final OrgDirectory directory;

    EvaluationSummaryService(EvaluationRoundService rounds, EvaluationRoundMapper roundMapper,
                             EvaluationSummaryMapper mapper, ScoringConfigService scoring, OrgDirectory directory) {
        this.rounds = rounds;
        this.roundMapper = roundMapper;
        this.mapper = mapper;
        this.scoring = scoring;
        this.directory = directory;
    }

    public EvaluationSummary summary(CurrentUser user, Long roundId) {
        EvaluationRoundSummary round = rounds.get(user, roundId);
        EvaluationRound row = roundMapper.findById(roundId);
        Set<Long> units = rounds.visibleUnits(user, row).orElseThrow(() -> new NotFoundException(
                "自评轮次 " + roundId + " 不存在")).orElse(null);
        boolean byUnit = !user.hasAnyRole(Role.FINANCE_REVIEWER, Role.ADMIN);
        Set<SelfEvaluationStatus> submitted = SelfEvaluationStatus.SUBMITTED;
        Set<SelfEvaluationStatus> withUnit = SelfEvaluationStatus.WITH_UNIT;
        List<OrgAverage> averages = mapper.averages(roundId, units, submitted, byUnit);
        averages.forEach(a -> a.setAverage(scale(a.getAverage())));
        return new EvaluationSummary(round, results(row, mapper.grades(roundId, units, submitted)), byUnit, averages,
                mapper.lowest(roundId, units, submitted, LOWEST), mapper.countWithUnit(roundId, units, withUnit),
                mapper.withUnit(roundId, units, withUnit, LIST_LIMIT));
    }

    /** Every grade, best first, with the bureau's configured recommendation for the round's year. */
    private List<EvaluationSummary.Application> results(EvaluationRound round, List<GradeCount> counts) {
        ScoringConfig config = scoring.configFor(round.getFinanceOrgId(), round.getFiscalYear());
        Map<String, GradeCount> byGrade = counts.stream().collect(Collectors.toMap(GradeCount::getGrade,
                Function.identity()));
        List<EvaluationSummary.Application> result = new ArrayList<>();
        for (Grade grade : Grade.values()) {
            GradeCount count = byGrade.get(grade.label());
            Outcome outcome = config.outcome(grade);
            result.add(new EvaluationSummary.Application(grade.label(), count == null ? 0 : count.getSubmitted(),
                    count == null ? 0 : count.getApproved(), outcome.recommendation().name(), outcome.label()));
        }
        return result;
    }

    /** The departments of the caller's finance bureau, for choosing the scope of a new round. */
    public List<OrgNode> departments(CurrentUser user) {
        if (user.financeBureauId() == null) {
            return List.of();
        }
        return directory.all().stream().filter(n -> n.getKind() == OrgKind.DEPARTMENT)
                .filter(n -> directory.nearest(n.getId(), OrgKind.FINANCE).map(OrgNode::getId)
                        .filter(user.financeBureauId()::equals).isPresent())
                .sorted(Comparator.comparing(OrgNode::getId)).toList();
    }

    /** The grade whose label this is ("优" …), if any. */
    static Optional<Grade> grade(String label) {
        return Arrays.stream(Grade.values()).filter(g -> g.label().equals(label)).findFirst();
    }

    /** Rounded like the scores on screen. */
    static BigDecimal scale(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }
}
