package org.jixiao.evaluation.internal;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface EvaluationRoundMapper {

    void insert(EvaluationRound round);

    EvaluationRound findById(@Param("id") Long id);

    /** The bureau's round of the year (the unique key), or null. */
    EvaluationRound findByKey(@Param("financeOrgId") Long financeOrgId, @Param("fiscalYear") int fiscalYear);

    List<EvaluationRound> findByFinance(@Param("financeOrgId") Long financeOrgId,
                                        @Param("fiscalYear") Integer fiscalYear);

}
