-- 说明 for figures that need one (issue 12 §5 sense checks): a unit reporting 执行数 above 预算数 (an execution
-- rate above 100%) confirms it and says why; the note is kept with the report or self-evaluation and shown to
-- reviewers and in the exports. NULL: not needed, or stored before the check existed.
ALTER TABLE monitoring_report ADD COLUMN execution_note VARCHAR(2000) NULL;
ALTER TABLE self_evaluation ADD COLUMN execution_note VARCHAR(2000) NULL;
