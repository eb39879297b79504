"""Schema migrations, applied in order on `PRAGMA user_version`.

A migration runs inside one transaction together with the version bump, so a crash leaves the
vault at the old or the new version, never between.
"""

from __future__ import annotations

from seatdesk.core.errors import VaultUnreadable
from seatdesk.vault.db import VaultDb

# A customer's phones as `records.phone_column` writes them, made from the index (v11).
PHONES_FROM_INDEX = (
    "coalesce((SELECT group_concat(substr(p.kind, 1, 1) || p.number, ',' "
    "ORDER BY p.kind, p.number) FROM customer_phones p WHERE p.customer_id = customers.id), '')"
)

_V1 = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE staff (
    staff_id             TEXT PRIMARY KEY,
    display_name         TEXT NOT NULL,
    role                 TEXT NOT NULL,
    disabled             INTEGER NOT NULL DEFAULT 0,
    must_change_password INTEGER NOT NULL DEFAULT 0,
    created_at           TEXT NOT NULL,
    created_by           TEXT NOT NULL,
    last_login           TEXT
);
CREATE TABLE import_batches (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    rows      INTEGER NOT NULL,
    encoding  TEXT NOT NULL,
    sha256    TEXT NOT NULL
);
CREATE TABLE customers (
    id            INTEGER PRIMARY KEY,
    customer_no   TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    gender        TEXT NOT NULL DEFAULT '',
    birth_date    TEXT,
    id_type       TEXT NOT NULL DEFAULT '',
    id_number     TEXT,
    email         TEXT,
    address       TEXT,
    bank_card     TEXT,
    segment       TEXT NOT NULL DEFAULT '',
    tier          TEXT NOT NULL,
    tier_expires  TEXT,
    consent       TEXT NOT NULL DEFAULT '',
    consent_date  TEXT,
    retain_until  TEXT,
    notes         TEXT,
    import_batch  INTEGER REFERENCES import_batches(id),
    created_at    TEXT NOT NULL
);
CREATE TABLE customer_phones (
    number      TEXT NOT NULL,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('mobile', 'landline')),
    PRIMARY KEY (number, customer_id)
) WITHOUT ROWID;
CREATE INDEX customer_phones_by_customer ON customer_phones(customer_id);
CREATE TABLE audit (
    seq     INTEGER PRIMARY KEY,
    ts      TEXT NOT NULL,
    actor   TEXT NOT NULL,
    seat    TEXT NOT NULL,
    action  TEXT NOT NULL,
    target  TEXT NOT NULL,
    outcome TEXT NOT NULL,
    detail  TEXT NOT NULL,
    prev    TEXT NOT NULL,
    mac     TEXT NOT NULL
);
CREATE INDEX audit_by_target ON audit(target, ts);
"""

# v2: the confidentiality-agreement acknowledgement, interaction history, audit by actor.
_V2 = """
ALTER TABLE staff ADD COLUMN agreement_ack_at TEXT;
ALTER TABLE staff ADD COLUMN agreement_sha256 TEXT;
CREATE TABLE interactions (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    at          TEXT NOT NULL,
    staff_id    TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('call', 'complaint', 'note')),
    summary     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX interactions_by_customer ON interactions(customer_id, at);
