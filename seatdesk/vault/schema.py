"""Schema migrations, applied in order on `PRAGMA user_version`.

A migration runs inside one transaction together with the version bump, so a crash leaves the
vault at the old or the new version, never between.
"""

from __future__ import annotations

from seatdesk.core.errors import VaultUnreadable
from seatdesk.vault.db import VaultDb

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

MIGRATIONS: tuple[str, ...] = (_V1, _V2, _V3)
SCHEMA_VERSION = len(MIGRATIONS)


def _statements(script: str) -> list[str]:
    return [part.strip() for part in script.split(";") if part.strip()]


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
