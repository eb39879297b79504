"""Row hashes (vault schema v9): a row whose keyed hash is the one stored with its record is
unchanged without being fetched; rows imported before hashes (or edited since) are compared whole
and get their hash; a write to an imported column outside an import makes the hash stale."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

import pytest

from seatdesk.records import import_update, importer
from seatdesk.records.customers import StoredImport, row_hash
from seatdesk.records.demo_data import generate_customers
from seatdesk.records.import_update import ImportMode
from seatdesk.vault.db import VaultDb
from seatdesk.vault.value_seal import ValueOpener
from tests.helpers.compartments import opener_of, sealed_db, sealer_of
from tests.helpers.imports import csv_bytes

TODAY = date(2026, 1, 1)
TIERS = ("秘密", "机密", "绝密")
KEY = bytes(range(32, 64))


@pytest.fixture
def db(tmp_path: Path) -> Iterator[VaultDb]:
    vault, _, _ = sealed_db(tmp_path / "hashes.vault")
    yield vault
    vault.close()


@pytest.fixture
def fetched(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The customer numbers the comparer fetches whole."""
    numbers: list[str] = []
    real = import_update.stored_for_import

    def spy(db: VaultDb, wanted: Sequence[str], opener: ValueOpener) -> dict[str, StoredImport]:
        numbers.extend(wanted)
        return real(db, wanted, opener)

    monkeypatch.setattr(import_update, "stored_for_import", spy)
    return numbers


def run(db: VaultDb, rows: list[dict[str, str]], mode: ImportMode) -> importer.ImportReport:
    with db.transaction():
        return importer.import_customers(
            db, csv_bytes(rows), tier_labels=TIERS, default_tier="秘密", today=TODAY,
            created_at="2026-01-02T00:00:00+00:00", actor="test", dry_run=False, mode=mode,
            hash_key=KEY, sealer=sealer_of(db), opener=opener_of(db),
        )  # fmt: skip


def rows() -> list[dict[str, str]]:
    # No confidentiality period that ends before TODAY: those rows are always compared whole.
    return [{**row, "tier_expires": ""} for row in generate_customers(40, 5, today=TODAY)]


def hashed(db: VaultDb) -> int:
    return int(db.scalar("SELECT count(*) FROM customers WHERE import_hash IS NOT NULL"))


def test_unchanged_rows_are_known_by_their_hash_and_not_fetched(
    db: VaultDb, fetched: list[str]
) -> None:
    first = rows()
    run(db, first, "add")  # a first import stores the hashes (the first update opens nothing)
    assert hashed(db) == 40
    db.execute("UPDATE customers SET import_hash = NULL")  # as a vault imported before hashes
    report = run(db, first, "update")
    assert report.changes.unchanged == 40 and len(fetched) == 40  # compared whole
    assert hashed(db) == 40  # and stores each row's hash
    fetched.clear()
    after = [dict(row) for row in first]
    after[3]["address"] = "上海市浦东新区世纪大道100号"
    after[7]["mobile"] = "13912345678"
    report = run(db, after, "snapshot")
    assert report.changes.changed == 2 and report.changes.unchanged == 38
    assert sorted(fetched) == sorted([after[3]["customer_no"], after[7]["customer_no"]])
    assert hashed(db) == 40  # the changed rows have their new hash
    fetched.clear()
    assert run(db, after, "update").changes.unchanged == 40 and fetched == []


def test_a_write_outside_an_import_makes_the_hash_stale(db: VaultDb, fetched: list[str]) -> None:
    first = rows()
    run(db, first, "add")
    run(db, first, "update")
    with db.transaction():  # as the tier expiry or a desk's edit writes a customer
        db.execute(
            "UPDATE customers SET tier = '机密' WHERE customer_no = ?", (first[0]["customer_no"],)
        )
        db.execute("UPDATE customers SET consent_withdrawn_at = 'x' WHERE id = 2")  # not imported
    assert hashed(db) == 39
    fetched.clear()
    report = run(db, first, "update")
    assert fetched == [first[0]["customer_no"]]  # compared whole, and put back as the file has it
    assert report.changes.fields == {"tier": 1} and hashed(db) == 40


def test_the_hash_is_keyed_and_covers_values_and_phones() -> None:
    values = ("C1", "王小明", "男", None, "居民身份证", None, None, None, None, "", "秘密")
    phones = (("13800000000", "mobile"),)
    digest = row_hash(KEY, values, phones)
    assert len(digest) == 16 and digest == row_hash(KEY, values, tuple(reversed(phones)))
    assert digest != row_hash(bytes(32), values, phones)  # another vault's key
    assert digest != row_hash(KEY, values, (("13800000001", "mobile"),))
    assert digest != row_hash(KEY, (*values[:-1], "机密"), phones)
    plain = "\x1f".join("\x00" if v is None else v for v in values).encode()
    assert digest not in (hashlib.sha256(plain).digest()[:16], hashlib.md5(plain).digest())
