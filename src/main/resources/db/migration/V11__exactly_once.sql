-- Issue 9 §1: every state change happens once. The engine task a history event decided (approve, return,
-- rectify, submit of a form task, withdraw of the first review step) is kept with the event, and a task is
-- decided at most once: of two requests racing on one task, the second insert fails on this key and its
-- transaction (with its engine work) rolls back. Events that decide no task (催办, 复核, reminders) keep NULL,
-- which both H2 and MariaDB allow any number of times in a unique key.
ALTER TABLE review_event ADD COLUMN task_id VARCHAR(64) NULL;
ALTER TABLE review_event ADD CONSTRAINT uk_review_event_task UNIQUE (task_id);
