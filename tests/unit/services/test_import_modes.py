"""Imports that update, through the gate and without a person: audited (the import, each tier,
consent and retention change, each removal in the destruction log), confirmed removals only,
nothing protected in the report or the audit, and nothing lost by a crash."""

from __future__ import annotations

import csv
import io
import json
import os
import pickle
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from seatdesk.core.errors import PermissionDenied, UsageError
from seatdesk.records.phone_column import disagreeing
from seatdesk.services.audit_desk import verify_audit
from seatdesk.services.demo import demo_csv_bytes
from seatdesk.services.importing import DeleteList, apply_customer_file, import_bytes, import_csv
from seatdesk.services.session import Session
from seatdesk.vault.keyslots import KeyFile
from tests.helpers.imports import csv_bytes, dump
from tests.helpers.vaults import PASSWORDS, StaffedVault, keyring_text

ROOT = Path(__file__).resolve().parents[3]
# Values that must never leave the vault in clear: a new name, address and e-mail.
MARKER_NAME = "欧阳标记"
MARKER_ADDRESS = "标记省标记市标记路99号"
MARKER_EMAIL = "marker.value@example.cn"


def demo_rows() -> list[dict[str, str]]:
    """The 300 customers of the `customer_vault` fixture, as the CRM exported them."""
    return list(csv.DictReader(io.StringIO(demo_csv_bytes(300, 7).decode("utf-8"))))


def next_day() -> list[dict[str, str]]:
    rows = demo_rows()
    rows[0]["name"] = MARKER_NAME
    rows[1]["address"] = MARKER_ADDRESS
    rows[2]["email"] = MARKER_EMAIL
    rows[3]["tier"] = "绝密" if rows[3]["tier"] != "绝密" else "机密"
    rows[4]["retain_until"] = "2040-12-31"
    rows[5]["consent"] = ""
    rows[6]["consent"] = "回访" if rows[6]["consent"] != "回访" else "营销"
    return rows


@pytest.fixture
def admin(customer_vault: StaffedVault) -> Iterator[Session]:
    session = customer_vault.session("sec01")
    yield session
    session.close()


def entries(session: Session, *actions: str) -> list[tuple[str, str, str, dict[str, object]]]:
    return [
        (e.action, e.target, e.outcome, json.loads(e.detail))
        for e in session.audit.entries()
        if e.action in actions
    ]


def test_update_is_audited_change_by_change(admin: Session) -> None:
    rows = next_day()
    report = import_bytes(admin, csv_bytes(rows), "crm.csv", dry_run=False, mode="update")
    assert report.changes.changed == 7 and report.changes.unchanged == 293
    assert report.changes.fields == {
        "name": 1, "address": 1, "email": 1, "tier": 1, "retain_until": 1, "consent": 2,
    }  # fmt: skip
    assert report.changes.classes == {"二类": 3, "三类": 2}  # name, address, e-mail; consent
    (imported,) = entries(admin, "customers.import")[-1:]
    assert imported[2] == "ok"
    assert {k: imported[3][k] for k in ("mode", "added", "changed", "unchanged", "removed")} == {
        "mode": "update", "added": 0, "changed": 7, "unchanged": 293, "removed": 0,
    }  # fmt: skip
    changes = entries(
        admin,
        "record.tier_changed",
        "record.retention_changed",
        "record.consent_changed",
        "record.consent_withdrawn",
    )
    assert [(action, target) for action, target, _, _ in changes] == [
        ("record.tier_changed", rows[3]["customer_no"]),
        ("record.retention_changed", rows[4]["customer_no"]),
        ("record.consent_withdrawn", rows[5]["customer_no"]),
        ("record.consent_changed", rows[6]["customer_no"]),
    ]
    assert changes[0][3]["to"] == rows[3]["tier"]
    assert changes[1][3]["to"] == "2040-12-31"
    assert changes[2][3]["to"] == "" and changes[2][3]["via"] == "import"
    assert admin.db.scalar(
        "SELECT consent_withdrawn_at FROM customers WHERE customer_no = ?",
        (rows[5]["customer_no"],),
    )  # due at the next purge, as a withdrawal at the desk
    assert verify_audit(admin).ok


