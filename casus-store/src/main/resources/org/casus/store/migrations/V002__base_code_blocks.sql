-- casus store, schema version 2: grouping blocks by CAMEO base code (three digits) instead of root
-- code, and a report without a place no longer fits any place. Recomputes every block key and
-- marks every block for grouping; the next ingest groups them again.
UPDATE events SET block_key = regexp_replace(block_key, '^([^|]*)[|][^|]*[|]', '\1|' || base_code || '|');
DELETE FROM group_members;
DELETE FROM event_groups;
DELETE FROM dirty_blocks;
INSERT INTO dirty_blocks SELECT DISTINCT block_key FROM events;
