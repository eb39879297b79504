"""A bare vault with compartment keys, for tests of the row modules: a fresh sealer for each
write (as an import makes one), and an opener holding every compartment (a custodian's)."""

from __future__ import annotations

import secrets
import weakref
from pathlib import Path

from seatdesk.app import load_default_policy
from seatdesk.policy.model import Policy
from seatdesk.records.sealed_rows import SEALED_COLUMNS, RowSealer
from seatdesk.services.compartment_upkeep import row_sealer
from seatdesk.vault.compartment_keys import new_generation, open_escrows
from seatdesk.vault.db import VaultDb, open_db
from seatdesk.vault.keyslots import KeyFile
from seatdesk.vault.schema import migrate, set_meta
from seatdesk.vault.value_seal import ValueOpener

_OPENERS: weakref.WeakKeyDictionary[VaultDb, ValueOpener] = weakref.WeakKeyDictionary()


def sealed_db(
    path: Path, policy: Policy | None = None, key: bytes = bytes(range(32))
) -> tuple[VaultDb, RowSealer, ValueOpener]:
    policy = policy or load_default_policy()
    db = open_db(path, key, create=True)
    migrate(db)
    keyfile = KeyFile.create(path.with_suffix(".keys"), "test-vault", "none")
    with db.transaction():
        set_meta(db, "vault_id", "test-vault")
        set_meta(db, "audit_root", secrets.token_bytes(32).hex())
        generation = new_generation(keyfile, db, policy, {})
    held = open_escrows(keyfile, [(generation.escrow_name, generation.escrow)])
    opener = ValueOpener(db, "test-vault", held)
    _OPENERS[db] = opener
    return db, row_sealer(db, policy), opener


def sealer_of(db: VaultDb) -> RowSealer:
    return row_sealer(db, load_default_policy())


def opener_of(db: VaultDb) -> ValueOpener:
    return _OPENERS[db]


def opened(db: VaultDb, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """The rows of `sql` (over customers, selecting `customer_no` first) with the sealed columns
    among the selected ones opened: the clear values an import stored."""
    cursor_rows = db.execute(sql, params)
    names = [d for d in _column_names(db, sql, params)]
    out = []
    for row in cursor_rows:
        values = list(row)
        for index, name in enumerate(names):
            if name in SEALED_COLUMNS and isinstance(values[index], bytes):
                values[index] = opener_of(db).open(values[index], str(values[0]), name)
        out.append(tuple(values))
    return out


def _column_names(db: VaultDb, sql: str, params: tuple[object, ...]) -> list[str]:
    head = sql.split("FROM", 1)[0].replace("SELECT", "", 1)
    return [part.strip().split(".")[-1] for part in head.split(",")]
