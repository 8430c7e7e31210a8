-- Mutable records merged by field (sync/merge.ts): what lost is kept aside with the field it
-- was in (null: the whole resend) and the rule that decided it. Rows from before: whole resends.
ALTER TABLE conflicts ADD COLUMN field text;
ALTER TABLE conflicts ADD COLUMN rule text NOT NULL DEFAULT 'immutable';

-- A flag's first resolution wins: a pushed resolution looks for an earlier one of its flag.
CREATE INDEX records_resolution_flag ON records (estate_id, (body ->> 'flagId'))
  WHERE kind = 'resolution';
