-- 目标调整 (domain.md §1, 财预〔2015〕88号 art. 28): an approved target is changed by an adjustment, an
-- edited copy that goes through the approval chain and on approval replaces the active version.
-- Every version of one target shares lineage_id (the id of its first version); all stay readable.
-- Portable between H2 2.x and MySQL 8 / MariaDB 10.11, like V1.

-- Set by the service right after the insert of a first version (its own id), so it can stay nullable here.
ALTER TABLE performance_target ADD COLUMN lineage_id BIGINT NULL;
ALTER TABLE performance_target ADD COLUMN version_no INT NOT NULL DEFAULT 1;
-- The APPROVED version an adjustment replaces; NULL for first versions.
ALTER TABLE performance_target ADD COLUMN adjusts_target_id BIGINT NULL;
ALTER TABLE performance_target ADD COLUMN adjustment_reason VARCHAR(1000) NULL;
ALTER TABLE performance_target ADD COLUMN approved_at TIMESTAMP NULL;
-- lineage_id while this row is an adjustment not yet approved (draft, in review or returned), else NULL.
-- Unique: a lineage has at most one open adjustment (NULLs do not collide in H2 or MySQL).
ALTER TABLE performance_target ADD COLUMN open_adjustment_of BIGINT NULL;
-- lineage_id while this row is APPROVED, else NULL. Unique: at most one approved version per lineage.
ALTER TABLE performance_target ADD COLUMN approved_of BIGINT NULL;

UPDATE performance_target SET lineage_id = id;
UPDATE performance_target SET approved_of = id WHERE status = 'APPROVED';
UPDATE performance_target SET approved_at = (
    SELECT MAX(e.created_at) FROM review_event e
    WHERE e.subject_type = 'TARGET' AND e.subject_id = performance_target.id AND e.action = 'APPROVE')
WHERE status = 'APPROVED';
UPDATE performance_target SET approved_at = updated_at WHERE status = 'APPROVED' AND approved_at IS NULL;

ALTER TABLE performance_target ADD CONSTRAINT uk_target_lineage_version UNIQUE (lineage_id, version_no);
ALTER TABLE performance_target ADD CONSTRAINT uk_target_open_adjustment UNIQUE (open_adjustment_of);
ALTER TABLE performance_target ADD CONSTRAINT uk_target_approved_version UNIQUE (approved_of);
ALTER TABLE performance_target ADD CONSTRAINT fk_target_adjusts FOREIGN KEY (adjusts_target_id)
    REFERENCES performance_target (id);
