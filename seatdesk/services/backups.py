"""Backup, restore and rekey. Each writes complete files under temporary names first, checks
what it wrote (row counts, audit head, the chain) and only then puts them in place, so a crash at
any point leaves the vault as it was before or as it is after, never between.

A backup is one file (a zip, stored): the vault under a fresh backup key, the key-slot file, and
a manifest whose backup key is sealed to the recovery slot, so only the recovery key restores it.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from seatdesk.audit.log import AuditLog
from seatdesk.core.clock import utc_iso
from seatdesk.core.errors import CheckFailed, KeyStorageError, UsageError, VaultUnreadable
from seatdesk.core.files import fsync_file
from seatdesk.policy.roles import Permission, require
from seatdesk.services.local_lockout import remember_key
from seatdesk.services.runtime import Runtime
from seatdesk.services.session import Session
from seatdesk.vault.copies import PARTIAL, audit_head, counts, export_copy, open_copy
from seatdesk.vault.db import open_db
from seatdesk.vault.failure_counter import FailureCounter
from seatdesk.vault.hall_slots import wrap_seat_key
from seatdesk.vault.keyslots import KeyFile, new_data_key, parse_recovery_key
from seatdesk.vault.pending import finish_pending, replace_together
from seatdesk.vault.schema import set_meta
from seatdesk.vault.store import VaultPaths, audit_key

FORMAT = "seatdesk-backup/1"
Progress = Callable[[str], None]


@dataclass(frozen=True)
class CopyReport:
    path: Path
    counts: dict[str, int]
    audit_head: int
    sha256: str = ""


def quiet(_: str) -> None:
    pass


def _check_same(expected: dict[str, int], found: dict[str, int], what: str) -> None:
    if expected != found:
        differing = sorted(
            k for k in expected.keys() | found.keys() if expected.get(k) != found.get(k)
        )
        raise CheckFailed(f"{what}: row counts differ in {', '.join(differing)}; nothing replaced")


def _remove(*paths: Path) -> None:
    for path in paths:
        path.unlink(missing_ok=True)
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def backup(session: Session, out: Path, progress: Progress = quiet) -> CopyReport:
    require(session.role, Permission.BACKUP)
    out = out.resolve()
    if out.exists():
        raise UsageError(f"{out} exists; choose a new file name")
    keyfile = KeyFile.load(session.paths.keys)
    work = out.with_name(f".{out.name}{PARTIAL}")
    inner = out.with_name(f".{out.name}.db{PARTIAL}")
    backup_key = new_data_key()
    try:
        progress("copying the vault under a new backup key")
        source_counts, head = export_copy(session.db, inner, backup_key, wal=False)
        progress("opening the copy again to check it")
        copy = open_copy(inner, backup_key)
        try:
            _check_same(source_counts, counts(copy), "backup")
            if audit_head(copy) != head:
                raise CheckFailed("backup: the audit head of the copy differs; not kept")
        finally:
            copy.close()
        manifest = {
            "format": FORMAT,
            "vault_id": keyfile.vault_id,
            "created_at": utc_iso(session.runtime.clock.now()),
            "by": session.staff_id,
            "counts": source_counts,
            "audit_head": {"seq": head[0], "mac": head[1]},
            "backup_key": keyfile.seal_for_recovery(backup_key, "backup"),
        }
        progress("writing the backup file")
        with zipfile.ZipFile(work, "w", compression=zipfile.ZIP_STORED) as archive:
            archive.writestr("manifest.json", json.dumps(manifest, indent=2))
            archive.writestr("keys.json", keyfile.to_json())
            archive.write(inner, "vault.db")
        fsync_file(work)
        os.replace(work, out)
    finally:
        _remove(inner, work)
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    with session.db.transaction():
        set_meta(session.db, "last_backup_at", utc_iso(session.runtime.clock.now()))
        session.audit.append(
            session.staff_id,
            "vault.backup",
            target=out.name,
            detail={"counts": source_counts, "audit_head": head[0], "sha256": digest},
        )
    progress("done")
    return CopyReport(out, source_counts, head[0], digest)


def restore(
    runtime: Runtime,
    source: Path,
    target: VaultPaths,
    recovery_key: str,
    *,
    force: bool,
    progress: Progress = quiet,
) -> CopyReport:
    """Restore a backup to `target` (a vault and its key file), opened by the recovery key."""
    finish_pending(target.vault, (PARTIAL + "*",))
    if (target.vault.exists() or target.keys.exists()) and not force:
        raise UsageError(f"{target.vault} exists; add --force to replace it with the backup")
    rkey = parse_recovery_key(recovery_key)
    target.vault.parent.mkdir(parents=True, exist_ok=True)
    inner = target.vault.with_name(target.vault.name + ".source" + PARTIAL)
    new_vault = target.vault.with_name(target.vault.name + ".restore" + PARTIAL)
    new_keys = target.keys.with_name(target.keys.name + ".restore" + PARTIAL)
    try:
        try:
            with zipfile.ZipFile(source) as archive:
                manifest = json.loads(archive.read("manifest.json"))
                if manifest.get("format") != FORMAT:
                    raise ValueError("format")
                keyfile = KeyFile.from_json(new_keys, archive.read("keys.json").decode("utf-8"))
                backup_key = keyfile.open_with_recovery(rkey, manifest["backup_key"], "backup")
                data_key = keyfile.unwrap_recovery(rkey)
                progress("unpacking the backup")
                with archive.open("vault.db") as packed, inner.open("wb") as unpacked:
                    shutil.copyfileobj(packed, unpacked)
        except (OSError, KeyError, zipfile.BadZipFile, ValueError):
            raise VaultUnreadable(f"not a SeatDesk backup, or damaged: {source}") from None
        copy = open_copy(inner, backup_key)
        try:
            _check_same(manifest["counts"], counts(copy), "restore")
            progress("writing the vault under its own key")
            export_copy(copy, new_vault, data_key, wal=True)
        finally:
            copy.close()
        progress("checking the restored vault and its audit chain")
        db = open_db(new_vault, data_key)
        try:
            _check_same(manifest["counts"], counts(db), "restore")
            audit = AuditLog(db, audit_key(db), runtime.clock, runtime.seat)
            result = audit.verify()
            if not result.ok:
                raise CheckFailed(f"restore: the backup's audit chain is broken: {result.reason}")
            audit.append(
                "recovery",
                "vault.restore",
                target=source.name,
                detail={
                    "backup_created_at": manifest["created_at"],
                    "audit_head": manifest["audit_head"]["seq"],
                },
            )
            counter = _fresh_counter(runtime, keyfile)
            if counter is not None:
                remember_key(counter, db, audit, "recovery", quiet=True)
        finally:
            db.close()
        keyfile.save()
        progress("putting the restored vault in place")
        replace_together(target.vault, [(new_vault, target.vault), (new_keys, target.keys)])
        if counter is not None:
            counter.raise_mark()
    finally:
        _remove(inner, new_vault, new_keys)
    progress("done")
    return CopyReport(target.vault, dict(manifest["counts"]), int(manifest["audit_head"]["seq"]))


def _fresh_counter(runtime: Runtime, keyfile: KeyFile) -> FailureCounter | None:
    """The backup's failure counter is older than this seat's keyring has seen: the restore
    (by the recovery key's holder, audited) starts it again, sealed under this seat's keyring."""
    if keyfile.key_storage != "keyring":
        counter = FailureCounter(keyfile, None)
    else:
        try:
            counter = FailureCounter(keyfile, runtime.secret_store())
        except KeyStorageError:  # no keyring here: the vault cannot open on this seat anyway
            return None
    counter.restart()
    return counter


def rekey(session: Session, progress: Progress = quiet) -> CopyReport:
    """Rotate the data key: a copy under the new key, every key slot re-sealed, both put in place
    together. The session is closed afterwards (sign in again)."""
    require(session.role, Permission.BACKUP)
    paths = session.paths
    if session.on_hall_directory and session.hall_access is None:
        raise UsageError(
            "on a seat of a hall the new key must be wrapped for the hall's staff: sign in "
            "through the directory (not with the recovery key) to rekey"
        )
    new_key = new_data_key()
    new_vault = paths.vault.with_name(paths.vault.name + ".rekey" + PARTIAL)
    new_keys = paths.keys.with_name(paths.keys.name + ".rekey" + PARTIAL)
    try:
        session.audit.append(session.staff_id, "vault.rekey", outcome="started")
        progress("copying the vault under the new key")
        source_counts, head = export_copy(session.db, new_vault, new_key, wal=True)
        db = open_db(new_vault, new_key)
        try:
            _check_same(source_counts, counts(db), "rekey")
            audit = AuditLog(db, audit_key(db), session.runtime.clock, session.runtime.seat)
            if audit.head() != head or not audit.verify().ok:
                raise CheckFailed("rekey: the audit chain of the new copy does not verify")
            audit.append(session.staff_id, "vault.rekey", detail={"audit_head": head[0]})
        finally:
            db.close()
        keyfile = KeyFile.load(paths.keys).copy(new_keys)
        keyfile.reseal_all(new_key)
        if session.hall_access is not None:  # the seat's box: every account of the hall opens it
            rewrap_seat_box(keyfile, session.hall_access.access_key, session, new_key)
        keyfile.save()
        session.close()
        progress("putting the new vault and key file in place")
        replace_together(paths.vault, [(new_vault, paths.vault), (new_keys, paths.keys)])
    finally:
        _remove(new_vault, new_keys)
    progress("done")
    return CopyReport(paths.vault, source_counts, head[0] + 1)


def rewrap_seat_box(keyfile: KeyFile, access_key: bytes, session: Session, data_key: bytes) -> None:
    section = keyfile.hall
    assert section is not None
    box = wrap_seat_key(access_key, session._device_secret, keyfile.vault_id, data_key)
    keyfile.set_hall({**section, "box": box})
