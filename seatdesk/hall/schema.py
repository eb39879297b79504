"""The hall's PostgreSQL schema, migrated in order, one transaction per step.

The audit table is append-only twice over: the service's role (`seatdesk_hall`, which the
service switches to on every connection) is granted INSERT and SELECT only, and a trigger
refuses UPDATE, DELETE and TRUNCATE for everyone, the table's owner included.
"""

from __future__ import annotations

from typing import Any

SERVICE_ROLE = "seatdesk_hall"

_V1 = """
CREATE TABLE hall_meta (
    key   text PRIMARY KEY,
    value text NOT NULL
);
CREATE TABLE seats (
    seat_id      text PRIMARY KEY,
    seat_name    text NOT NULL UNIQUE,
    cert_pem     text NOT NULL,
    public_key   bytea NOT NULL,
    enrolled_at  timestamptz NOT NULL DEFAULT now(),
    revoked_at   timestamptz,
    last_contact timestamptz,
    reported_seq bigint NOT NULL DEFAULT 0,
    reported_mac text NOT NULL DEFAULT '',
    flagged_at   timestamptz,
    flag_reason  text NOT NULL DEFAULT ''
);
CREATE TABLE enrol_codes (
    code_hash   text PRIMARY KEY,
    seat_name   text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz,
    used_by     text
);
CREATE TABLE audit (
    seat_id     text NOT NULL REFERENCES seats(seat_id),
    seq         bigint NOT NULL,
    ts          text NOT NULL,
    actor       text NOT NULL,
    seat        text NOT NULL,
    action      text NOT NULL,
    target      text NOT NULL,
    outcome     text NOT NULL,
    detail      text NOT NULL,
    prev        text NOT NULL,
    mac         text NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (seat_id, seq)
);
CREATE TABLE alerts (
    id      bigserial PRIMARY KEY,
    at      timestamptz NOT NULL DEFAULT now(),
    seat_id text REFERENCES seats(seat_id),
    kind    text NOT NULL,
    detail  text NOT NULL DEFAULT ''
);
CREATE TABLE events (
    id      bigserial PRIMARY KEY,
    at      timestamptz NOT NULL DEFAULT now(),
    seat_id text,
    action  text NOT NULL,
    detail  text NOT NULL DEFAULT ''
);
CREATE FUNCTION seatdesk_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the hall audit is append-only (% refused)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit
    FOR EACH ROW EXECUTE FUNCTION seatdesk_append_only();
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit
    FOR EACH STATEMENT EXECUTE FUNCTION seatdesk_append_only();
"""

# v2: what seats send besides their audit (each item once per seat), the hall's own view of
# who is in the hall and of incidents, and the feed that pushes changes to every seat.
_V2 = """
CREATE TABLE seat_items (
    seat_id     text NOT NULL REFERENCES seats(seat_id),
    item_id     bigint NOT NULL,
    kind        text NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (seat_id, item_id)
);
CREATE TABLE visitors_on_floor (
    seat_id      text NOT NULL REFERENCES seats(seat_id),
    ref          text NOT NULL,
    badge        text NOT NULL DEFAULT '',
    host         text NOT NULL DEFAULT '',
    since        text NOT NULL DEFAULT '',
    PRIMARY KEY (seat_id, ref)
);
CREATE TABLE incidents (
    seat_id     text NOT NULL REFERENCES seats(seat_id),
    ref         text NOT NULL,
    reported_at text NOT NULL,
    status      text NOT NULL,
    view        text NOT NULL,
    hall_managed boolean NOT NULL DEFAULT false,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (seat_id, ref)
);
CREATE TABLE watch_list (
    seat_id    text NOT NULL REFERENCES seats(seat_id),
    ref        text NOT NULL,
    kind       text NOT NULL,
    id_hash    text,
    match_key  text,
    shown      text NOT NULL DEFAULT '',
    reason     text NOT NULL DEFAULT '',
    added_by   text NOT NULL DEFAULT '',
    added_at   text NOT NULL DEFAULT '',
    removed_at text,
    PRIMARY KEY (seat_id, ref)
);
CREATE TABLE feed (
    id      bigserial PRIMARY KEY,
    at      timestamptz NOT NULL DEFAULT now(),
    kind    text NOT NULL,
    seat_id text,
    payload text NOT NULL DEFAULT '{}'
);
"""

