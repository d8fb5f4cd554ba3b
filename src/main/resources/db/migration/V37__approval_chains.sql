-- Issue 13 §1, chains as configuration. A finance bureau fits its review chain per fiscal year and kind of subject
-- (TARGET_PROJECT, TARGET_DEPARTMENT, MONITORING_REPORT, SELF_EVALUATION); no row means the built-in default chain
-- (单位负责人 → 主管部门 → 财政局). The header carries the optimistic version that two admins editing at once race on.
-- Portable between H2 2.x and MySQL 8 / MariaDB 10.11 (utf8mb4_bin), like V1.
CREATE TABLE approval_chain (
    finance_org_id BIGINT      NOT NULL,
    fiscal_year    INT         NOT NULL,
    chain_type     VARCHAR(32) NOT NULL,
    version        INT         NOT NULL,
    updated_by     VARCHAR(64) NOT NULL,
    updated_at     TIMESTAMP   NOT NULL,
    PRIMARY KEY (finance_org_id, fiscal_year, chain_type)
);

-- The ordered steps. desk_id: for level DESK the named finance desk, NULL = the desk in charge of the subject's
-- department (org_node.in_charge_desk_id).
CREATE TABLE approval_chain_step (
    finance_org_id   BIGINT       NOT NULL,
    fiscal_year      INT          NOT NULL,
    chain_type       VARCHAR(32)  NOT NULL,
    position         INT          NOT NULL,
    step_key         VARCHAR(32)  NOT NULL,
    name             VARCHAR(40)  NOT NULL,
    actor_role       VARCHAR(32)  NOT NULL,
    actor_level      VARCHAR(16)  NOT NULL,
    desk_id          BIGINT       NULL,
    grading          BOOLEAN      NOT NULL,
    sla_days         INT          NULL,
    may_return       BOOLEAN      NOT NULL,
    opinion_required BOOLEAN      NOT NULL,
    PRIMARY KEY (finance_org_id, fiscal_year, chain_type, position)
);

-- A chain run: the chain as it stood when the subject was submitted, with every step's actor resolved against the
-- subject's org (candidate group). The review process holds only the run's id and the step index, so changing the
-- configuration (or a department's desk in charge) never alters a review under way. One run per submission.
CREATE TABLE approval_chain_run (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    subject_type  VARCHAR(32) NOT NULL,
    subject_id    BIGINT      NOT NULL,
    submission    INT         NOT NULL,
    chain_type    VARCHAR(32) NOT NULL,
    fiscal_year   INT         NOT NULL,
    chain_version INT         NOT NULL,
    created_at    TIMESTAMP   NOT NULL,
    CONSTRAINT uk_chain_run_submission UNIQUE (subject_type, subject_id, submission)
);

CREATE TABLE approval_chain_run_step (
    run_id           BIGINT       NOT NULL,
    position         INT          NOT NULL,
    step_key         VARCHAR(32)  NOT NULL,
    name             VARCHAR(40)  NOT NULL,
    actor_role       VARCHAR(32)  NOT NULL,
    actor_level      VARCHAR(16)  NOT NULL,
    desk_id          BIGINT       NULL,
    org_id           BIGINT       NOT NULL,
    candidate_group  VARCHAR(64)  NOT NULL,
    grading          BOOLEAN      NOT NULL,
    sla_days         INT          NULL,
    may_return       BOOLEAN      NOT NULL,
    opinion_required BOOLEAN      NOT NULL,
    PRIMARY KEY (run_id, position)
);
