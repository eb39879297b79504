"""Replacing several files as one step (a vault and its key file, after a restore or a rekey).

The new files are written completely beside their targets first; then a marker naming the
renames is written and synced; then the renames run and the marker goes. A crash before the
marker leaves the old files (stray temporaries are removed at the next open); a crash after it
is rolled forward at the next open. Either way the vault opens with a key file that matches it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from seatdesk.core.errors import VaultUnreadable
from seatdesk.core.files import fsync_dir, fsync_file, write_atomically


def marker_path(vault: Path) -> Path:
    return vault.with_name(vault.name + ".pending")


def replace_together(vault: Path, renames: list[tuple[Path, Path]]) -> None:
    for source, _ in renames:
        fsync_file(source)
    listed = json.dumps([[str(a), str(b)] for a, b in renames]).encode("utf-8")
    write_atomically(marker_path(vault), listed, suffix=".tmp")  # finish_pending clears a stray
    finish_pending(vault)


def finish_pending(vault: Path, stray_suffixes: tuple[str, ...] = ()) -> bool:
    """Complete an interrupted replacement; returns True if one was rolled forward."""
    marker = marker_path(vault)
    if not marker.exists():
        for suffix in stray_suffixes:
            for stray in vault.parent.glob(vault.name + "*" + suffix):
                stray.unlink(missing_ok=True)
        marker.with_name(marker.name + ".tmp").unlink(missing_ok=True)
        return False
    renames = _renames(vault, marker)
    for source, target in renames:
        if Path(source).exists():
            os.replace(source, target)
            for suffix in ("-wal", "-shm", "-journal"):  # the replaced vault's, stale
                Path(str(target) + suffix).unlink(missing_ok=True)
    fsync_dir(vault.parent)
    marker.unlink()
    fsync_dir(vault.parent)
    return True


def _renames(vault: Path, marker: Path) -> list[tuple[Path, Path]]:
    """The marker's renames, if each moves a file beside the vault over the vault or its key
    file; a marker that names anything else (or is not one) changes nothing."""
    damaged = VaultUnreadable(
        f"the pending-replacement marker beside the vault is damaged or names other files: "
        f"{marker} (nothing was renamed; move it away after checking the vault opens)"
    )
    try:
        listed = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        raise damaged from None
    folder = vault.parent.resolve()
    targets = {vault.name, vault.name + ".keys"}
    renames: list[tuple[Path, Path]] = []
    if not isinstance(listed, list):
        raise damaged
    for pair in listed:
        if not (
            isinstance(pair, list) and len(pair) == 2 and all(isinstance(p, str) for p in pair)
        ):
            raise damaged
        source, target = Path(pair[0]), Path(pair[1])
        beside = all(p.parent.resolve() == folder for p in (source, target))
        if not beside or target.name not in targets or not source.name.startswith(vault.name):
            raise damaged
        if source.name in targets or source.is_symlink() or target.is_symlink():
            raise damaged
        renames.append((source, target))
    return renames