# v3: syslog out (`forwarder`): how far each stream has reached the collector. Audit rows are keyed
# by seat (position: the seat's seq); alerts by their seat too ('' for none; position: alert id).
_V3 = """
CREATE TABLE syslog_cursor (
    stream     text NOT NULL,
    key        text NOT NULL,
    position   bigint NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (stream, key)
);
"""

# v4: customer change sets (`change_sets`): each seat's X25519 box key (signed by its seat key),
# the hall data key sealed to each seat's box (the hall never holds it in clear), and the change
# sets, sealed under it, uploaded in chunks and given their place in the order (`seq`) only when
# complete.
_V4 = """
CREATE TABLE seat_box_keys (
    seat_id       text PRIMARY KEY REFERENCES seats(seat_id),
    public_key    bytea NOT NULL,
    signature     text NOT NULL,
    registered_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE hdk_boxes (
    seat_id   text PRIMARY KEY REFERENCES seats(seat_id),
    hdk_id    text NOT NULL,
    box       text NOT NULL,
    sealed_by text NOT NULL REFERENCES seats(seat_id),
    sealed_at timestamptz NOT NULL DEFAULT now()
);
CREATE SEQUENCE change_set_seq;
CREATE TABLE change_sets (
    id            bigserial PRIMARY KEY,
    seq           bigint UNIQUE,
    uid           text NOT NULL UNIQUE,
    kind          text NOT NULL,
    publisher     text NOT NULL REFERENCES seats(seat_id),
    manifest      text NOT NULL,
    signature     text NOT NULL,
    chunk_digests text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    completed_at  timestamptz
);
CREATE TABLE change_set_chunks (
    change_set_id bigint NOT NULL REFERENCES change_sets(id),
    n             integer NOT NULL,
    data          bytea NOT NULL,
    PRIMARY KEY (change_set_id, n)
);
"""

# v5: the staff directory (issue 14): accounts with their key material, failed sign-ins counted
# across seats, sessions' tokens, and a log of every change and sign-in (append-only).
_V5 = """
CREATE SEQUENCE staff_version;
CREATE TABLE staff (
    staff_id             text PRIMARY KEY,
    display_name         text NOT NULL,
    role                 text NOT NULL,
    disabled             boolean NOT NULL DEFAULT false,
    must_change_password boolean NOT NULL DEFAULT true,
    version              bigint NOT NULL,
    kdf                  text NOT NULL,
    verifier             text NOT NULL,
    wrapped_private      text NOT NULL,
    public_key           text NOT NULL,
    access               text,
    locked_until         timestamptz,
    created_at           timestamptz NOT NULL,
    created_by           text NOT NULL,
    changed_at           timestamptz NOT NULL
);
CREATE TABLE staff_failures (
    staff_id text NOT NULL,
    at       timestamptz NOT NULL,
    seat_id  text NOT NULL
);
CREATE INDEX staff_failures_by_staff ON staff_failures(staff_id, at);
CREATE TABLE staff_tokens (
    token_hash text PRIMARY KEY,
    staff_id   text NOT NULL,
    seat_id    text NOT NULL,
    expires_at timestamptz NOT NULL
);
CREATE TABLE directory_log (
    id      bigserial PRIMARY KEY,
    at      timestamptz NOT NULL,
    seat_id text NOT NULL,
    actor   text NOT NULL,
    action  text NOT NULL,
    target  text NOT NULL,
    outcome text NOT NULL DEFAULT 'ok',
    detail  text NOT NULL DEFAULT '{}'
);
CREATE TRIGGER directory_log_append_only BEFORE UPDATE OR DELETE ON directory_log
    FOR EACH ROW EXECUTE FUNCTION seatdesk_append_only();
CREATE TRIGGER directory_log_no_truncate BEFORE TRUNCATE ON directory_log
    FOR EACH STATEMENT EXECUTE FUNCTION seatdesk_append_only();
"""

# The hall's first security officer is made with a one-time code of the hall administrator
# (`seatdesk hall officer-code`, on an owner's DSN): the admin at a seat cannot make it alone.
_V6 = """
CREATE TABLE officer_codes (
    code_hash  text PRIMARY KEY,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz,
    used_for   text
);
"""

