"""Copies of a vault under another key (sqlcipher_export): backups, restores, rekeys and the
upgrade to format 2. A copy is always written in the current format (`db.FORMAT`); a copy is
read in either (a backup made before format 2 is of format 1)."""

from __future__ import annotations

from pathlib import Path

import sqlcipher3

from seatdesk.core.errors import VaultUnreadable
from seatdesk.vault.db import APPLICATION_ID, VaultDb, connect_keyed, key_attached, open_db

PARTIAL = ".partial"  # every file being written is named so until it is complete


def _key_literal(key: bytes) -> str:
    if len(key) != 32:
        raise ValueError("keys are 32 bytes")
    return f"x'{key.hex()}'"


def export_copy(
    db: VaultDb, dest: Path, key: bytes, *, wal: bool
) -> tuple[dict[str, int], tuple[int, str]]:
    """Write the whole vault to a new file `dest` encrypted with `key`, holding the write lock so
    that nothing changes under the copy; returns the source's row counts and audit head as they
    were copied."""
    if dest.exists():
        dest.unlink()
    version = int(db.scalar("PRAGMA user_version"))
    path = str(dest).replace("'", "''")
    db.execute(f"ATTACH DATABASE '{path}' AS copy KEY \"{_key_literal(key)}\"")
    try:
        key_attached(db, "copy")
        with db.transaction():
            db.scalar("SELECT sqlcipher_export('copy')")
            source_counts = counts(db)
            head = audit_head(db)
        db.execute(f"PRAGMA copy.user_version = {version}")
        db.execute(f"PRAGMA copy.application_id = {APPLICATION_ID}")
        if wal:
            db.execute("PRAGMA copy.journal_mode = WAL")
    finally:
        db.execute("DETACH DATABASE copy")
    return source_counts, head


def audit_head(db: VaultDb) -> tuple[int, str]:
    rows = db.execute("SELECT seq, mac FROM main.audit ORDER BY seq DESC LIMIT 1")
    return (int(rows[0][0]), str(rows[0][1])) if rows else (0, "")


def open_copy(path: Path, key: bytes) -> VaultDb:
    """Open a copy written by `export_copy` (a backup's inner file need not be in WAL mode)."""
    try:
        conn, file_format = connect_keyed(path, key)
    except VaultUnreadable:
        raise VaultUnreadable(f"the copy cannot be read with its key: {path}") from None
    db = VaultDb(conn, path, file_format)
    try:
        conn.execute("PRAGMA temp_store = MEMORY")
        if db.scalar("PRAGMA application_id") != APPLICATION_ID:
            raise VaultUnreadable(f"not a SeatDesk vault copy: {path}")
        if db.execute("PRAGMA cipher_integrity_check"):
            raise VaultUnreadable(f"the copy is damaged: {path}")
    except sqlcipher3.DatabaseError:
        conn.close()
        raise VaultUnreadable(f"the copy cannot be read with its key: {path}") from None
    except BaseException:
        conn.close()
        raise
    return db


def counts(db: VaultDb) -> dict[str, int]:
    """Row counts of the tables that matter, to compare a copy with its source."""
    names = [
        str(r[0])
        for r in db.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    return {name: int(db.scalar(f'SELECT count(*) FROM main."{name}"')) for name in names}


__all__ = ["PARTIAL", "audit_head", "counts", "export_copy", "open_copy", "open_db"]
