package org.jixiao.approval.internal;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.jixiao.approval.chain.AddedSigner;
import org.jixiao.approval.chain.ChainHeader;
import org.jixiao.approval.chain.ChainRun;
import org.jixiao.approval.chain.StepRow;

/** Approval chains (V37): the configured chains and the runs captured at submission. */
@Mapper
public interface ChainMapper {
    String KEY = "finance_org_id = #{bureau} AND fiscal_year = #{year} AND chain_type = #{type}";
    String STEP_COLUMNS = "position, step_key, name, actor_role, actor_level, desk_id, grading, sla_days, may_return, "
            + "opinion_required";

    @Select("SELECT finance_org_id, fiscal_year, chain_type, version, updated_by, updated_at, after_return FROM "
            + "approval_chain WHERE "
            + KEY)
    ChainHeader find(@Param("bureau") Long bureau, @Param("year") int year, @Param("type") String type);

    @Select("SELECT " + STEP_COLUMNS + " FROM approval_chain_step WHERE " + KEY + " ORDER BY position")
    List<StepRow> steps(@Param("bureau") Long bureau, @Param("year") int year, @Param("type") String type);

    @Insert("INSERT INTO approval_chain (finance_org_id, fiscal_year, chain_type, version, updated_by, updated_at, "
            + "after_return) VALUES (#{bureau}, #{year}, #{type}, 1, #{by}, #{at}, #{afterReturn})")
    void insert(@Param("bureau") Long bureau, @Param("year") int year, @Param("type") String type,
                @Param("by") String by, @Param("at") Instant at, @Param("afterReturn") String afterReturn);

    /** 1 row: this request's version was the current one and it now owns the next. */
    @Update("UPDATE approval_chain SET version = version + 1, updated_by = #{by}, updated_at = #{at}, "
            + "after_return = #{afterReturn} WHERE " + KEY + " AND version = #{version}")
    int update(@Param("bureau") Long bureau, @Param("year") int year, @Param("type") String type,
               @Param("version") int version, @Param("by") String by, @Param("at") Instant at,
               @Param("afterReturn") String afterReturn);

    @Delete("DELETE FROM approval_chain_step WHERE " + KEY)
    void deleteSteps(@Param("bureau") Long bureau, @Param("year") int year, @Param("type") String type);

    @Insert("INSERT INTO approval_chain_step (finance_org_id, fiscal_year, chain_type, " + STEP_COLUMNS + ") VALUES "
            + "(#{bureau}, #{year}, #{type}, #{s.position}, #{s.stepKey}, #{s.name}, #{s.actorRole}, #{s.actorLevel}, "
            + "#{s.deskId}, #{s.grading}, #{s.slaDays}, #{s.mayReturn}, #{s.opinionRequired})")
    void insertStep(@Param("bureau") Long bureau, @Param("year") int year, @Param("type") String type,
                    @Param("s") StepRow step);

    // ---- runs

    @Select("SELECT COALESCE(MAX(submission), 0) FROM approval_chain_run WHERE subject_type = #{subjectType} "
            + "AND subject_id = #{subjectId}")
    int lastSubmission(@Param("subjectType") String subjectType, @Param("subjectId") Long subjectId);

    @Insert("INSERT INTO approval_chain_run (subject_type, subject_id, submission, chain_type, fiscal_year, "
            + "chain_version, created_at, after_return) VALUES (#{r.subjectType}, #{r.subjectId}, #{r.submission}, "
            + "#{r.chainType}, #{r.fiscalYear}, #{r.chainVersion}, #{r.createdAt}, #{r.afterReturn})")
    @Options(useGeneratedKeys = true, keyProperty = "r.id", keyColumn = "id")
    void insertRun(@Param("r") ChainRun run);

    @Insert("INSERT INTO approval_chain_run_step (run_id, " + STEP_COLUMNS + ", org_id, candidate_group) VALUES "
            + "(#{runId}, #{s.position}, #{s.stepKey}, #{s.name}, #{s.actorRole}, #{s.actorLevel}, #{s.deskId}, "
            + "#{s.grading}, #{s.slaDays}, #{s.mayReturn}, #{s.opinionRequired}, #{s.orgId}, #{s.candidateGroup})")
    void insertRunStep(@Param("runId") Long runId, @Param("s") StepRow step);

    @Select("SELECT id, subject_type, subject_id, submission, chain_type, fiscal_year, chain_version, created_at, "
            + "after_return FROM approval_chain_run WHERE id = #{id}")
    ChainRun run(@Param("id") Long id);

    @Select("SELECT " + STEP_COLUMNS + ", org_id, candidate_group FROM approval_chain_run_step WHERE run_id = #{runId} "
            + "ORDER BY position")
    List<StepRow> runSteps(@Param("runId") Long runId);

    // ---- added signers (V49)

    /** Unique on the task: a second signer on the same task fails here (DuplicateKeyException). */
    @Insert("INSERT INTO approval_added_signer (run_id, task_id, step_position, placement, username, display_name, "
            + "candidate_group, note, added_by, added_at) VALUES (#{s.runId}, #{s.taskId}, #{s.stepPosition}, "
            + "#{s.placement}, #{s.username}, #{s.displayName}, #{s.candidateGroup}, #{s.note}, #{s.addedBy}, "
            + "#{s.addedAt})")
    @Options(useGeneratedKeys = true, keyProperty = "s.id", keyColumn = "id")
    void insertSigner(@Param("s") AddedSigner signer);

    @Select("SELECT id, run_id, task_id, step_position, placement, username, display_name, candidate_group, note, "
            + "added_by, added_at FROM approval_added_signer WHERE id = #{id}")
    AddedSigner signer(@Param("id") Long id);
}
