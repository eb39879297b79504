"""Imports in two phases (services.importing): read and compared without the write lock, written
under it. A desk's pop (its audit entries) goes through while an apply is still comparing; the
plan is made again when customers changed before it could write; kill -9 inside the write phase
leaves none of it."""

from __future__ import annotations

import csv
import io
import os
import pickle
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from seatdesk.audit.log import AuditLog
from seatdesk.records import import_writer
from seatdesk.services import importing
from seatdesk.services.compartment_upkeep import blind_opener
from seatdesk.services.demo import demo_csv_bytes
from seatdesk.services.factory import Services
from seatdesk.services.importing import ImportReport, apply_customer_file
from seatdesk.services.session import Session
from seatdesk.vault.keyslots import KeyFile
from seatdesk.vault.store import audit_key
from tests.helpers.imports import csv_bytes, dump
from tests.helpers.vaults import PASSWORDS, StaffedVault, keyring_text

ROOT = Path(__file__).resolve().parents[3]
WAIT = 60  # seconds an event is waited for before the test fails (never reached when it works)
ROWS = list(csv.DictReader(io.StringIO(demo_csv_bytes(300, 7).decode("utf-8"))))


def changed_file() -> bytes:
    rows = [dict(row) for row in ROWS]
    for row in rows[:20]:
        row["segment"] = "变更"
    return csv_bytes(rows)


class HeldApply:
    """`apply_customer_file` (mode update) on a connection of its own in a thread, as the hall
    worker runs it, held inside its first plan (its first progress call) until released."""

    def __init__(self, admin: Session, data: bytes) -> None:
        self.db = admin.second_connection()
        self.audit = AuditLog(self.db, audit_key(self.db), admin.runtime.clock, "seat-07")
        self.policy = admin.policy
        self.now = admin.runtime.clock.now()
        self.data = data
        self.opener = blind_opener(self.db)  # as the worker: it opens nothing
        self.planning = threading.Event()
        self.release = threading.Event()
        self.report: ImportReport | None = None
        self.failure: BaseException | None = None
        self.thread = threading.Thread(target=self._run)

    def _hold(self, done: int, total: int) -> None:
        if not self.planning.is_set():
            self.planning.set()
            assert self.release.wait(WAIT)

    def _run(self) -> None:
        try:
            self.report = apply_customer_file(
                self.db, self.audit, self.policy, self.now, actor="hall", source=self.data,
                source_name="change-set-1", mode="update", progress=self._hold,
                opener=self.opener,
            )  # fmt: skip
        except BaseException as exc:
            self.failure = exc
        finally:
            self.db.close()

    def __enter__(self) -> HeldApply:
        self.thread.start()
        assert self.planning.wait(WAIT)
        return self

    def __exit__(self, *exc: object) -> None:
        self.release.set()
        self.thread.join(WAIT)


@pytest.fixture
def admin(customer_vault: StaffedVault) -> Iterator[Session]:
    session = customer_vault.session("sec01")
    yield session
    session.close()


def segments(session: Session) -> list[str]:
    return [str(r[0]) for r in session.db.execute("SELECT segment FROM customers ORDER BY id")]


def test_a_pop_goes_through_while_an_apply_compares(
    customer_vault: StaffedVault, admin: Session
) -> None:
    before = segments(admin)
    mobile = ROWS[0]["mobile"].split(";")[0]
    with (
        HeldApply(admin, changed_file()) as apply,
        Services(customer_vault.signed_in("agent01")) as desk,
    ):
        # The apply is inside its plan: a pop looks the caller up, views the record and writes
        # its audit entries (BEGIN IMMEDIATE) without waiting for it.
        (match,) = desk.records.find(mobile)
        desk.records.view(match.customer_id)
        assert segments(admin) == before  # nothing of the apply written yet
        pops = [e.action for e in admin.audit.entries() if e.actor == "agent01"]
        assert pops[-2:] == ["record.search", "record.view"]
    assert apply.failure is None and apply.report is not None
    assert apply.report.plans == 1  # the pop's audit entries did not make it plan again
    assert apply.report.changes.changed == 20
    assert segments(admin)[:20] == ["变更"] * 20


def test_the_plan_is_made_again_when_customers_changed_before_the_write(
    customer_vault: StaffedVault, admin: Session
) -> None:
    with (
        HeldApply(admin, changed_file()) as apply,
        Services(customer_vault.signed_in("super01")) as desk,
    ):
        withdrawn = int(admin.db.scalar("SELECT id FROM customers ORDER BY id DESC LIMIT 1"))
        desk.withdraw_consent(withdrawn)  # a write to a customer row while the apply compares
    assert apply.failure is None and apply.report is not None
    assert apply.report.plans == 2
    assert apply.report.changes.changed == 20
    assert segments(admin)[:20] == ["变更"] * 20
    assert admin.db.scalar(
        "SELECT consent_withdrawn_at IS NOT NULL FROM customers WHERE id = ?", (withdrawn,)
    )


