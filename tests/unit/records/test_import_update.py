"""Imports that update: only what changed is written, in place; snapshots and delete lists
remove only when confirmed; a bad row anywhere changes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from seatdesk.records import import_reading, importer
from seatdesk.records.delete_list import DeleteList, parse_delete_list
from seatdesk.records.demo_data import generate_customers
from seatdesk.records.import_update import ImportMode
from seatdesk.records.phone_column import disagreeing
from seatdesk.vault.db import VaultDb
from tests.helpers.compartments import opened, opener_of, sealed_db, sealer_of
from tests.helpers.imports import count_writes, csv_bytes, dump, writes

TODAY = date(2026, 1, 1)
TIERS = ("秘密", "机密", "绝密")
CLASSES = {
    **dict.fromkeys(("name", "mobile", "id_number", "birth_date", "bank_card"), "一类"),
    **dict.fromkeys(("landline", "address", "email", "notes"), "二类"),
    **dict.fromkeys(("consent", "segment", "gender"), "三类"),
}


@pytest.fixture
def db(tmp_path: Path) -> Iterator[VaultDb]:
    vault, _, _ = sealed_db(tmp_path / "update.vault")
    yield vault
    vault.close()


@pytest.fixture(params=["inline", "reader-process"])
def mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(import_reading, "BATCH_ROWS", 7)  # many batches
    if request.param == "reader-process":
        monkeypatch.setattr(import_reading, "PARALLEL_MIN_ROWS", 1)
        monkeypatch.setattr(importer, "BULK_MIN_ROWS", 1)
    return str(request.param)


def run(
    db: VaultDb,
    data: bytes | None,
    mode: ImportMode = "add",
    *,
    removals: DeleteList | None = None,
    confirm: int | None = None,
    dry_run: bool = False,
) -> importer.ImportReport:
    with db.transaction():
        return importer.import_customers(
            db,
            data,
            tier_labels=TIERS,
            default_tier="秘密",
            today=TODAY,
            created_at="2026-01-02T00:00:00+00:00",
            actor="test",
            sealer=sealer_of(db),
            opener=opener_of(db),
            dry_run=dry_run,
            mode=mode,
            removals=removals,
            confirm_removals=confirm,
            field_classes=CLASSES,
        )


def customers(count: int = 30) -> list[dict[str, str]]:
    return list(generate_customers(count, 3, today=TODAY))


def changed_file() -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """The first 20 customers as stored, and the file of the next day: 3 changed, 2 new."""
    rows = customers()
    first, after = rows[:20], [dict(r) for r in rows[:22]]
    after[1]["address"] = "上海市浦东新区世纪大道100号"
    after[4]["mobile"] = "13900000004"
    after[4]["segment"] = "新分群"
    after[7]["tier"] = "绝密" if after[7]["tier"] != "绝密" else "机密"
    return first, after


def test_update_writes_the_changes_in_place_and_adds_the_new(db: VaultDb, mode: str) -> None:
    first, after = changed_file()
    assert run(db, csv_bytes(first)).imported == 20
    ids = dict(db.execute("SELECT customer_no, id FROM customers"))
    report = run(db, csv_bytes(after), "update")
    assert not report.errors
    changes = report.changes
    assert (changes.added, changes.changed, changes.unchanged, changes.removed) == (2, 3, 17, 0)
    assert changes.fields == {"address": 1, "mobile": 1, "segment": 1, "tier": 1}
    assert changes.classes == {"二类": 1, "一类": 1, "三类": 1}
    assert report.changed_numbers == [after[i]["customer_no"] for i in (1, 4, 7)]
    assert report.added_numbers == [after[20]["customer_no"], after[21]["customer_no"]]
    assert [(c.customer_no, c.what) for c in report.lifecycle] == [
        (after[7]["customer_no"], "tier")
    ]
    assert report.imported == 5
    now = dict(db.execute("SELECT customer_no, id FROM customers"))
    assert {no: now[no] for no in ids} == ids  # every id kept
    assert opened(
        db, "SELECT customer_no, address FROM customers WHERE customer_no = ?",
        (after[1]["customer_no"],),
    ) == [(after[1]["customer_no"], after[1]["address"])]  # fmt: skip
    assert db.execute(
        "SELECT number FROM customer_phones p JOIN customers c ON c.id = p.customer_id "
        "WHERE c.customer_no = ? AND kind = 'mobile'",
        (after[4]["customer_no"],),
    ) == [("13900000004",)]
    assert (
        db.scalar(
            "SELECT tier_changed_at FROM customers WHERE customer_no = ?",
            (after[7]["customer_no"],),
        )
        == "2026-01-02T00:00:00+00:00"
    )
    assert db.scalar("SELECT count(tier_changed_at) FROM customers") == 1
    assert db.scalar("PRAGMA integrity_check") == "ok"


def test_unchanged_rows_cost_no_writes(db: VaultDb, mode: str) -> None:
    first, after = changed_file()
    run(db, csv_bytes(first))
    count_writes(db)
    run(db, csv_bytes(first), "update")
    run(db, csv_bytes(first), "snapshot")
    assert writes(db) == {}
    run(db, csv_bytes(after), "update")
    # 2 inserted with their phones, 3 updated; phones only for the one whose phones changed
    # (in the index, and in its row: one more row update).
    counted = writes(db)
    assert counted["customers insert"] == 2 and counted["customers update"] == 4
    assert "customer_phones delete" in counted and "customers delete" not in counted


def test_the_same_file_in_update_mode_is_all_unchanged(db: VaultDb) -> None:
    rows = customers()
    run(db, csv_bytes(rows))
    report = run(db, csv_bytes(rows), "update", dry_run=True)
    assert report.changes.unchanged == 30 and report.changes.changed == 0


def test_a_dry_run_counts_the_same_and_writes_nothing(db: VaultDb, mode: str) -> None:
    first, after = changed_file()
    run(db, csv_bytes(first))
    before = dump(db)
    dry = run(db, csv_bytes(after), "update", dry_run=True)
    assert dump(db) == before
    real = run(db, csv_bytes(after), "update")
    assert dry.changes == real.changes and dry.imported == 0
    assert (dry.added_numbers, dry.changed_numbers) == (real.added_numbers, real.changed_numbers)


@pytest.mark.parametrize("import_mode", ["update", "snapshot"])
def test_a_bad_row_changes_nothing(db: VaultDb, mode: str, import_mode: ImportMode) -> None:
    first, after = changed_file()
    run(db, csv_bytes(first))
    before = dump(db)
    after[15]["mobile"] = "12345"
    report = run(db, csv_bytes(after[:18]), import_mode, confirm=2)
    assert [(p.line, p.column) for p in report.errors] == [(17, "mobile")]
    assert report.changes.changed == report.changes.added == 0 and report.removals == []
    assert dump(db) == before


def test_snapshot_removes_only_with_the_right_confirmation(db: VaultDb, mode: str) -> None:
    first, after = changed_file()
    run(db, csv_bytes(first))
    before = dump(db)
    snapshot = csv_bytes(after[2:])  # the first two customers are gone from the CRM
    dry = run(db, snapshot, "snapshot", dry_run=True)
    assert dry.changes.removed == 2 and not dry.unconfirmed
    assert dry.removed_numbers == [first[0]["customer_no"], first[1]["customer_no"]]
    assert {r.reason for r in dry.removals} == {"snapshot"}
    for wrong in (None, 1, 3):
        refused = run(db, snapshot, "snapshot", confirm=wrong)
        assert refused.unconfirmed and refused.imported == 0
        assert dump(db) == before
    done = run(db, snapshot, "snapshot", confirm=2)
    assert not done.unconfirmed and done.changes.removed == 2
    # The records layer finds them; destroying them is the caller's (services.destruction).
    assert [r.customer_no for r in done.removals] == dry.removed_numbers


def test_delete_list_problems_are_named_by_line(db: VaultDb) -> None:
    rows = customers()
    run(db, csv_bytes(rows[:10]))
    text = "\ufeffcustomer_no\n\n{0}\n{1}\nC99999999\n{0}\n{2}\n".format(
        rows[0]["customer_no"], rows[1]["customer_no"], rows[5]["customer_no"]
    )
    listed = parse_delete_list(text.encode("utf-8"))
    # Customer 5 is in the import file as well; C99999999 is not in the vault; 0 is repeated.
    report = run(db, csv_bytes(rows[5:6]), "update", removals=listed, confirm=2)
    assert [str(p) for p in report.list_problems] == [
        "line 5, column customer_no: customer number is not in the vault",
        "line 6, column customer_no: repeated (first on line 3)",
        "line 7, column customer_no: customer number is in the import file too",
    ]
    assert report.errors and report.removals == []
    assert db.scalar("SELECT count(*) FROM customers") == 10


def test_delete_list_alone(db: VaultDb) -> None:
    rows = customers()
    run(db, csv_bytes(rows[:10]))
    listed = DeleteList.of([rows[3]["customer_no"], rows[4]["customer_no"]])
    assert run(db, None, removals=listed).unconfirmed
    report = run(db, None, removals=listed, confirm=2)
    assert [r.reason for r in report.removals] == ["delete-list", "delete-list"]
    assert report.changes.removed == 2


def test_a_delete_list_that_is_not_utf8() -> None:
    listed = parse_delete_list(b"customer_no\nC0001\n\xff\xfe\n")
    assert [str(p) for p in listed.problems] == [
        "line 3: not UTF-8 text (save the delete list as UTF-8)"
    ]


def test_consent_with_no_purpose_left_is_a_withdrawal(db: VaultDb) -> None:
    rows = customers(5)
    rows[0]["consent"], rows[1]["consent"] = "营销;回访", "营销;回访"
    run(db, csv_bytes(rows))
    after = [dict(r) for r in rows]
    after[0]["consent"], after[1]["consent"] = "", "回访"
    report = run(db, csv_bytes(after), "update")
    assert [(c.what, c.old, c.new, c.withdrawn) for c in report.lifecycle] == [
        ("consent", "营销;回访", "", True),
        ("consent", "营销;回访", "回访", False),
    ]
    withdrawn = db.execute(
        "SELECT customer_no FROM customers WHERE consent_withdrawn_at IS NOT NULL"
    )
    assert withdrawn == [(rows[0]["customer_no"],)]


def test_add_mode_is_as_before(db: VaultDb) -> None:
    rows = customers()
    report = run(db, csv_bytes(rows[:10]))
    assert report.changes.added == 10 and report.added_numbers == [
        r["customer_no"] for r in rows[:10]
    ]
    again = run(db, csv_bytes(rows[5:12]))
    assert {p.message for p in again.errors} == {"customer number is already in the vault"}
    assert again.changes.added == 0


def test_an_expired_tier_stays_expired(db: VaultDb) -> None:
    """The CRM still says 绝密 until a past date; the vault dropped it (tier expiry): the next
    day's export leaves it alone instead of bringing the old tier back."""
    rows = customers(3)
    rows[0]["tier"], rows[0]["tier_expires"] = "绝密", "2025-06-30"
    run(db, csv_bytes(rows))
    db.execute("UPDATE customers SET tier = '秘密', tier_expires = NULL WHERE id = 1")  # expiry
    report = run(db, csv_bytes(rows), "update")
    assert report.changes.unchanged == 3 and report.lifecycle == []


def test_the_phones_in_each_row_agree_with_the_index(db: VaultDb, mode: str) -> None:
    """After an add and an update (a mobile changed, one added, a landline added) the row's
    phones (what a card shows) are the index's (what a search by number finds); removals are
    the services' (tests/unit/services/test_import_modes.py)."""
    first, after = changed_file()
    run(db, csv_bytes(first))
    assert disagreeing(db) == []
    assert db.scalar("SELECT count(*) FROM customers WHERE phones = ''") == 0
    after[2]["landline"] = "01088886666"
    after[3]["mobile"] = f"{after[3]['mobile']};13700000003"
    run(db, csv_bytes(after), "update")
    assert disagreeing(db) == []
    stored = db.scalar(
        "SELECT phones FROM customers WHERE customer_no = ?", (after[3]["customer_no"],)
    )
    assert stored.count("m") == 2 and "m13700000003" in stored
    # the check can fail: an index row the customer's row does not name is found
    db.execute(
        "INSERT INTO customer_phones(number, customer_id, kind) "
        "SELECT '13500000000', min(id), 'mobile' FROM customers"
    )
    assert len(disagreeing(db)) == 1
