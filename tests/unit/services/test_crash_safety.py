"""kill -9 during backup, restore, rekey and purge, at random moments (20+ kills each): the vault
always opens, its audit chain verifies, and the data is wholly before or wholly after."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from seatdesk.services.backups import backup
from seatdesk.services.lifecycle import purge_candidates, withdraw_consent
from seatdesk.services.record_desk import RecordDesk
from seatdesk.vault.failure_counter import seq_name
from seatdesk.vault.keyslots import KeyFile
from tests.helpers.vaults import StaffedVault, keyring_text

ROOT = Path(__file__).resolve().parents[3]
CHILD = Path(__file__).with_name("crash_child.py")
KILLS = 20


def run_child(
    operation: str, vault: StaffedVault, extra: str, kill_after: float | None
) -> tuple[bool, float]:
    """Start the child; kill it `kill_after` seconds after it says "go".
    Returns (killed, seconds from "go" to the end)."""
    vault_id = KeyFile.load(vault.paths.keys).vault_id
    keyring = keyring_text(vault.runtime)
    proc = subprocess.Popen(
        [
            sys.executable,
            str(CHILD),
            operation,
            str(vault.paths.vault),
            vault_id,
            keyring,
            extra,
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "go", proc.stderr.read() if proc.stderr else ""
    started = time.monotonic()
    killed = False
    if kill_after is None:
        proc.wait(timeout=60)
    else:
        try:
            proc.wait(timeout=kill_after)  # the operation may finish first: then no kill
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            killed = True
    elapsed = time.monotonic() - started
    _, err = proc.communicate(timeout=60)
    assert killed or proc.returncode == 0, err
    return killed, elapsed


def measure(operation: str, vault: StaffedVault, extra: str) -> float:
    return run_child(operation, vault, extra, None)[1]


def state(vault: StaffedVault) -> tuple[int, bool]:
    """(customers, audit chain intact) as a fresh sign-in sees it."""
    session = vault.session("sec01")
    try:
        return int(session.db.scalar("SELECT count(*) FROM customers")), session.audit.verify().ok
    finally:
        session.close()


def fresh_copy(template: Path, vault: StaffedVault) -> None:
    """The seat as it was, its keyring's failure-counter mark too (the files alone put back are
    a rollback, and the seat refuses them)."""
    folder = vault.paths.vault.parent
    shutil.rmtree(folder)
    shutil.copytree(template, folder)
    keyfile = KeyFile.load(vault.paths.keys)
    mark = int(keyfile.failures_seal["seq"]).to_bytes(8, "big")
    vault.runtime.secret_store().put(seq_name(keyfile.vault_id), mark)


@pytest.fixture
def template(customer_vault: StaffedVault, tmp_path: Path) -> Path:
    saved = tmp_path / "template"
    shutil.copytree(customer_vault.paths.vault.parent, saved)
    return saved


def report(killed: int, outcomes: list[bool] | None = None) -> None:
    split = (
        ""
        if outcomes is None
        else f"; left before: {sum(outcomes)}, after: {outcomes.count(False)}"
    )
    print(f"killed mid-operation {killed} times{split}", file=sys.stderr)
    assert killed >= KILLS


def kill_points(duration: float, seed: int) -> list[float]:
    """Random moments across the operation; more than KILLS, since a kill that comes after the
    operation finished does not count."""
    rng = random.Random(seed)
    # The measured time runs to the child's exit, which includes interpreter teardown: aim at
    # the first 70 % so that most moments fall inside the operation on a busy machine too.
    return [rng.uniform(0.0, duration * 0.7) for _ in range(KILLS * 6)]


def test_kill_during_backup(customer_vault: StaffedVault, template: Path, tmp_path: Path) -> None:
    duration = measure("backup", customer_vault, str(tmp_path / "probe.sdb"))
    killed = 0
    for i, delay in enumerate(kill_points(duration, 1)):
        if killed >= KILLS:
            break
        out = tmp_path / f"b{i}.sdb"
        killed += run_child("backup", customer_vault, str(out), delay)[0]
        assert state(customer_vault) == (300, True)
        if out.exists():  # a backup file is only ever complete
            with zipfile.ZipFile(out) as archive:
                assert archive.testzip() is None
                assert {"manifest.json", "keys.json", "vault.db"} <= set(archive.namelist())
    report(killed)


def test_kill_during_rekey(customer_vault: StaffedVault, template: Path) -> None:
    duration = measure("rekey", customer_vault, "-")
    killed = 0
    for delay in kill_points(duration, 2):
        if killed >= KILLS:
            break
        killed += run_child("rekey", customer_vault, "-", delay)[0]
        assert state(customer_vault) == (300, True)
        assert not list(customer_vault.paths.vault.parent.glob("*.partial*"))
    report(killed)


def test_kill_during_purge(customer_vault: StaffedVault, template: Path) -> None:
    session = customer_vault.session("agent01")
    withdraw_consent(session, RecordDesk(session).find("C00000001")[0].customer_id)
    session.close()
    session = customer_vault.session("sec01")
    due = len(purge_candidates(session))
    session.close()
    shutil.rmtree(template)
    shutil.copytree(customer_vault.paths.vault.parent, template)
    duration = measure("purge", customer_vault, "-")
    killed, outcomes = 0, []
    for delay in kill_points(duration, 3):
        if killed >= KILLS:
            break
        fresh_copy(template, customer_vault)
        killed += run_child("purge", customer_vault, "-", delay)[0]
        customers, chain_ok = state(customer_vault)
        assert chain_ok and customers in (300, 300 - due)
        outcomes.append(customers == 300)
    report(killed, outcomes)


def test_kill_during_restore(customer_vault: StaffedVault, template: Path, tmp_path: Path) -> None:
    admin = customer_vault.session("admin01")
    source = backup(admin, tmp_path / "full.sdb").path
    admin.close()
    # The vault to be replaced differs from the backup: a consent withdrawal and a purge.
    session = customer_vault.session("agent01")
    withdraw_consent(session, RecordDesk(session).find("C00000002")[0].customer_id)
    session.close()
    from seatdesk.services.lifecycle import purge

    session = customer_vault.session("sec01")
    purge(session, dry_run=False)
    session.close()
    before, _ = state(customer_vault)
    assert before < 300
    shutil.rmtree(template)
    shutil.copytree(customer_vault.paths.vault.parent, template)
    extra = f"{customer_vault.recovery_key}|{source}"
    duration = measure("restore", customer_vault, extra)
    killed, outcomes = 0, []
    for delay in kill_points(duration, 4):
        if killed >= KILLS:
            break
        fresh_copy(template, customer_vault)
        killed += run_child("restore", customer_vault, extra, delay)[0]
        customers, chain_ok = state(customer_vault)  # opens with the key file beside it
        assert chain_ok and customers in (before, 300)
        outcomes.append(customers == before)
    report(killed, outcomes)
