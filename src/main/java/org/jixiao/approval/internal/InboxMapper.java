package org.jixiao.approval.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.jixiao.approval.DoneItem;
import org.jixiao.approval.InboxChoice;
import org.jixiao.approval.InboxItem;
import org.jixiao.approval.InboxQuery;
import org.jixiao.approval.InboxSource;
import org.jixiao.approval.OpenedTask;

/** The inbox read model, {@code review_task} (V25); SQL in InboxMapper.xml. */
@Mapper
public interface InboxMapper {

    int open(@Param("t") OpenedTask task, @Param("subjectType") String subjectType, @Param("subjectId") Long subjectId,
             @Param("source") InboxSource source);

    int openBare(@Param("t") OpenedTask task, @Param("subjectType") String subjectType,
                 @Param("subjectId") Long subjectId);

    int close(@Param("taskId") String taskId, @Param("at") Instant at);

    /** An open task held by one person from the start (an added signer's review, 加签; V46's column). */
    @org.apache.ibatis.annotations.Update("UPDATE review_task SET assignee = #{assignee} WHERE task_id = #{taskId} "
            + "AND closed_at IS NULL")
    int assign(@Param("taskId") String taskId, @Param("assignee") String assignee);

    long openCount();

    List<String> openTaskIds();

    List<InboxItem> page(@Param("groups") List<String> groups, @Param("holders") List<String> holders, @Param("q") InboxQuery query,
                         @Param("today") LocalDate today, @Param("live") LiveColumns live,
                         @Param("orderBy") String orderBy, @Param("size") int size, @Param("offset") long offset);

    long count(@Param("groups") List<String> groups, @Param("holders") List<String> holders, @Param("q") InboxQuery query, @Param("today") LocalDate today,
               @Param("live") LiveColumns live);

    List<InboxChoice> rounds(@Param("groups") List<String> groups, @Param("holders") List<String> holders);

    List<InboxChoice> orgs(@Param("groups") List<String> groups, @Param("holders") List<String> holders);

    List<DoneItem> done(@Param("username") String username, @Param("live") LiveColumns live,
                        @Param("size") int size, @Param("offset") long offset);

    long doneCount(@Param("username") String username);
}
