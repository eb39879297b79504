"""Customer change sets in tests: two seats of one hall with the same 300 demo customers, import
files that change some of them (with marker values to hunt for), and what a vault holds."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

from seatdesk.records.demo_data import generate_customers
from seatdesk.services.demo import DEMO_ANCHOR
from seatdesk.services.factory import Services
from seatdesk.services.runtime import VaultPaths
from seatdesk.vault.keyslots import KeyFile
from tests.helpers.hall import RunningHall, enrol_staffed
from tests.helpers.imports import csv_bytes
from tests.helpers.vaults import StaffedVault, keyring_text, session_behind

#: Protected values that only the published rows hold (hunted for in the hall's tables).
MARKER_ADDRESS = "上海市浦东新区标记路{n}号"
MARKER_EMAIL = "marker{n}@changes.example"


def demo_rows() -> list[dict[str, str]]:
    return list(generate_customers(300, 7, today=DEMO_ANCHOR))  # the customer_vault's


def second_seat(vault: StaffedVault, folder: Path) -> StaffedVault:
    """Another seat with the same customers (a copy of the vault, before enrolment)."""
    shutil.copytree(vault.paths.vault.parent, folder)
    return StaffedVault(
        vault.runtime, VaultPaths(folder / vault.paths.vault.name), vault.recovery_key
    )


def enrol(vault: StaffedVault, hall: RunningHall, seat: str) -> None:
    enrol_staffed(vault, hall, seat)


def changed_file(
    tmp: Path, name: str, *, change: range = range(0), drop: range = range(0), mark: int = 0
) -> Path:
    """The demo file with customers `change` (0-based) given marker addresses and e-mails (the
    `mark`-th version), `drop` left out (a snapshot removes them)."""
    rows = []
    for i, row in enumerate(demo_rows()):
        if i in drop:
            continue
        if i in change:
            row = {**row, "address": MARKER_ADDRESS.format(n=f"{mark}-{i}")}
            row["email"] = MARKER_EMAIL.format(n=f"{mark}x{i}")
        rows.append(row)
    path = tmp / name
    path.write_bytes(csv_bytes(rows))
    return path


def added_file(tmp: Path, name: str, rows: list[Mapping[str, str]]) -> Path:
    path = tmp / name
    path.write_bytes(csv_bytes(rows))
    return path


def customers(vault: StaffedVault) -> dict[str, tuple[int, str, str]]:
    """customer_no -> (id, address, email), as the vault holds them, opened with the keys of
    the security officer (a custodian: every compartment)."""
    session = vault.session("sec01")
    try:
        rows = session.db.execute("SELECT customer_no, id, address, email FROM customers")
        opened = {
            str(r[0]): (
                int(r[1]),
                session.opener.open(r[2], str(r[0]), "address") or "",
                session.opener.open(r[3], str(r[0]), "email") or "",
            )
            for r in rows
        }
    finally:
        session.close()
    return opened


def actions(vault: StaffedVault, staff: str = "admin01") -> list[str]:
    with Services(vault.signed_in(staff)) as services:
        return [e.action for e in session_behind(services.who).audit.entries()]


def publish_updates(vault: StaffedVault, tmp: Path, marks: range) -> list[int]:
    """One update per mark, each changing customers 0-4 again: the seqs the hall gave them."""
    seqs = []
    with Services(vault.signed_in("admin01")) as a:
        for mark in marks:
            path = changed_file(tmp, f"update-{mark}.csv", change=range(5), mark=mark)
            done = a.change_sets.publish(path, "update")
            assert done.delta_seq is not None
            seqs.append(done.delta_seq)
    return seqs


def run_apply_child(vault: StaffedVault) -> subprocess.Popen[str]:
    """The change-set apply in a child process, stopped inside its transaction (see
    change_child.py): returned once it has said so."""
    vault_id = KeyFile.load(vault.paths.keys).vault_id
    keyring = keyring_text(vault.runtime)
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("change_child.py")), str(vault.paths.vault),
         vault_id, keyring],
        cwd=root, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, env={**os.environ, "PYTHONPATH": str(root)},
    )  # fmt: skip
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    assert line == "inside", proc.stderr.read() if proc.stderr else line
    return proc