def test_when_customers_change_at_every_plan_it_imports_under_the_lock(
    admin: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importing, "MAX_PLANS", 2)
    other = admin.second_connection()
    plans = 0

    def meddle(done: int, total: int) -> None:
        nonlocal plans
        if done == total:  # the end of a reading
            plans += 1
            if plans <= 2:  # each plan: under the lock (the third) the desk would wait
                with other.transaction():
                    other.execute("UPDATE customers SET notes = 'x' WHERE id = 1")

    try:
        report = apply_customer_file(
            admin.db, admin.audit, admin.policy, admin.runtime.clock.now(), actor="hall",
            source=changed_file(), source_name="crm.csv", mode="update", progress=meddle,
            opener=admin.opener,
        )  # fmt: skip
    finally:
        other.close()
    assert plans == 3 and report.plans == 0  # two plans, then read and written under the lock
    # Compared with the customers as they were under the lock: the notes changed meanwhile too.
    assert report.changes.fields == {"segment": 20, "notes": 1}
    assert segments(admin)[:20] == ["变更"] * 20


def test_killed_inside_the_write_phase_leaves_none_of_it(
    customer_vault: StaffedVault, tmp_path: Path
) -> None:
    """kill -9 once every row is written and audited, before the commit: nothing of it stays."""
    (tmp_path / "change.csv").write_bytes(changed_file())
    script = tmp_path / "crash.py"
    script.write_text(
        textwrap.dedent(f"""
        import os, pickle, signal, sys
        from pathlib import Path
        sys.path.insert(0, {str(ROOT)!r})
        from tests.helpers.imports import dump
        from tests.helpers.vaults import TEST_KDF
        from seatdesk.app import load_default_policy
        from seatdesk.core.clock import SystemClock
        from seatdesk.services.importing import apply_customer_file
        from seatdesk.services.runtime import Runtime, VaultPaths
        from seatdesk.services.session import sign_in
        from tests.helpers.vaults import keyring_of
        store = keyring_of(sys.argv[3])
        rt = Runtime(clock=SystemClock(), policy=load_default_policy(), seat="x",
                     secret_store_factory=lambda: store, kdf=TEST_KDF)
        session = sign_in(rt, VaultPaths(Path(sys.argv[1])), "sec01",
                          {PASSWORDS["sec01"]!r})
        with open(sys.argv[4], "wb") as out:  # the state to keep (after sign-in's tier expiry)
            pickle.dump((dump(session.db), session.audit.head()), out)
        def written(report):
            assert session.db.in_transaction and report.changes.changed == 20
            os.kill(os.getpid(), signal.SIGKILL)
        apply_customer_file(session.db, session.audit, session.policy, rt.clock.now(),
                            actor="hall", source=Path(sys.argv[5]), source_name="cs",
                            mode="update", written=written, opener=session.opener)
    """)
    )
    vault_id = KeyFile.load(customer_vault.paths.keys).vault_id
    keyring = keyring_text(customer_vault.runtime)
    result = subprocess.run(
        [sys.executable, str(script), str(customer_vault.paths.vault), vault_id, keyring,
         str(tmp_path / "before.pickle"), str(tmp_path / "change.csv")],
        capture_output=True, text=True, timeout=120, cwd=ROOT, env={**os.environ},
    )  # fmt: skip
    assert result.returncode == -9, result.stderr
    with (tmp_path / "before.pickle").open("rb") as saved:
        rows, head = pickle.load(saved)
    session = customer_vault.session("sec01")
    try:
        assert dump(session.db) == rows
        assert "customers.import" not in [
            e.action for e in session.audit.entries() if e.seq > head[0]
        ]
    finally:
        session.close()


def test_an_update_stores_the_row_hashes_after_its_write(admin: Session) -> None:
    """The first update of rows stored without their hash (imported before hashes) compares
    them whole and then stores their hashes, in short write transactions of their own, under
    the vault's row-hash key. (A first import stores them since compartments.)"""
    assert admin.db.scalar("SELECT count(*) FROM customers WHERE import_hash IS NOT NULL") > 250
    with admin.db.transaction():
        admin.db.execute("UPDATE customers SET import_hash = NULL")
    now = admin.runtime.clock.now()
    report = apply_customer_file(
        admin.db, admin.audit, admin.policy, now, actor="hall", source=changed_file(),
        source_name="crm.csv", mode="update", opener=admin.opener,
    )  # fmt: skip
    assert report.plans == 1 and report.changes.changed == 20
    # Every row but those whose confidentiality period had ended (always compared whole).
    expected = admin.db.scalar(
        "SELECT count(*) FROM customers WHERE tier_expires IS NULL OR tier_expires >= ?",
        (now.date().isoformat(),),
    )
    assert admin.db.scalar("SELECT count(*) FROM customers WHERE import_hash IS NOT NULL") == (
        expected
    )


def test_a_plan_too_big_to_hold_is_imported_under_the_lock(
    admin: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_writer, "PLAN_MAX_ROWS", 5)  # the writes the plan holds
    report = apply_customer_file(
        admin.db, admin.audit, admin.policy, admin.runtime.clock.now(), actor="hall",
        source=changed_file(), source_name="crm.csv", mode="update", opener=admin.opener,
    )  # fmt: skip
    assert report.plans == 0 and report.changes.changed == 20
    assert segments(admin)[:20] == ["变更"] * 20
