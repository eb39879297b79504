"""Customer rows: the name-prefix range query behind name search."""

from __future__ import annotations

from pathlib import Path

import pytest

from seatdesk.records.csv_format import CustomerDraft
from seatdesk.records.customers import ids_by_name_prefix, insert_customers, name_prefix_bound
from seatdesk.vault.db import VaultDb, open_db
from seatdesk.vault.schema import migrate

NAMES = ["王五", "王小明", "王", "汪洋", "李四", "欧阳𠮷祥", "欧阳锋", "王\U0010ffff", "王𠮷"]


@pytest.fixture
def db(tmp_path: Path) -> VaultDb:
    vault = open_db(tmp_path / "names.vault", bytes(range(32)), create=True)
    migrate(vault)
    with vault.transaction():
        vault.execute(
            "INSERT INTO import_batches(id, at, actor, rows, encoding, sha256) "
            "VALUES (1, 'now', 'test', 0, 'utf-8', '')"
        )
        drafts = [CustomerDraft(customer_no=f"C{i}", name=name) for i, name in enumerate(NAMES)]
        insert_customers(vault, drafts, batch_id=1, created_at="now")
    return vault


def names(db: VaultDb, ids: list[int]) -> list[str]:
    return [str(db.scalar("SELECT name FROM customers WHERE id = ?", (i,))) for i in ids]


def test_prefix_matches_exactly_the_names_that_start_with_it(db: VaultDb) -> None:
    for prefix in ("王", "王小", "欧阳", "欧阳𠮷", "汪", "李四", "张", "王\U0010ffff"):
        found = names(db, ids_by_name_prefix(db, prefix, limit=100))
        assert found == sorted(n for n in NAMES if n.startswith(prefix)), prefix
    db.close()


def test_limit_keeps_the_first_in_name_order(db: VaultDb) -> None:
    assert names(db, ids_by_name_prefix(db, "王", limit=2)) == ["王", "王五"]
    db.close()


def test_the_query_is_an_index_range_scan(db: VaultDb) -> None:
    plan = " ".join(
        str(row[-1])
        for row in db.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM customers WHERE name >= ? AND name < ? "
            "ORDER BY name, id LIMIT ?",
            ("王", "玌", 10),
        )
    )
    db.close()
    assert "USING COVERING INDEX customers_by_name (name>? AND name<?)" in plan
    assert "TEMP B-TREE" not in plan


def test_upper_bound() -> None:
    assert name_prefix_bound("王") == chr(ord("王") + 1)
    assert name_prefix_bound("a\ud7ff") == "a\ue000"
    assert name_prefix_bound("王\U0010ffff") == chr(ord("王") + 1)
    assert name_prefix_bound("\U0010ffff") is None
    with pytest.raises(ValueError):
        ids_by_name_prefix(None, "", limit=1)  # type: ignore[arg-type]
