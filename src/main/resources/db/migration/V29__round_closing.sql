-- Finance closes a round by hand (no more submissions; reviews already under way go on): who and when. A round
-- closed because its last item was approved keeps these NULL. A cancelled round leaves no row (its items and
-- processes are deleted with it), so the unique key lets finance open it again.
ALTER TABLE monitoring_round ADD COLUMN closed_by VARCHAR(64) NULL;
ALTER TABLE monitoring_round ADD COLUMN closed_at TIMESTAMP NULL;
ALTER TABLE evaluation_round ADD COLUMN closed_by VARCHAR(64) NULL;
ALTER TABLE evaluation_round ADD COLUMN closed_at TIMESTAMP NULL;
