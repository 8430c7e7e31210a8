-- Estates, their devices, enrolment tokens and the hub's audit trail.
-- Tenancy: every primary and unique key starts with estate_id (docs/scale.md), so each table
-- can be distributed by it unchanged. Times are milliseconds since the epoch, as the app keeps them.

CREATE TABLE estates (
  estate_id text PRIMARY KEY,
  name text NOT NULL,
  created_ms bigint NOT NULL,
  -- The estate's change counter: every pushed record takes the next revision under this row's
  -- lock (SELECT ... FOR UPDATE), so revisions commit in order and a cursor never skips one.
  revision bigint NOT NULL DEFAULT 0
);

CREATE TABLE devices (
  estate_id text NOT NULL REFERENCES estates (estate_id),
  device_id text NOT NULL,
  role text NOT NULL CHECK (role IN ('manager', 'office', 'gate')),
  -- Whom or what the device is: the manager's name, the gate's name, the office PC.
  label text NOT NULL,
  gate_name text,
  public_key jsonb NOT NULL,
  created_ms bigint NOT NULL,
  revoked_ms bigint,
  PRIMARY KEY (estate_id, device_id)
);

CREATE TABLE enrolment_tokens (
  estate_id text NOT NULL REFERENCES estates (estate_id),
  -- SHA-256 of the token: the token itself is shown once and never stored.
  token_hash text NOT NULL,
  role text NOT NULL CHECK (role IN ('manager', 'office', 'gate')),
  gate_name text,
  created_by text NOT NULL,
  created_ms bigint NOT NULL,
  expires_ms bigint NOT NULL,
  used_ms bigint,
  used_by text,
  PRIMARY KEY (estate_id, token_hash)
);
-- A token is presented without its estate: found by its hash (not unique across estates).
CREATE INDEX enrolment_tokens_by_hash ON enrolment_tokens (token_hash);

CREATE TABLE hub_audit (
  estate_id text NOT NULL REFERENCES estates (estate_id),
  audit_id text NOT NULL,
  at_ms bigint NOT NULL,
  -- The device that acted, or 'setup' for the estate's creation.
  actor text NOT NULL,
  action text NOT NULL,
  detail jsonb NOT NULL DEFAULT '{}'::jsonb,
  PRIMARY KEY (estate_id, audit_id)
);
CREATE INDEX hub_audit_by_time ON hub_audit (estate_id, at_ms);
