-- Issue 12 §2, an inbox for thousands: the open review tasks as our own read model, one row per engine user task,
-- written in the engine's transaction by a built-in task listener (approval/process/InboxTaskListener) when the
-- task is created and closed when it is completed or deleted. The row carries what the inbox filters and sorts
-- by (copied from the subject once: these do not change while a task is open), so a page with its total is an
-- index range on candidate_group instead of an engine query per kind loaded into Java. What does change while a
-- task is open (the subject's status and light) is joined from the subject's own table for the page.
-- Closed rows stay: 已办 joins them to review_event.task_id for the columns of what a user acted on.
-- Portable between H2 2.x and MySQL 8 / MariaDB 10.11 (utf8mb4_bin), like V1.
CREATE TABLE review_task (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    task_id         VARCHAR(64)    NOT NULL,
    candidate_group VARCHAR(64)    NOT NULL,
    subject_type    VARCHAR(32)    NOT NULL,
    subject_id      BIGINT         NOT NULL,
    task_key        VARCHAR(64)    NOT NULL,
    task_name       VARCHAR(200)   NULL,
    instance_id     VARCHAR(64)    NULL,
    unit_id         BIGINT         NULL,
    department_id   BIGINT         NULL,
    fiscal_year     INT            NULL,
    round_id        BIGINT         NULL,
    period_month    INT            NULL,
    subject_name    VARCHAR(200)   NULL,
    subject_code    VARCHAR(64)    NULL,
    amount          DECIMAL(16, 2) NULL,
    due_date        DATE           NULL,
    created_at      TIMESTAMP      NOT NULL,
    closed_at       TIMESTAMP      NULL,
    CONSTRAINT uk_review_task_task UNIQUE (task_id)
);
-- A page of an inbox, newest first, and its total: one index range per candidate group.
CREATE INDEX ix_review_task_inbox ON review_task (candidate_group, closed_at, id);
-- The other sort orders of the inbox.
CREATE INDEX ix_review_task_inbox_due ON review_task (candidate_group, closed_at, due_date);
CREATE INDEX ix_review_task_inbox_amount ON review_task (candidate_group, closed_at, amount);
CREATE INDEX ix_review_task_inbox_name ON review_task (candidate_group, closed_at, subject_name);
CREATE INDEX ix_review_task_subject ON review_task (subject_type, subject_id);

-- 已办: what a user acted on, newest first.
CREATE INDEX ix_review_event_actor ON review_event (actor_username, id);
