-- Issue 13 §3, the reviewer's tools: transfer (转办), delegate (委派) and deputies during absence (代理).
-- Portable between H2 2.x and MySQL 8 / MariaDB 10.11 (utf8mb4_bin), like V1.

-- Who holds an open task beyond its candidate group. NULL assignee: anyone of the group (the BPMN's default).
-- A transfer sets the assignee; a delegation sets the owner (the delegator) and the assignee (the delegate) with
-- delegation PENDING until the delegate resolves it (RESOLVED, assignee back to the owner). handover_version is
-- the guard of every handover: a conditional UPDATE on the version the request read, so of ten concurrent
-- transfers one changes the row and the others find it changed (409).
ALTER TABLE review_task ADD COLUMN assignee VARCHAR(64) NULL;
ALTER TABLE review_task ADD COLUMN owner VARCHAR(64) NULL;
ALTER TABLE review_task ADD COLUMN delegation VARCHAR(16) NULL;
ALTER TABLE review_task ADD COLUMN handover_version INT DEFAULT 0 NOT NULL;
CREATE INDEX ix_review_task_assignee ON review_task (assignee, closed_at);

-- The marks of the history: 代 X 审批 (on_behalf_of: the absent user a deputy acted for) and the other party of a
-- transfer, delegation or hand-back (counterpart: who received it).
ALTER TABLE review_event ADD COLUMN on_behalf_of VARCHAR(64) NULL;
ALTER TABLE review_event ADD COLUMN on_behalf_of_name VARCHAR(100) NULL;
ALTER TABLE review_event ADD COLUMN counterpart VARCHAR(64) NULL;
ALTER TABLE review_event ADD COLUMN counterpart_name VARCHAR(100) NULL;

-- One deputy per user for a bounded period of whole days (inclusive), set by the user (PUT /api/me/deputy).
CREATE TABLE user_deputy (
    username        VARCHAR(64)  NOT NULL PRIMARY KEY,
    deputy_username VARCHAR(64)  NOT NULL,
    starts_on       DATE         NOT NULL,
    ends_on         DATE         NOT NULL,
    created_at      TIMESTAMP    NOT NULL
);
CREATE INDEX ix_user_deputy_deputy ON user_deputy (deputy_username, starts_on, ends_on);
