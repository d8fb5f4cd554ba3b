-- Jixiao foundation schema. Portable between H2 2.x and MySQL 8 / MariaDB 10.11 (utf8mb4_bin).
-- Camunda creates its own ACT_* tables; these are ours.

CREATE TABLE org_node (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    parent_id   BIGINT NULL,
    kind        VARCHAR(16)  NOT NULL,
    code        VARCHAR(32)  NULL,
    name        VARCHAR(200) NOT NULL,
    CONSTRAINT uk_org_node_code UNIQUE (code),
    CONSTRAINT fk_org_node_parent FOREIGN KEY (parent_id) REFERENCES org_node (id)
);

CREATE TABLE app_user (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    display_name  VARCHAR(100) NOT NULL,
    org_id        BIGINT       NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uk_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_org FOREIGN KEY (org_id) REFERENCES org_node (id)
);

CREATE TABLE app_user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

-- Region- and year-specific target rules, owned by a finance bureau (see TargetRules).
CREATE TABLE target_rule (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    finance_org_id  BIGINT       NOT NULL,
    fiscal_year     INT          NOT NULL,
    required_level1 VARCHAR(200) NOT NULL,
    indicator_total DECIMAL(7, 2) NOT NULL,
    CONSTRAINT uk_target_rule UNIQUE (finance_org_id, fiscal_year),
    CONSTRAINT fk_target_rule_org FOREIGN KEY (finance_org_id) REFERENCES org_node (id)
);

CREATE TABLE performance_target (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind                  VARCHAR(16)    NOT NULL,
    fiscal_year           INT            NOT NULL,
    unit_id               BIGINT         NOT NULL,
    project_code          VARCHAR(64)    NULL,
    name                  VARCHAR(200)   NOT NULL,
    project_attribute     VARCHAR(16)    NULL,
    implementation_period VARCHAR(64)    NULL,
    fiscal_funds          DECIMAL(16, 2) NULL,
    other_funds           DECIMAL(16, 2) NULL,
    fund_use              VARCHAR(2000)  NULL,
    goals                 VARCHAR(4000)  NULL,
    period_goals          VARCHAR(2000)  NULL,
    status                VARCHAR(20)    NOT NULL,
    version               INT            NOT NULL DEFAULT 0,
    copied_from_id        BIGINT         NULL,
    created_by            VARCHAR(64)    NOT NULL,
    created_at            TIMESTAMP      NOT NULL,
    updated_at            TIMESTAMP      NOT NULL,
    CONSTRAINT fk_target_unit FOREIGN KEY (unit_id) REFERENCES org_node (id)
);
CREATE INDEX ix_target_unit_year ON performance_target (unit_id, fiscal_year);
CREATE INDEX ix_target_status ON performance_target (status);

CREATE TABLE target_spending_plan (
    target_id  BIGINT       NOT NULL,
    plan_month INT          NOT NULL,
    percent    DECIMAL(5, 2) NOT NULL,
    PRIMARY KEY (target_id, plan_month),
    CONSTRAINT fk_spending_plan_target FOREIGN KEY (target_id) REFERENCES performance_target (id)
);

CREATE TABLE target_task (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    target_id     BIGINT         NOT NULL,
    sort_order    INT            NOT NULL,
    name          VARCHAR(200)   NOT NULL,
    content       VARCHAR(4000)  NULL,
    fiscal_amount DECIMAL(16, 2) NULL,
    other_amount  DECIMAL(16, 2) NULL,
    CONSTRAINT fk_task_target FOREIGN KEY (target_id) REFERENCES performance_target (id)
);
CREATE INDEX ix_task_target ON target_task (target_id);

CREATE TABLE target_indicator (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    target_id    BIGINT         NOT NULL,
    sort_order   INT            NOT NULL,
    level1       VARCHAR(32)    NULL,
    level2       VARCHAR(64)    NULL,
    name         VARCHAR(200)   NULL,
    description  VARCHAR(1000)  NULL,
    value_text   VARCHAR(200)   NULL,
    comparator   VARCHAR(4)     NULL,
    target_value DECIMAL(20, 4) NULL,
    unit         VARCHAR(32)    NULL,
    weight       DECIMAL(7, 2)  NULL,
    basis        VARCHAR(500)   NULL,
    standard     VARCHAR(16)    NULL,
    scoring_rule VARCHAR(1000)  NULL,
    CONSTRAINT fk_indicator_target FOREIGN KEY (target_id) REFERENCES performance_target (id)
);
CREATE INDEX ix_indicator_target ON target_indicator (target_id);

-- Audit trail of every review action on any reviewed subject (targets now; reports later).
CREATE TABLE review_event (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    subject_type   VARCHAR(32)   NOT NULL,
    subject_id     BIGINT        NOT NULL,
    step           VARCHAR(32)   NOT NULL,
    action         VARCHAR(16)   NOT NULL,
    actor_username VARCHAR(64)   NOT NULL,
    actor_name     VARCHAR(100)  NOT NULL,
    actor_role     VARCHAR(32)   NOT NULL,
    opinion        VARCHAR(2000) NULL,
    created_at     TIMESTAMP     NOT NULL
);
CREATE INDEX ix_review_event_subject ON review_event (subject_type, subject_id);
