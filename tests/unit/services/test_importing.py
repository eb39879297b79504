"""Import through the gate: all or nothing, audited, and nothing lost by a crash mid-import."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from seatdesk.core.errors import PermissionDenied
from seatdesk.services.audit_desk import verify_audit
from seatdesk.services.demo import demo_csv_bytes
from seatdesk.services.importing import import_bytes, import_csv
from tests.helpers.vaults import PASSWORDS, StaffedVault, keyring_text

ROOT = Path(__file__).resolve().parents[3]


def customer_count(vault: StaffedVault) -> int:
    session = vault.session("sec01")
    try:
        return int(session.db.scalar("SELECT count(*) FROM customers"))
    finally:
        session.close()


def with_bad_row(data: bytes, row_index: int) -> bytes:
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))
    rows[row_index][rows[0].index("id_number")] = "110105194912310029"  # wrong check digit
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue().encode("utf-8")


def test_ten_thousand_rows_with_one_bad_row_near_the_end_import_nothing(
    staffed_vault: StaffedVault,
) -> None:
    data = with_bad_row(demo_csv_bytes(10_000, 11), 9_990)
    session = staffed_vault.session("admin01")
    try:
        report = import_bytes(session, data, "crm.csv", dry_run=False)
    finally:
        session.close()
    assert report.imported == 0 and len(report.errors) == 1
    error = report.errors[0]
    assert error.column == "id_number" and error.line > 9_990
    assert "110105194912310029" not in str(error)
    assert customer_count(staffed_vault) == 0
    session = staffed_vault.session("sec01")
    imports = [e for e in session.audit.entries() if e.action == "customers.import"]
    session.close()
    assert [e.outcome for e in imports] == ["rejected"]


def test_dry_run_checks_and_writes_nothing(staffed_vault: StaffedVault) -> None:
    session = staffed_vault.session("admin01")
    try:
        report = import_bytes(session, demo_csv_bytes(50, 3), "crm.csv", dry_run=True)
    finally:
        session.close()
    assert report.rows == 50 and report.imported == 0 and not report.errors
    assert customer_count(staffed_vault) == 0


def test_second_import_of_the_same_customers_is_refused(customer_vault: StaffedVault) -> None:
    session = customer_vault.session("sec01")
    try:
        report = import_bytes(session, demo_csv_bytes(300, 7), "again.csv", dry_run=False)
    finally:
        session.close()
    assert len(report.errors) == 300 and report.errors[0].message.startswith("customer number")
    assert customer_count(customer_vault) == 300


def test_exception_mid_import_rolls_everything_back(staffed_vault: StaffedVault) -> None:
    def explode(done: int, total: int) -> None:
        if done >= 2000:
            raise RuntimeError("disk full")

    session = staffed_vault.session("admin01")
    try:
        with pytest.raises(RuntimeError):
            import_bytes(
                session, demo_csv_bytes(5000, 5), "crm.csv", dry_run=False, progress=explode
            )
    finally:
        session.close()
    assert customer_count(staffed_vault) == 0


def test_agents_may_not_import(customer_vault: StaffedVault, tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(demo_csv_bytes(5, 1))
    session = customer_vault.session("agent01")
    try:
        with pytest.raises(PermissionDenied):
            import_csv(session, path, dry_run=False)
    finally:
        session.close()


def test_process_killed_mid_import_loses_nothing(
    staffed_vault: StaffedVault, tmp_path: Path
) -> None:
    """kill -9 of a real process half-way through the insert: the vault opens, unchanged."""
    script = tmp_path / "crash.py"
    script.write_text(
        textwrap.dedent(f"""
        import os, signal, sys
        sys.path.insert(0, {str(ROOT)!r})
        from tests.helpers.vaults import TEST_KDF
        from seatdesk.app import load_default_policy
        from seatdesk.core.clock import SystemClock
        from seatdesk.services.demo import demo_csv_bytes
        from seatdesk.services.importing import import_bytes
        from seatdesk.services.runtime import Runtime, VaultPaths
        from seatdesk.services.session import sign_in
        from tests.helpers.vaults import keyring_of
        store = keyring_of(sys.argv[3])
        rt = Runtime(clock=SystemClock(), policy=load_default_policy(), seat="x",
                     secret_store_factory=lambda: store, kdf=TEST_KDF)
        session = sign_in(rt, VaultPaths(__import__("pathlib").Path(sys.argv[1])), "admin01",
                          {PASSWORDS["admin01"]!r})
        def kill(done, total):
            if done >= 3000:
                os.kill(os.getpid(), signal.SIGKILL)
        import_bytes(session, demo_csv_bytes(6000, 9), "crm.csv", dry_run=False, progress=kill)
    """)
    )
    from seatdesk.vault.keyslots import KeyFile

    vault_id = KeyFile.load(staffed_vault.paths.keys).vault_id
    keyring = keyring_text(staffed_vault.runtime)
    result = subprocess.run(
        [sys.executable, str(script), str(staffed_vault.paths.vault), vault_id, keyring],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ},
    )
    assert result.returncode == -9, result.stderr
    assert customer_count(staffed_vault) == 0
    session = staffed_vault.session("sec01")
    try:
        assert verify_audit(session).ok
    finally:
        session.close()
