-- The console's flags across every gate (GET /api/flags), newest first, by time and by gate.
-- A flag is mutable and merged field by field, so a push may name only some of its fields: its
-- time is read by a function that never fails (0 when the flag has no integer `at`), so an
-- index on it cannot make a push fail.
CREATE FUNCTION hub_at_ms(body jsonb) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN body ->> 'at' ~ '^[0-9]{1,15}$' THEN (body ->> 'at')::bigint ELSE 0 END
$$;
CREATE INDEX records_flag_log ON records (estate_id, hub_at_ms(body) DESC, record_id DESC)
  WHERE kind = 'flag';
CREATE INDEX records_flag_gate_log ON records (estate_id, (body ->> 'gateId'), hub_at_ms(body) DESC, record_id DESC)
  WHERE kind = 'flag';

-- Retention (src/hub/retention.ts): only the passages still holding personal data, by the time
-- their period began: their own `at`, or a day after the hub received them when stamped later
-- than that (a tablet clock set ahead must not keep personal data until its date). Anonymised
-- passages leave the index, so an hourly run reads only what it may still have to clear.
CREATE INDEX records_passage_personal
  ON records (estate_id, (LEAST((body ->> 'at')::bigint, received_ms + 86400000)))
  WHERE kind = 'passage'
    AND (body ->> 'personId' IS NOT NULL OR body ->> 'codeHash' IS NOT NULL OR body ->> 'who' IS NOT NULL);

-- The log filtered by gate: migration 003's index ordered a gate's passages by time only, so a
-- page had to read and sort every passage of the gate in the range (a day: thousands of rows at
-- 1M passages) to break ties by id. With the id in the key the scan stops at the page's end.
DROP INDEX records_passage_gate_log;
CREATE INDEX records_passage_gate_log ON records (estate_id, (body ->> 'gateId'), ((body ->> 'at')::bigint) DESC, record_id DESC)
  WHERE kind = 'passage';