def test_nothing_protected_in_the_report_or_the_audit(admin: Session) -> None:
    for dry_run in (True, False):
        report = import_bytes(
            admin, csv_bytes(next_day()), "crm.csv", dry_run=dry_run, mode="update"
        )
        said = repr(report) + str(report.changes.as_json())
        for marker in (MARKER_NAME, MARKER_ADDRESS, MARKER_EMAIL):
            assert marker not in said
    logged = "".join(repr(e) + str(e.detail) for e in admin.audit.entries())
    for marker in (MARKER_NAME, MARKER_ADDRESS, MARKER_EMAIL):
        assert marker not in logged


def test_snapshot_needs_the_dry_runs_count(admin: Session, customer_vault: StaffedVault) -> None:
    rows = demo_rows()
    gone = [rows[10]["customer_no"], rows[11]["customer_no"], rows[12]["customer_no"]]
    data = csv_bytes([r for r in rows if r["customer_no"] not in gone])
    dry = import_bytes(admin, data, "crm.csv", dry_run=True, mode="snapshot")
    assert dry.changes.removed == 3 and dry.removed_numbers == gone
    before = dump(admin.db)
    for wrong in (None, 2):
        with pytest.raises(UsageError, match=r"removes 3 customer\(s\).*--confirm-removals 3"):
            import_bytes(admin, data, "crm.csv", dry_run=False, mode="snapshot",
                         confirm_removals=wrong)  # fmt: skip
        assert dump(admin.db) == before
    assert [e[2] for e in entries(admin, "customers.import")][-2:] == ["unconfirmed"] * 2
    report = import_bytes(
        admin, data, "crm.csv", dry_run=False, mode="snapshot", confirm_removals=3
    )
    assert report.removed_numbers == gone and report.changes.unchanged == 297
    assert admin.db.scalar("SELECT count(*) FROM customers") == 297
    destroyed = entries(admin, "record.destroyed")
    assert [d[1] for d in destroyed] == [
        admin.audit.keyed_hash("customer_no|" + number) for number in gone
    ]
    assert {d[3]["reason"] for d in destroyed} == {"snapshot"}
    assert all(number not in str(destroyed) for number in gone)


def test_delete_list_alone(admin: Session, tmp_path: Path) -> None:
    rows = demo_rows()
    listed = DeleteList.of([rows[0]["customer_no"], "C99999999"])
    report = import_csv(admin, None, dry_run=False, removals=listed, confirm_removals=1)
    assert [str(p) for p in report.errors] == [
        "line 2, column customer_no: customer number is not in the vault"
    ]
    assert admin.db.scalar("SELECT count(*) FROM customers") == 300
    report = import_csv(
        admin, None, dry_run=False, removals=[rows[0]["customer_no"]], confirm_removals=1
    )
    assert report.removed_numbers == [rows[0]["customer_no"]]
    assert [d[3]["reason"] for d in entries(admin, "record.destroyed")] == ["delete-list"]
    assert entries(admin, "customers.import")[-1][1] == "delete list"


def test_the_phones_in_each_row_agree_with_the_index(admin: Session) -> None:
    """Update, snapshot (with removals, destroyed through the gate) and delete list: each
    customer's row names exactly the phones the index holds for it."""
    assert disagreeing(admin.db, admin.card_reader, admin.phone_index) == []
    rows = demo_rows()
    rows[0]["mobile"] = "13900000000"
    rows[1]["mobile"] = f"{rows[1]['mobile']};13900000001"
    rows[2]["landline"] = "" if rows[2]["landline"] else "01066667777"
    import_bytes(admin, csv_bytes(rows), "crm.csv", dry_run=False, mode="update")
    assert disagreeing(admin.db, admin.card_reader, admin.phone_index) == []
    assert (
        admin.card_reader.open(
            admin.db.scalar(
                "SELECT phones FROM customers WHERE customer_no = ?", (rows[0]["customer_no"],)
            ),
            rows[0]["customer_no"],
            "phones",
        )
        == "m13900000000"  # sealed for the lookup key (issue 15)
    )
    kept = rows[5:]
    kept[0]["mobile"] = "13900000005"
    import_bytes(
        admin, csv_bytes(kept), "crm.csv", dry_run=False, mode="snapshot", confirm_removals=5
    )
    assert (
        disagreeing(admin.db, admin.card_reader, admin.phone_index) == []
        and admin.db.scalar("SELECT count(*) FROM customers") == 295
    )
    import_csv(admin, None, dry_run=False, removals=[kept[1]["customer_no"]], confirm_removals=1)
    assert (
        disagreeing(admin.db, admin.card_reader, admin.phone_index) == []
        and admin.db.scalar("SELECT count(*) FROM customers") == 294
    )
    assert (
        admin.db.scalar(
            "SELECT count(*) FROM customer_phones "
            "WHERE customer_id NOT IN (SELECT id FROM customers)"
        )
        == 0
    )