# v7: approval requests (issue 17): an agent's desk asks the hall for a supervisor (or the
# security officer); whoever may approve sees it at their seat and comes. Only references and
# masked text: never a customer's value, and never a key (the approval is signed at the seat).
_V7 = """
CREATE TABLE approval_requests (
    request_id     text PRIMARY KEY,
    seat_id        text NOT NULL REFERENCES seats(seat_id),
    requester      text NOT NULL,
    requester_name text NOT NULL,
    customer_no    text NOT NULL,
    field          text NOT NULL,
    field_class    text NOT NULL,
    tier           text NOT NULL,
    needs          text NOT NULL,
    reason_code    text NOT NULL,
    reason_note    text NOT NULL DEFAULT '',
    asked_at       timestamptz NOT NULL,
    expires_at     timestamptz NOT NULL,
    status         text NOT NULL DEFAULT 'open',
    taken_by       text NOT NULL DEFAULT '',
    taken_by_name  text NOT NULL DEFAULT '',
    decline_reason text NOT NULL DEFAULT '',
    granted_by     text NOT NULL DEFAULT '',
    closed_at      timestamptz
);
CREATE INDEX approval_requests_open ON approval_requests(status, needs);
"""

# v8: confidentiality training results (issue 18): a hall person's results are the hall's, so a
# pass recorded at one seat opens customer data at every seat. Each result once, by the id the
# seat gave it; only the person, the course, the day, the score and whether it passed.
_V8 = """
CREATE TABLE training_results (
    result_id   text PRIMARY KEY,
    seat_id     text NOT NULL REFERENCES seats(seat_id),
    staff_id    text NOT NULL,
    course      text NOT NULL,
    held_on     date NOT NULL,
    score       integer NOT NULL,
    pass_mark   integer NOT NULL,
    passed      boolean NOT NULL,
    valid_until date,
    source      text NOT NULL,
    recorded_by text NOT NULL,
    recorded_at timestamptz NOT NULL
);
CREATE INDEX training_results_by_person ON training_results(staff_id, course);
"""

# 一类 verification at the hall (issue 15): per (customer, field, mode) the HMAC under the hall's
# pepper (a file in the hall's folder, never in the database) of the tag a seat computes under
# the hall data key; and every attempt, append-only (no value, no tag: who, where, what, outcome).
_V9 = """
CREATE TABLE verify_tags (
    customer_no text NOT NULL,
    field       text NOT NULL,
    mode        text NOT NULL,
    mac         bytea NOT NULL,
    version     integer NOT NULL DEFAULT 1,  -- of the seat's lookup key the tag was made under
    seat_id     text NOT NULL,
    staff_id    text NOT NULL,
    updated_at  timestamptz NOT NULL,
    PRIMARY KEY (customer_no, field, mode)
);
CREATE TABLE verify_attempts (
    id          bigserial PRIMARY KEY,
    at          timestamptz NOT NULL,
    seat_id     text NOT NULL,
    staff_id    text NOT NULL,
    customer_no text NOT NULL,
    field       text NOT NULL,
    mode        text NOT NULL,
    call_id     text NOT NULL,
    outcome     text NOT NULL
);
CREATE INDEX verify_attempts_by_person ON verify_attempts(staff_id, at);
CREATE INDEX verify_attempts_by_call ON verify_attempts(staff_id, customer_no, field, call_id);
CREATE TRIGGER verify_attempts_append_only BEFORE UPDATE OR DELETE ON verify_attempts
    FOR EACH ROW EXECUTE FUNCTION seatdesk_append_only();
CREATE TRIGGER verify_attempts_no_truncate BEFORE TRUNCATE ON verify_attempts
    FOR EACH STATEMENT EXECUTE FUNCTION seatdesk_append_only();
"""

