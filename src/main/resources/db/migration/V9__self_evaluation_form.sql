-- The self-evaluation form: the reason required when budget execution is below 90%, and who saved it last.
ALTER TABLE self_evaluation ADD COLUMN budget_deviation VARCHAR(2000) NULL;
ALTER TABLE self_evaluation ADD COLUMN updated_by VARCHAR(64) NULL;
ALTER TABLE self_evaluation ADD COLUMN updated_at TIMESTAMP NULL;
