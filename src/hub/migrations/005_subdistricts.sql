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
