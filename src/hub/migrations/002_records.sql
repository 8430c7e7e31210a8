-- What devices push: every record an immutable change, kept once per (estate, kind, id), with
-- the estate's revision it was committed under (pull reads them in that order).

CREATE TABLE records (
  estate_id text NOT NULL REFERENCES estates (estate_id),
  kind text NOT NULL,
  record_id text NOT NULL,
  -- The hub device that pushed it (from its verified key, never from the body).
  device_id text NOT NULL,
  revision bigint NOT NULL,
  body jsonb NOT NULL,
  received_ms bigint NOT NULL,
  PRIMARY KEY (estate_id, kind, record_id)
);
-- Pull: the estate's changes after a cursor, in revision order. Unique: one record per revision.
CREATE UNIQUE INDEX records_by_revision ON records (estate_id, revision);
-- The chain check finds a passage's predecessor by the recording tablet and the link's place.
CREATE INDEX records_passage_chain ON records (estate_id, (body ->> 'deviceId'), (body -> 'chain' ->> 'seq'))
  WHERE kind = 'passage';

-- A resend whose body differs from the stored record: kept aside, never over the record.
-- Keyed by the body's digest, so the same differing resend is kept once.
CREATE TABLE conflicts (
  estate_id text NOT NULL REFERENCES estates (estate_id),
  kind text NOT NULL,
  record_id text NOT NULL,
  body_md5 text NOT NULL,
  device_id text NOT NULL,
  body jsonb NOT NULL,
  received_ms bigint NOT NULL,
  PRIMARY KEY (estate_id, kind, record_id, body_md5)
);

-- A pushed passage whose hash-chain link does not hold: stored, not refused, and named here.
CREATE TABLE chain_breaks (
  estate_id text NOT NULL REFERENCES estates (estate_id),
  record_id text NOT NULL,
  -- The tablet whose chain it is (the passage's own deviceId) and the link's place.
  chain_device text NOT NULL,
  seq bigint,
  problem text NOT NULL,
  noted_ms bigint NOT NULL,
  PRIMARY KEY (estate_id, record_id)
);
