"""A vault on disk: the SQLCipher file plus its key-slot file, created and opened together."""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass

from seatdesk.core.errors import KeyStorageError, VaultUnreadable
from seatdesk.vault.db import FORMAT, VaultDb, Verify, open_db
from seatdesk.vault.format_upgrade import upgraded
from seatdesk.vault.keyslots import KeyFile, new_data_key
from seatdesk.vault.paths import VaultPaths as VaultPaths  # re-exported
from seatdesk.vault.schema import get_meta, migrate, set_meta
from seatdesk.vault.sealing import hkdf
from seatdesk.vault.secret_store import SecretStore


@dataclass
class NewVault:
    db: VaultDb
    keyfile: KeyFile
    data_key: bytes
    device_secret: bytes | None


def audit_key(db: VaultDb) -> bytes:
    """The audit log's MAC key: from a random root kept inside the vault (so, like the data,
    protected by the data key), not from the data key itself, so that a rekey keeps every MAC
    and every anchor printed earlier valid."""
    return _from_root(db, b"seatdesk/audit-hmac/v1")


def _from_root(db: VaultDb, info: bytes) -> bytes:
    root = get_meta(db, "audit_root")
    if root is None:
        raise VaultUnreadable(f"vault has no audit key root (damaged?): {db.path}")
    return hkdf(bytes.fromhex(root), salt=None, info=info)


def import_hash_key(db: VaultDb) -> bytes:
    """The key of the customers' row hashes (records.customers.row_hash), derived from the same
    root as the audit key, for another purpose."""
    return _from_root(db, b"seatdesk/import-row-hash/v1")


def verifier_key(db: VaultDb) -> bytes:
    """The key of the verifiers (records.verifiers): from the same root, for another purpose."""
    return _from_root(db, b"seatdesk/verifier/v1")


def create_vault(paths: VaultPaths, key_storage: str, store: SecretStore | None) -> NewVault:
    """Create the vault file, its schema and an (unsaved, slot-less) key file."""
    if paths.vault.exists() or paths.keys.exists():
        raise VaultUnreadable(f"a vault already exists at {paths.vault}; refusing to overwrite")
    paths.vault.parent.mkdir(parents=True, exist_ok=True)
    vault_id = uuid.uuid4().hex
    keyfile = KeyFile.create(paths.keys, vault_id, key_storage)
    device_secret: bytes | None = None
    if key_storage == "keyring":
        if store is None:
            raise KeyStorageError(
                "no secure OS keyring on this seat: use --key-storage none (weaker protection)"
            )
        device_secret = secrets.token_bytes(32)
        store.put(vault_id, device_secret)
    data_key = new_data_key()
    db = open_db(paths.vault, data_key, create=True)
    migrate(db)
    with db.transaction():
        set_meta(db, "vault_id", vault_id)
        set_meta(db, "key_storage", key_storage)
        set_meta(db, "audit_root", secrets.token_bytes(32).hex())
        set_meta(db, "format", str(FORMAT))
    return NewVault(db, keyfile, data_key, device_secret)


def device_secret_for(keyfile: KeyFile, store: SecretStore | None) -> bytes | None:
    if keyfile.key_storage == "none":
        return None
    if store is None:
        raise KeyStorageError(
            "this vault needs the seat's OS keyring, and none is available; "
            "start the desktop keyring or use the recovery key"
        )
    secret = store.get(keyfile.vault_id)
    if secret is None:
        raise KeyStorageError(
            "this seat's keyring has no device secret for this vault (was it created on another "
            "seat?); sign in with the recovery key on this seat"
        )
    return secret


def open_vault(
    paths: VaultPaths, keyfile: KeyFile, data_key: bytes, *, verify: Verify = "full"
) -> VaultDb:
    db = open_db(paths.vault, data_key, verify=verify)
    try:
        if get_meta(db, "vault_id") != keyfile.vault_id:
            raise VaultUnreadable(f"the key file does not belong to this vault: {paths.keys}")
        db = upgraded(db, data_key)  # a format-1 vault is copied to format 2 first
        migrate(db)
        if get_meta(db, "format") != str(db.format):  # what the pages are, for a reader
            with db.transaction():
                set_meta(db, "format", str(db.format))
    except BaseException:
        db.close()
        raise
    return db
