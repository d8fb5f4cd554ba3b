-- 附件 of a target (domain.md §1): the supporting documents people attach to the target form.
-- Kept in the database so a target and its documents are backed up and restored together.
CREATE TABLE target_attachment (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    target_id    BIGINT       NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(127) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    content      LONGBLOB     NOT NULL,
    uploaded_by  VARCHAR(64)  NOT NULL,
    uploaded_at  TIMESTAMP    NOT NULL,
    CONSTRAINT fk_target_attachment_target FOREIGN KEY (target_id) REFERENCES performance_target (id)
);
CREATE INDEX ix_target_attachment_target ON target_attachment (target_id);
