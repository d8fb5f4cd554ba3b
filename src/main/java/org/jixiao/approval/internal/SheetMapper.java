package org.jixiao.approval.internal;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.jixiao.approval.sheet.SheetRecord;

/** The 88号 review sheets (V40). */
@Mapper
public interface SheetMapper {
    String COLUMNS = "id, task_id, subject_type, subject_id, step, step_name, completeness, completeness_comment, "
            + "relevance, relevance_comment, appropriateness, appropriateness_comment, feasibility, "
            + "feasibility_comment, result, improvement, opinion, reviewer_username, reviewer_name, created_at";

    @Insert("INSERT INTO review_sheet (task_id, subject_type, subject_id, step, step_name, completeness, "
            + "completeness_comment, relevance, relevance_comment, appropriateness, appropriateness_comment, "
            + "feasibility, feasibility_comment, result, improvement, opinion, reviewer_username, reviewer_name, "
            + "created_at) VALUES (#{taskId}, #{subjectType}, #{subjectId}, #{step}, #{stepName}, #{completeness}, "
            + "#{completenessComment}, #{relevance}, #{relevanceComment}, #{appropriateness}, "
            + "#{appropriatenessComment}, #{feasibility}, #{feasibilityComment}, #{result}, #{improvement}, "
            + "#{opinion}, #{reviewerUsername}, #{reviewerName}, #{createdAt})")
    @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
    void insert(SheetRecord sheet);

    @Select("SELECT " + COLUMNS + " FROM review_sheet WHERE subject_type = #{subjectType} "
            + "AND subject_id = #{subjectId} ORDER BY created_at, id")
    List<SheetRecord> findBySubject(@Param("subjectType") String subjectType, @Param("subjectId") Long subjectId);

    @Select("SELECT COUNT(*) FROM review_sheet WHERE task_id = #{taskId}")
    int countByTask(@Param("taskId") String taskId);
}
