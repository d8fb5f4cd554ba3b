-- Issue 13 §2, the 88号 review sheet (绩效目标审核表): one row per graded decision, kept with the history. The
-- engine task it decided is unique (as in review_event, V11), so a sheet is stored at most once per task even when
-- requests race; every round of review adds its own row, nothing is overwritten. Grades: EXCELLENT/GOOD/FAIR/POOR.
-- Portable between H2 2.x and MySQL 8 / MariaDB 10.11 (utf8mb4_bin), like V1.
CREATE TABLE review_sheet (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    task_id                 VARCHAR(64)   NOT NULL,
    subject_type            VARCHAR(32)   NOT NULL,
    subject_id              BIGINT        NOT NULL,
    step                    VARCHAR(64)   NOT NULL,
    step_name               VARCHAR(200)  NULL,
    completeness            VARCHAR(16)   NOT NULL,
    completeness_comment    VARCHAR(500)  NULL,
    relevance               VARCHAR(16)   NOT NULL,
    relevance_comment       VARCHAR(500)  NULL,
    appropriateness         VARCHAR(16)   NOT NULL,
    appropriateness_comment VARCHAR(500)  NULL,
    feasibility             VARCHAR(16)   NOT NULL,
    feasibility_comment     VARCHAR(500)  NULL,
    result                  VARCHAR(16)   NOT NULL,
    improvement             VARCHAR(2000) NULL,
    opinion                 VARCHAR(2000) NULL,
    reviewer_username       VARCHAR(64)   NOT NULL,
    reviewer_name           VARCHAR(100)  NOT NULL,
    created_at              TIMESTAMP     NOT NULL,
    CONSTRAINT uk_review_sheet_task UNIQUE (task_id)
);
CREATE INDEX ix_review_sheet_subject ON review_sheet (subject_type, subject_id);