def test_a_bad_row_changes_nothing_in_any_mode(admin: Session) -> None:
    rows = next_day()[:290]
    rows[200]["id_number"] = "110105194912310029"  # wrong check digit
    before = dump(admin.db)
    for mode, confirm in (("update", None), ("snapshot", 10)):
        report = import_bytes(admin, csv_bytes(rows), "crm.csv", dry_run=False, mode=mode,
                              removals=[demo_rows()[295]["customer_no"]],
                              confirm_removals=confirm)  # fmt: skip
        (error,) = report.errors  # (the demo's notes span lines: physical line numbers)
        assert error.column == "id_number" and error.line > 201
        assert "110105194912310029" not in str(report.errors)
        assert dump(admin.db) == before
    assert [e[2] for e in entries(admin, "customers.import")][-2:] == ["rejected"] * 2


def test_without_a_person(admin: Session) -> None:
    """The hall's worker calls the core with its own connection: no session, no password."""
    report = apply_customer_file(
        admin.db,
        admin.audit,
        admin.policy,
        admin.runtime.clock.now(),
        actor="hall",
        source=csv_bytes(next_day()),
        source_name="change set 7",
        mode="update",
        opener=admin.opener,
    )
    assert report.changes.changed == 7
    assert entries(admin, "customers.import")[-1][:3] == ("customers.import", "change set 7", "ok")


def test_agents_may_not_update(customer_vault: StaffedVault) -> None:
    session = customer_vault.session("agent01")
    try:
        with pytest.raises(PermissionDenied):
            import_bytes(session, csv_bytes(next_day()), "x.csv", dry_run=False, mode="update")
    finally:
        session.close()


def test_killed_mid_update_loses_nothing(customer_vault: StaffedVault, tmp_path: Path) -> None:
    """kill -9 half-way through an update (6000 rows: 300 compared, the rest new)."""
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
        session = sign_in(rt, VaultPaths(__import__("pathlib").Path(sys.argv[1])), "sec01",
                          {PASSWORDS["sec01"]!r})
        import pickle
        from tests.helpers.imports import dump
        # Sign-in has run the tier expiry (by the real clock): the state to keep is this one.
        with open(sys.argv[4], "wb") as out:
            pickle.dump(dump(session.db), out)
        def kill(done, total):
            if done >= 3000:
                os.kill(os.getpid(), signal.SIGKILL)
        import_bytes(session, demo_csv_bytes(6000, 9), "crm.csv", dry_run=False,
                     mode="snapshot", confirm_removals=0, progress=kill)
    """)
    )
    vault_id = KeyFile.load(customer_vault.paths.keys).vault_id
    keyring = keyring_text(customer_vault.runtime)
    result = subprocess.run(
        [
            sys.executable,
            str(script),
            str(customer_vault.paths.vault),
            vault_id,
            keyring,
            str(tmp_path / "before.pickle"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ},
    )
    assert result.returncode == -9, result.stderr
    before = pickle.loads((tmp_path / "before.pickle").read_bytes())
    session = customer_vault.session("sec01")
    try:
        assert dump(session.db) == before
        assert verify_audit(session).ok
    finally:
        session.close()
