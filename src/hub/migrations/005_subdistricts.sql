-- A subdistrict: an `estates` row of kind 'subdistrict' whose devices (manager, office) read every
-- estate that names it in `subdistrict_id`, and push nothing. Only the hub's operator (the one-time
-- setup code) creates one or puts an estate in one (estates/setup-routes.ts, subdistrict-routes.ts).
ALTER TABLE estates ADD COLUMN kind text NOT NULL DEFAULT 'estate'
  CHECK (kind IN ('estate', 'subdistrict'));
-- No foreign key to estates (estate_id): on Citus a key between rows of different estates would
-- cross shards (docs/scale.md); the routes that set it check that it names a subdistrict.
ALTER TABLE estates ADD COLUMN subdistrict_id text;
-- A subdistrict is not in a subdistrict (no nesting: a reader's scope is one level).
ALTER TABLE estates ADD CONSTRAINT estates_subdistrict_flat
  CHECK (kind = 'estate' OR subdistrict_id IS NULL);
-- A subdistrict device's scope: the estates of its subdistrict (auth/scope.ts).
CREATE INDEX estates_by_subdistrict ON estates (subdistrict_id) WHERE subdistrict_id IS NOT NULL;

-- Statistics on the passage fields the console filters and orders by. Without them the planner
-- takes any range of `at` or any verdict or gate to match 0.5% of rows, and reads a subdistrict's
-- log page by a bitmap scan and a sort of the whole day of every estate (~300 ms at 260,000
-- passages) instead of each estate's newest rows in index order (~8 ms; console-routes.ts).
-- Filled by ANALYZE (autovacuum on PostgreSQL).
CREATE STATISTICS records_passage_at ON ((body ->> 'at')::bigint) FROM records;
CREATE STATISTICS records_passage_verdict ON (body ->> 'verdict') FROM records;
CREATE STATISTICS records_passage_gate ON (body ->> 'gateId') FROM records;
