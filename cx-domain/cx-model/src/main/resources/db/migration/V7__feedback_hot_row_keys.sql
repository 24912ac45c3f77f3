-- Feedback rows no longer carry foreign keys to touchpoint and feedback_batch. Every record of a
-- batch references the same batch row and one of a handful of touchpoint rows; PostgreSQL checks a
-- foreign key by share-locking the referenced row once per inserted row, and these repeated locks
-- on a few hot rows cost 60 % of a 10,000-record insert (measured 93 ms without, 245 ms with them;
-- docs/PERFORMANCE.md). Both references stay sound without the check: the only writer
-- (FeedbackStore) takes the touchpoint id from the touchpoint table and the batch id from the batch
-- it has just written in the same transaction, and neither table ever deletes a row (touchpoints
-- are deactivated, batches are the audit trail). The key to attribution (many distinct rows) stays.
ALTER TABLE feedback DROP CONSTRAINT fk_feedback_touchpoint;
ALTER TABLE feedback DROP CONSTRAINT fk_feedback_batch;
