"""The upgrade of a format-1 vault to format 2 (`db.FORMAT`), at the first open by this version.

SQLCipher cannot change a file's page MAC in place, so the vault is copied (`sqlcipher_export`,
under the same data key: the key file and every slot stay as they are), the copy is opened and
compared with the original (every page's MAC, row counts, audit head), and it is put in place the
way a restore or a rekey is (`vault.pending`): a marker naming the rename is written and synced
first, so a crash before it leaves the old vault (the copy is a stray removed at the next
sign-in) and a crash after it is rolled forward at the next sign-in. Either way no committed row
is lost: the copy is taken under an exclusive lock that also keeps every other connection out
until the new file is in place.

Another process holding the vault open (a desk of an older version still running, a second
command) makes the exclusive lock fail: then nothing is copied, the vault opens in format 1 as
it is, and the upgrade is tried again at the next open.
"""

from __future__ import annotations

import json
from pathlib import Path

import sqlcipher3

from seatdesk.core.errors import CheckFailed
from seatdesk.core.files import fsync_file, write_atomically
from seatdesk.vault.copies import PARTIAL, audit_head, counts, export_copy
from seatdesk.vault.db import FORMAT, VaultDb, Verify, connect_keyed, open_db
from seatdesk.vault.pending import finish_pending, marker_path

# How long to wait for the exclusive lock before leaving the upgrade to the next open.
LOCK_WAIT_S = 2.0


def upgraded(db: VaultDb, key: bytes, verify: Verify = "quick") -> VaultDb:
    """`db` itself if it is of the current format, else the vault reopened after its upgrade
    (`upgraded_from` says from which), or reopened as it was if another connection holds it."""
    if db.format >= FORMAT:
        return db
    path, found = db.path, db.format
    db.close()
    conn, _ = connect_keyed(path, key, (found,), timeout=LOCK_WAIT_S)
    old = VaultDb(conn, path, found)
    copy = path.with_name(path.name + f".format{FORMAT}" + PARTIAL)
    marked = False  # once the marker is written, only rolling forward is right
    try:
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")  # kept until this connection closes
        try:
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("COMMIT")
        except sqlcipher3.OperationalError:  # open elsewhere: upgrade at another open
            old.close()
            return open_db(path, key, verify=verify)
        _copy_and_check(old, copy, key)
        fsync_file(copy)
        listed = json.dumps([[str(copy), str(path)]]).encode("utf-8")
        write_atomically(marker_path(path), listed, suffix=".tmp")
        marked = True
        conn.execute("PRAGMA journal_mode = DELETE")  # no WAL left for the close to remove
        finish_pending(path)
    finally:
        old.close()
        if not marked:
            for name in (copy.name, copy.name + "-wal", copy.name + "-shm"):
                copy.with_name(name).unlink(missing_ok=True)
    reopened = open_db(path, key, verify="quick")
    reopened.upgraded_from = found
    return reopened


def _copy_and_check(old: VaultDb, copy: Path, key: bytes) -> None:
    source_counts, head = export_copy(old, copy, key, wal=True)
    new = open_db(copy, key, verify="full")
    try:
        if new.format != FORMAT or counts(new) != source_counts or audit_head(new) != head:
            raise CheckFailed(
                f"the format-{FORMAT} copy differs from the vault (nothing replaced): {old.path}"
            )
    finally:
        new.close()
