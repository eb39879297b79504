"""Customer rows: the name-prefix query behind name search, over sealed names."""

from __future__ import annotations

from pathlib import Path

import pytest

from seatdesk.policy.model import Policy
from seatdesk.records.csv_format import CustomerDraft
from seatdesk.records.customers import ids_by_name_prefix, insert_customers, name_prefix_bound
from seatdesk.vault.compartment_keys import NO_KEYS
from seatdesk.vault.db import VaultDb
from seatdesk.vault.value_seal import ValueOpener
from tests.helpers.compartments import sealed_db

NAMES = ["王五", "王小明", "王", "汪洋", "李四", "欧阳𠮷祥", "欧阳锋", "王\U0010ffff", "王𠮷"]


@pytest.fixture
def sealed(tmp_path: Path, policy: Policy) -> tuple[VaultDb, ValueOpener]:
    vault, sealer, opener = sealed_db(tmp_path / "names.vault", policy)
    with vault.transaction():
        vault.execute(
            "INSERT INTO import_batches(id, at, actor, rows, encoding, sha256) "
            "VALUES (1, 'now', 'test', 0, 'utf-8', '')"
        )
        drafts = [CustomerDraft(customer_no=f"C{i}", name=name) for i, name in enumerate(NAMES)]
        insert_customers(vault, drafts, batch_id=1, created_at="now", sealer=sealer)
    return vault, opener


def names(ids: list[int]) -> list[str]:
    return [NAMES[i - 1] for i in ids]


def test_prefix_matches_exactly_the_names_that_start_with_it(
    sealed: tuple[VaultDb, ValueOpener],
) -> None:
    db, opener = sealed
    for prefix in ("王", "王小", "欧阳", "欧阳𠮷", "汪", "李四", "张", "王\U0010ffff"):
        found = names(ids_by_name_prefix(db, prefix, limit=100, opener=opener))
        assert sorted(found) == sorted(n for n in NAMES if n.startswith(prefix)), prefix
    db.close()


def test_names_are_stored_sealed_and_masked(sealed: tuple[VaultDb, ValueOpener]) -> None:
    db, _ = sealed
    stored = db.execute("SELECT name, name_mask FROM customers ORDER BY id")
    assert [bytes(r[0]).find("王".encode()) for r in stored] == [-1] * len(NAMES)
    assert [r[1] for r in stored][:3] == ["王*", "王**", "*"]
    db.close()


def test_longer_prefixes_match_only_names_the_keys_open(
    sealed: tuple[VaultDb, ValueOpener],
) -> None:
    db, _ = sealed
    blind = ValueOpener(db, "test-vault", NO_KEYS)
    assert ids_by_name_prefix(db, "王小", limit=10, opener=blind) == []
    # One character is matched on the masked name, which shows it: no key needed.
    assert len(ids_by_name_prefix(db, "王", limit=10, opener=blind)) == 4
    db.close()


def test_limit_keeps_the_first_in_masked_name_order(sealed: tuple[VaultDb, ValueOpener]) -> None:
    db, opener = sealed
    assert names(ids_by_name_prefix(db, "王", limit=2, opener=opener)) == ["王", "王五"]
    db.close()


def test_the_query_is_an_index_range_scan(sealed: tuple[VaultDb, ValueOpener]) -> None:
    db, _ = sealed
    plan = " ".join(
        str(row[-1])
        for row in db.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM customers WHERE name_mask >= ? AND name_mask < ? "
            "ORDER BY name_mask, id LIMIT ?",
            ("王", "玌", 10),
        )
    )
    db.close()
    assert "INDEX customers_by_name (name_mask>? AND name_mask<?)" in plan
    assert "TEMP B-TREE" not in plan


def test_upper_bound() -> None:
    assert name_prefix_bound("王") == chr(ord("王") + 1)
    assert name_prefix_bound("a\ud7ff") == "a\ue000"
    assert name_prefix_bound("王\U0010ffff") == chr(ord("王") + 1)
    assert name_prefix_bound("\U0010ffff") is None
    with pytest.raises(ValueError):
        ids_by_name_prefix(None, "", limit=1, opener=None)  # type: ignore[arg-type]
