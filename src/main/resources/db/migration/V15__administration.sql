-- Issue 11 §1/§2 (administration): org nodes get a unit type, an active flag, an optimistic version and the desk
-- in charge of a department; users a version and the forced password change; every admin action is audited.
-- Nothing is ever deleted: deactivated nodes and users keep what refers to them.
ALTER TABLE org_node ADD COLUMN unit_type VARCHAR(16) NULL;
ALTER TABLE org_node ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE org_node ADD COLUMN version INT NOT NULL DEFAULT 0;
ALTER TABLE org_node ADD COLUMN in_charge_desk_id BIGINT NULL;
ALTER TABLE org_node ADD CONSTRAINT fk_org_node_desk FOREIGN KEY (in_charge_desk_id) REFERENCES org_node (id);

ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE app_user ADD COLUMN version INT NOT NULL DEFAULT 0;

CREATE TABLE admin_audit (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at  TIMESTAMP     NOT NULL,
    actor        VARCHAR(64)   NOT NULL,
    action       VARCHAR(32)   NOT NULL,
    subject_type VARCHAR(16)   NOT NULL,
    subject_id   BIGINT        NULL,
    subject_name VARCHAR(200)  NULL,
    before_json  VARCHAR(4000) NULL,
    after_json   VARCHAR(4000) NULL
);
CREATE INDEX ix_admin_audit_at ON admin_audit (occurred_at);