CREATE INDEX audit_by_actor ON audit(actor, action, ts);
"""

# v3: data lifecycle (consent withdrawal, tier changes, retention), access reviews, name search.
_V3 = """
ALTER TABLE customers ADD COLUMN consent_withdrawn_at TEXT;
ALTER TABLE customers ADD COLUMN tier_changed_at TEXT;
CREATE INDEX customers_by_retain ON customers(retain_until);
CREATE INDEX customers_by_tier_expiry ON customers(tier_expires);
CREATE INDEX customers_by_name ON customers(name);
CREATE TABLE access_reviews (
    id       INTEGER PRIMARY KEY,
    at       TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    sha256   TEXT NOT NULL,
    note     TEXT NOT NULL DEFAULT ''
);
"""

# v4: the visitor register (外来人员登记) and its watch list. Identity and mobile numbers are stored
# here like customer data and leave only masked; `id_hash` is a keyed hash (its key is in `meta`)
# so that the watch list and "already in the hall" find a number without storing it again. One
# badge can be worn by one visitor in the hall at a time.
_V4 = """
CREATE TABLE visitors (
    id                 INTEGER PRIMARY KEY,
    status             TEXT NOT NULL
                       CHECK (status IN ('expected', 'on_floor', 'signed_out', 'cancelled')),
    name               TEXT NOT NULL,
    id_type            TEXT NOT NULL,
    id_number          TEXT,
    id_hash            TEXT,
    mobile             TEXT,
    organisation       TEXT NOT NULL DEFAULT '',
    purpose            TEXT NOT NULL DEFAULT '',
    host               TEXT NOT NULL,
    approver           TEXT NOT NULL,
    approval_ref       TEXT NOT NULL,
    approved_at        TEXT NOT NULL,
    expected_date      TEXT,
    badge              TEXT,
    escort             TEXT NOT NULL DEFAULT '',
    devices            TEXT NOT NULL DEFAULT '',
    devices_held       TEXT NOT NULL DEFAULT '',
    expected_departure TEXT,
    notice_method      TEXT CHECK (notice_method IN ('typed', 'paper')),
    notice_form_no     TEXT,
    notice_sha256      TEXT,
    watch_override_by  TEXT,
    registered_at      TEXT NOT NULL,
    registered_by      TEXT NOT NULL,
    checked_in_at      TEXT,
    checked_in_by      TEXT,
    signed_out_at      TEXT,
    signed_out_by      TEXT,
    badge_returned     INTEGER,
    forced_sign_out    INTEGER NOT NULL DEFAULT 0,
    anonymised_at      TEXT
);
CREATE UNIQUE INDEX visitors_badge_in_hall ON visitors(badge) WHERE status = 'on_floor';
CREATE INDEX visitors_by_status ON visitors(status, checked_in_at);
CREATE INDEX visitors_by_expected_date ON visitors(expected_date, status);
CREATE INDEX visitors_by_id_hash ON visitors(id_hash);
CREATE INDEX visitors_by_registered ON visitors(registered_at);
CREATE TABLE visitor_watch (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('id_number', 'name_org')),
    id_hash       TEXT,
    id_masked     TEXT,
    name          TEXT,
    organisation  TEXT,
    match_key     TEXT,
    reason        TEXT NOT NULL,
    added_at      TEXT NOT NULL,
    added_by      TEXT NOT NULL,
    removed_at    TEXT,
    removed_by    TEXT,
    CHECK ((kind = 'id_number' AND id_hash IS NOT NULL)
        OR (kind = 'name_org' AND match_key IS NOT NULL))
);
CREATE INDEX visitor_watch_by_hash ON visitor_watch(id_hash);
CREATE INDEX visitor_watch_by_key ON visitor_watch(match_key)
"""

# v5: incidents (suspected leaks) with their evidence, steps and affected customers.
_V5 = """
CREATE TABLE incidents (
    id          INTEGER PRIMARY KEY,
    ref         TEXT NOT NULL UNIQUE,
    reported_at TEXT NOT NULL,
    reporter    TEXT NOT NULL,
    anonymous   INTEGER NOT NULL DEFAULT 0,
    seat        TEXT NOT NULL,
    app_version TEXT NOT NULL,
    category    TEXT NOT NULL,
    description TEXT NOT NULL,
    severity    TEXT,
    status      TEXT NOT NULL,
    call_masked TEXT,
    anchor_seq  INTEGER NOT NULL,
    anchor      TEXT NOT NULL,
    evidence    TEXT NOT NULL,
    containment TEXT NOT NULL DEFAULT '{}',
    checklist   TEXT NOT NULL DEFAULT '{}',
    finding     TEXT,
    outcome     TEXT,
    closed_at   TEXT
);
CREATE TABLE incident_steps (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id),
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    status      TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT ''
);
CREATE TABLE incident_customers (
    incident_id INTEGER NOT NULL REFERENCES incidents(id),
    customer_no TEXT NOT NULL,
    masked_name TEXT NOT NULL,
    PRIMARY KEY (incident_id, customer_no)
);
"""

# v6: the hall link's outbox (incidents and visitor events leave the seat in order, at least
# once; the audit table is its own queue, up to the sequence the hall acknowledged).
_V6 = """
CREATE TABLE outbox (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL,
    ref        TEXT NOT NULL DEFAULT '',
    payload    TEXT NOT NULL,
    created_at TEXT NOT NULL,
    sent_at    TEXT
);
CREATE INDEX outbox_unsent ON outbox(id) WHERE sent_at IS NULL;
"""

# v7: the hall's watch list as last fetched (hashed under the hall's watch key), so a person
# listed at any seat of the hall is found at this door, offline too.
_V7 = """
CREATE TABLE hall_watch (
    ref       TEXT PRIMARY KEY,
    seat_id   TEXT NOT NULL,
    kind      TEXT NOT NULL,
    id_hash   TEXT,
    match_key TEXT,
    shown     TEXT NOT NULL DEFAULT '',
    reason    TEXT NOT NULL DEFAULT '',
    added_by  TEXT NOT NULL DEFAULT '',
    added_at  TEXT NOT NULL DEFAULT ''
);
"""

# v8: a counter of changes to customer rows, so that an import can compare without the write lock
# and, holding it, check that nothing it compared against has changed since (records.importer).
# Every update or delete of a customer or phone row bumps it (triggers: no write path can forget);
# an inserted customer raises max(id) instead, which is checked with it (a trigger on every
# insert would cost a bulk load of a million a million updates of this row); phones are only
# inserted with their customer or by an import's phone replacement, which bumps it itself.
_CUSTOMER_COLUMNS = (
    "customer_no, name, gender, birth_date, id_type, id_number, email, address, bank_card, "
    "segment, tier, tier_expires, consent, consent_date, retain_until, notes, import_batch, "
    "created_at, consent_withdrawn_at, tier_changed_at"
)
_V8 = f"""
CREATE TABLE customers_version (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    n  INTEGER NOT NULL
);
INSERT INTO customers_version(id, n) VALUES (1, 0);
CREATE TRIGGER customers_updated AFTER UPDATE OF id, {_CUSTOMER_COLUMNS} ON customers
BEGIN UPDATE customers_version SET n = n + 1; END;
CREATE TRIGGER customers_deleted AFTER DELETE ON customers
BEGIN UPDATE customers_version SET n = n + 1; END;
CREATE TRIGGER customer_phones_updated AFTER UPDATE ON customer_phones
BEGIN UPDATE customers_version SET n = n + 1; END;
CREATE TRIGGER customer_phones_deleted AFTER DELETE ON customer_phones
BEGIN UPDATE customers_version SET n = n + 1; END
"""

# v9: each customer's row hash (records.customers.row_hash: HMAC under a key derived from the
# vault's audit root, so a keyed hash, stored in the vault like the row), of the file row last
# imported into it. Any other write to an imported column makes it stale: the trigger clears it,
# and the next import compares that record whole (and stores the hash again). Phones are only
# written by imports (and deleted with their customer).
_IMPORTED_COLUMNS = (
    "customer_no, name, gender, birth_date, id_type, id_number, email, address, bank_card, "
    "segment, tier, tier_expires, consent, consent_date, retain_until, notes"
)
IMPORT_HASH_TRIGGER = f"""
CREATE TRIGGER customers_import_hash_stale AFTER UPDATE OF {_IMPORTED_COLUMNS} ON customers
WHEN OLD.import_hash IS NOT NULL AND NEW.import_hash IS OLD.import_hash
BEGIN UPDATE customers SET import_hash = NULL WHERE id = NEW.id; END
"""
_V9 = "ALTER TABLE customers ADD COLUMN import_hash BLOB;" + IMPORT_HASH_TRIGGER

# v10: compartments (DESIGN §3 "What a password opens"). The protected columns of a customer hold
# sealed values (vault.value_seal: AES-256-GCM under a write's key, itself sealed to the key of
# the value's compartment in `seal_keys`); `masks` the masked forms computed at import (JSON, with
# the digest of the masking rules), `name_mask` the masked name for search, `verifiers` the keyed
# verifiers of values a person may check without opening them. Rows written before v10 are sealed
# by the first session that opens the vault (services.compartment_upkeep).
_V10 = """
ALTER TABLE customers ADD COLUMN masks TEXT;
ALTER TABLE customers ADD COLUMN name_mask TEXT;
ALTER TABLE customers ADD COLUMN verifiers BLOB;
DROP INDEX customers_by_name;
CREATE INDEX customers_by_name ON customers(name_mask, id);
CREATE TABLE seal_keys (
    id          INTEGER PRIMARY KEY,
    compartment TEXT NOT NULL,
    generation  INTEGER NOT NULL,
    box         TEXT NOT NULL
)
"""

# v11 (vault format 2, see `vault.db.FORMAT`): each customer's phones in its row as well as in
# the index (records.phone_column), so that showing a customer reads its row alone.
_V11 = f"""
ALTER TABLE customers ADD COLUMN phones TEXT NOT NULL DEFAULT '';
UPDATE customers SET phones = {PHONES_FROM_INDEX}
"""

# v12, the call's wrap-up (issue 17): a call's interaction names its call; the wrap-up is the call's
# reason and outcome codes, a masked note and a follow-up date, or (for a caller never
# identified, customer_id NULL) why not.
_V12 = """
ALTER TABLE interactions ADD COLUMN call_id TEXT;
CREATE UNIQUE INDEX interactions_by_call ON interactions(call_id) WHERE call_id IS NOT NULL;
CREATE TABLE call_wrap_ups (
    call_id     TEXT PRIMARY KEY,
    customer_id INTEGER REFERENCES customers(id) ON DELETE CASCADE,
    started_at  TEXT NOT NULL,
    at          TEXT NOT NULL,
    staff_id    TEXT NOT NULL,
    reason      TEXT NOT NULL,
    outcome     TEXT,
    note        TEXT NOT NULL DEFAULT '',
    follow_up   TEXT
);
CREATE INDEX wrap_ups_by_follow_up ON call_wrap_ups(staff_id, follow_up)
    WHERE follow_up IS NOT NULL
