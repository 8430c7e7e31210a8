-- The console's queries across every gate, answered in SQL: the log newest first (a day, a
-- verdict, a gate) and the dashboard's counts. A pushed passage's `at` is checked to be an
-- integer before it is stored (sync/passage-shape.ts), so these casts cannot fail on insert.
CREATE INDEX records_passage_log ON records (estate_id, ((body ->> 'at')::bigint) DESC, record_id DESC)
  WHERE kind = 'passage';
CREATE INDEX records_passage_gate_log ON records (estate_id, (body ->> 'gateId'), ((body ->> 'at')::bigint) DESC)
  WHERE kind = 'passage';
