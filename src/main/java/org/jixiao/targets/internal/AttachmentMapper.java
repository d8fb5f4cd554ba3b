package org.jixiao.targets.internal;

import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface AttachmentMapper {

    /** Row shape for inserts (records cannot take the generated id). */
    class NewAttachment {
        public Long id;
        public Long targetId;
        public String fileName;
        public String contentType;
        public long sizeBytes;
        public byte[] content;
        public String uploadedBy;
        public java.time.Instant uploadedAt;
    }

    @Insert("INSERT INTO target_attachment (target_id, file_name, content_type, size_bytes, content, uploaded_by, "
            + "uploaded_at) VALUES (#{targetId}, #{fileName}, #{contentType}, #{sizeBytes}, #{content}, "
            + "#{uploadedBy}, #{uploadedAt})")
    @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
    void insert(NewAttachment attachment);

    @Select("SELECT id, target_id, file_name, content_type, size_bytes, uploaded_by, uploaded_at "
            + "FROM target_attachment WHERE target_id = #{targetId} ORDER BY uploaded_at, id")
    List<Attachment> findByTarget(@Param("targetId") Long targetId);

    @Select("SELECT id, target_id, file_name, content_type, size_bytes, uploaded_by, uploaded_at "
            + "FROM target_attachment WHERE id = #{id} AND target_id = #{targetId}")
    Attachment find(@Param("targetId") Long targetId, @Param("id") Long id);

    /** Holder: a bare byte[] return type would be read as one row per byte. */
    class Content {
        public byte[] content;
    }

    @Select("SELECT content FROM target_attachment WHERE id = #{id} AND target_id = #{targetId}")
    Content content(@Param("targetId") Long targetId, @Param("id") Long id);

    @Select("SELECT COUNT(*) FROM target_attachment WHERE target_id = #{targetId}")
    int count(@Param("targetId") Long targetId);

    @Delete("DELETE FROM target_attachment WHERE id = #{id} AND target_id = #{targetId}")
    int delete(@Param("targetId") Long targetId, @Param("id") Long id);
}