"""

# v13, the register of personal-information protection impact assessments (个人信息保护影响评估,
# PIPL Art. 55-56; issue 18): one row per assessment, its texts masked like every typed text.
# Kept at least three years (Art. 56): `keep_until` is the assessment's date plus three years,
# and a trigger refuses deleting a row before it (on the computer's own date: a backstop under
# whatever deletes, which the services never do before `keep_until` by the injected clock).
_V13 = """
CREATE TABLE impact_assessments (
    id            INTEGER PRIMARY KEY,
    ref           TEXT NOT NULL UNIQUE,
    assessed_on   TEXT NOT NULL,
    scope         TEXT NOT NULL,
    trigger_code  TEXT NOT NULL,
    result        TEXT NOT NULL,
    measures      TEXT NOT NULL DEFAULT '',
    reviewer      TEXT NOT NULL,
    next_review   TEXT NOT NULL,
    attachment    TEXT,
    recorded_at   TEXT NOT NULL,
    recorded_by   TEXT NOT NULL,
    keep_until    TEXT NOT NULL
);
CREATE INDEX impact_assessments_by_review ON impact_assessments(next_review);
CREATE TRIGGER impact_assessments_kept BEFORE DELETE ON impact_assessments
WHEN OLD.keep_until > date('now')
BEGIN SELECT RAISE(ABORT, 'impact assessments are kept at least three years (PIPL Art. 56)'); END
"""

# v14, confidentiality training (issue 18): a training session (a course held on a day by a
# trainer, the trainer's name masked as typed text; or a person's own assessment at the desk, or
# an import from a centre's learning system) and each person's result in it, with the pass mark
# in force and the day the pass stays valid until.
_V14 = """
CREATE TABLE training_sessions (
    id          INTEGER PRIMARY KEY,
    course      TEXT NOT NULL,
    held_on     TEXT NOT NULL,
    trainer     TEXT NOT NULL DEFAULT '',
    source      TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE TABLE training_results (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER NOT NULL REFERENCES training_sessions(id),
    staff_id    TEXT NOT NULL REFERENCES staff(staff_id),
    course      TEXT NOT NULL,
    held_on     TEXT NOT NULL,
    score       INTEGER NOT NULL,
    pass_mark   INTEGER NOT NULL,
    passed      INTEGER NOT NULL,
    valid_until TEXT,
    UNIQUE (staff_id, course, held_on, session_id)
);
CREATE INDEX training_by_person ON training_results(staff_id, course, passed, held_on)
"""

# v15, reporting under the 2025 rules (issue 18): the reports filed on an incident (initial,
# supplements, closure; their fields masked, the SHA-256 of the PDF last made of each) and the
# gradings from the number of people affected (an override's reason masked). Both are kept at
# the seat that files them, by the incident's reference (the incident may be the hall's).
_V15 = """
CREATE TABLE incident_reports (
    id          INTEGER PRIMARY KEY,
    ref         TEXT NOT NULL,
    n           INTEGER NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('initial', 'supplement', 'closure')),
    filed_at    TEXT NOT NULL,
    filed_by    TEXT NOT NULL,
    language    TEXT NOT NULL,
    form        TEXT NOT NULL,
    occurred_at TEXT,
    pdf_sha256  TEXT,
    UNIQUE (ref, n)
);
CREATE TABLE incident_ratings (
    id          INTEGER PRIMARY KEY,
    ref         TEXT NOT NULL,
    at          TEXT NOT NULL,
    rated_by    TEXT NOT NULL,
    people      INTEGER NOT NULL,
    suggested   TEXT NOT NULL,
    severity    TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX incident_ratings_by_ref ON incident_ratings(ref, id)
"""

# v16, the partner register (issue 18): outside units' confidentiality agreements. An agreement
# ended early keeps its row (expired_at, by whom and why); attachments are recorded by hash only.
_V16 = """
CREATE TABLE partners (
    id             INTEGER PRIMARY KEY,
    partner_name   TEXT NOT NULL,
    agreement_no   TEXT NOT NULL UNIQUE,
    signed_on      TEXT NOT NULL,
    expires_on     TEXT NOT NULL,
    purposes       TEXT NOT NULL,
    classes        TEXT NOT NULL,
    contact        TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    expired_at     TEXT,
    expired_by     TEXT,
    expired_reason TEXT,
    CHECK (signed_on <= expires_on)
);
CREATE TABLE partner_attachments (
    partner_id INTEGER NOT NULL REFERENCES partners(id),
    file_name  TEXT NOT NULL,
    sha256     TEXT NOT NULL,
    size       INTEGER NOT NULL,
    PRIMARY KEY (partner_id, sha256)
)
"""

# v17, the phone index under the lookup key (issue 15, records.phone_index): the customers whose
# phones a writer without the lookup key sealed but could not index, until a holder's sign-in
# indexes them. The index's numbers become keyed hashes at the first holder's sign-in
# (services.index_upkeep), as v10's rows were sealed by the first session.
_V17 = """
CREATE TABLE index_pending (
    customer_id INTEGER PRIMARY KEY REFERENCES customers(id) ON DELETE CASCADE
)
"""

# v18, training results through the hall (issue 18): on a seat enrolled with a hall, the hall's
# results of its people as the seat last fetched them (at sign-in, and when the officer opens the
# register): a pass recorded at another seat counts here, offline too. No staff foreign key: the
# person may never have signed in at this seat.
_V18 = """
CREATE TABLE hall_training_results (
    result_id    TEXT PRIMARY KEY,
    staff_id     TEXT NOT NULL,
    display_name TEXT NOT NULL,
    role         TEXT NOT NULL,
    course       TEXT NOT NULL,
    held_on      TEXT NOT NULL,
    score        INTEGER NOT NULL,
    pass_mark    INTEGER NOT NULL,
    passed       INTEGER NOT NULL,
    valid_until  TEXT,
    fetched_at   TEXT NOT NULL
);
CREATE INDEX hall_training_by_person ON hall_training_results(staff_id, course, passed, held_on)
"""

# 一类 verification at the hall (issue 15): customers a change set of another seat wrote here,
# whose tags its publisher gave the hall; their 一类 verifiers are zeroed here as soon as they are
# keyed (services.hall_verify).
_V19 = """
CREATE TABLE hall_tags_elsewhere (
    customer_no TEXT PRIMARY KEY
)
"""

# v20: the gate's rate check (`AuditLog.count_since`: a person's searches or views in the last
# minute, refusals aside) counted from the index alone, without reading each entry's row for
# its outcome (issue 15's pop cost: a pop runs it twice).
_V20 = """
DROP INDEX audit_by_actor;
CREATE INDEX audit_by_actor ON audit(actor, action, ts, outcome);
"""

MIGRATIONS: tuple[str, ...] = (
    *(_V1, _V2, _V3, _V4, _V5, _V6, _V7, _V8, _V9, _V10),
    *(_V11, _V12, _V13, _V14, _V15, _V16, _V17, _V18, _V19, _V20),
)
SCHEMA_VERSION = len(MIGRATIONS)


def _statements(script: str) -> list[str]:
    """The statements of a script; a trigger's body (BEGIN … END) stays in its statement."""
    statements: list[str] = []
    pending: list[str] = []
    for part in script.split(";"):
        pending.append(part)
        text = ";".join(pending).strip()
        if "CREATE TRIGGER" in text.upper() and not text.upper().endswith("END"):
            continue  # inside a trigger's body
        if text:
            statements.append(text)
        pending = []
    return statements


def migrate(db: VaultDb) -> int:
    """Bring the vault to SCHEMA_VERSION; returns the version found before migrating."""
    found = int(db.scalar("PRAGMA user_version"))
    if found > SCHEMA_VERSION:
        raise VaultUnreadable(
            f"vault schema version {found} is newer than this SeatDesk ({SCHEMA_VERSION}): "
            "upgrade SeatDesk"
        )
    for version in range(found, SCHEMA_VERSION):
        with db.transaction():
            for statement in _statements(MIGRATIONS[version]):
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {version + 1}")
    return found


def set_meta(db: VaultDb, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO meta(key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def get_meta(db: VaultDb, key: str) -> str | None:
    value = db.scalar("SELECT value FROM meta WHERE key = ?", (key,))
    return None if value is None else str(value)