# Compartment keys in the hall's directory (issue 15): per hall generation, the public halves
# and the escrowed private halves (signed record, opaque boxes); each account's boxes (its
# role's private halves sealed to its public key) travel in its signed entry (`staff.boxes`).
_V10 = """
ALTER TABLE staff ADD COLUMN boxes jsonb NOT NULL DEFAULT '{}'::jsonb;
CREATE TABLE compartment_generations (
    generation integer PRIMARY KEY,
    record     jsonb NOT NULL,
    created_at timestamptz NOT NULL,
    created_by text NOT NULL
);
CREATE TABLE compartment_state (
    id           boolean PRIMARY KEY DEFAULT true CHECK (id),
    rotation_due boolean NOT NULL DEFAULT false,
    due_since    timestamptz,
    access_due   boolean NOT NULL DEFAULT false
);
INSERT INTO compartment_state(id) VALUES (true);
-- The hall access key's versions (0: made with the directory): each new key comes with the one
-- before wrapped under it, so a seat whose box is under an older key rewraps it.
CREATE TABLE access_keys (
    version    integer PRIMARY KEY,
    previous   jsonb NOT NULL,
    created_at timestamptz NOT NULL,
    created_by text NOT NULL
);
"""

_GRANTS = f"""
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{SERVICE_ROLE}') THEN
        CREATE ROLE {SERVICE_ROLE} NOLOGIN;
    END IF;
END $$;
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {SERVICE_ROLE};
GRANT SELECT, INSERT, UPDATE ON hall_meta, seats, enrol_codes TO {SERVICE_ROLE};
GRANT SELECT, INSERT ON audit, alerts, events, seat_items, feed TO {SERVICE_ROLE};
GRANT SELECT, INSERT, UPDATE, DELETE ON visitors_on_floor, incidents, watch_list
    TO {SERVICE_ROLE};
GRANT SELECT, INSERT, UPDATE ON syslog_cursor TO {SERVICE_ROLE};
GRANT SELECT, INSERT, UPDATE ON seat_box_keys, hdk_boxes, change_sets TO {SERVICE_ROLE};
GRANT SELECT, INSERT ON change_set_chunks TO {SERVICE_ROLE};
GRANT SELECT, INSERT, UPDATE ON staff TO {SERVICE_ROLE};
GRANT SELECT, INSERT, DELETE ON staff_failures, staff_tokens TO {SERVICE_ROLE};
GRANT SELECT, INSERT ON directory_log TO {SERVICE_ROLE};
GRANT SELECT, UPDATE ON officer_codes TO {SERVICE_ROLE};
GRANT SELECT, INSERT, UPDATE ON approval_requests TO {SERVICE_ROLE};
GRANT SELECT, INSERT ON training_results TO {SERVICE_ROLE};
GRANT SELECT, INSERT, UPDATE ON verify_tags TO {SERVICE_ROLE};
GRANT SELECT, INSERT ON verify_attempts TO {SERVICE_ROLE};
GRANT SELECT, INSERT ON compartment_generations, access_keys TO {SERVICE_ROLE};
GRANT SELECT, UPDATE ON compartment_state TO {SERVICE_ROLE};
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {SERVICE_ROLE};
"""

# The hall's lookup key rotates (a new version) when an account that held it (a searching role)
# is disabled or changes role; other rotations carry it (issue 15).
_V11 = """
ALTER TABLE compartment_state ADD COLUMN index_due boolean NOT NULL DEFAULT false;
"""

MIGRATIONS: tuple[str, ...] = (_V1, _V2, _V3, _V4, _V5, _V6, _V7, _V8, _V9, _V10, _V11)
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: Any) -> int:
    """Bring the hall database to SCHEMA_VERSION (run by `hall init` with an owner's DSN);
    returns the version found. Grants are renewed every time."""
    with conn.transaction():
        conn.execute("CREATE TABLE IF NOT EXISTS hall_schema (version integer NOT NULL)")
        row = conn.execute("SELECT version FROM hall_schema").fetchone()
        found = int(row[0]) if row else 0
        if row is None:
            conn.execute("INSERT INTO hall_schema(version) VALUES (0)")
    if found > SCHEMA_VERSION:
        raise RuntimeError(f"hall schema {found} is newer than this SeatDesk ({SCHEMA_VERSION})")
    for version in range(found, SCHEMA_VERSION):
        with conn.transaction():
            conn.execute(MIGRATIONS[version])
            conn.execute("UPDATE hall_schema SET version = %s", (version + 1,))
    with conn.transaction():
        conn.execute(_GRANTS)
        conn.execute(f"GRANT SELECT ON hall_schema TO {SERVICE_ROLE}")
    return found
