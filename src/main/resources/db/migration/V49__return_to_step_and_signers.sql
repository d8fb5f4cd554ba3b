-- Issue 13 §3, the reviewer's tools: return to a chosen step (退回到指定环节) and add a signer (加签).
-- Portable between H2 2.x and MySQL 8 / MariaDB 10.11 (utf8mb4_bin), like V1.

-- What happens once a step a case was returned to approves again: RERUN, the chain runs on from that step;
-- TO_RETURNER (直送退回人), straight back to the step that returned it. Saved with the chain and captured with each
-- run, so changing it never alters a review under way.
ALTER TABLE approval_chain ADD COLUMN after_return VARCHAR(16) DEFAULT 'RERUN' NOT NULL;
ALTER TABLE approval_chain_run ADD COLUMN after_return VARCHAR(16) DEFAULT 'RERUN' NOT NULL;

-- A signer added to one case: BEFORE the step (the signer reviews first, then the step's holders) or AFTER it (the
-- signer reviews once the step approves, then the chain goes on). task_id is the step's task the signer was added
-- on, unique: one signer per task, so of ten concurrent requests one adds it and the others get 409. The row never
-- changes; the review loop reads who the signer is (assignee), which candidate group the signer acts in and the
-- task's name from it. note: what the holder asks the signer to look at.
CREATE TABLE approval_added_signer (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    run_id          BIGINT        NOT NULL,
    task_id         VARCHAR(64)   NOT NULL,
    step_position   INT           NOT NULL,
    placement       VARCHAR(8)    NOT NULL,
    username        VARCHAR(64)   NOT NULL,
    display_name    VARCHAR(100)  NOT NULL,
    candidate_group VARCHAR(64)   NOT NULL,
    note            VARCHAR(2000) NULL,
    added_by        VARCHAR(64)   NOT NULL,
    added_at        TIMESTAMP     NOT NULL,
    CONSTRAINT uk_added_signer_task UNIQUE (task_id)
);
CREATE INDEX ix_added_signer_run ON approval_added_signer (run_id);
