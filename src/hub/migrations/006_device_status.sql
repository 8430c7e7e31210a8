-- The console's device board: when each device last reported, and what it said (records
-- waiting, app version, storage used, whether a volunteer is on duty). One row per device
-- already exists: the columns are added to it (its key is unchanged).
ALTER TABLE devices ADD COLUMN last_seen_ms bigint;
ALTER TABLE devices ADD COLUMN status jsonb;
