"""A customer's phones in its row: the text the writers make is the text SQL makes from the
index (the v11 migration), and it reads back as the card's mobiles and landlines."""

from __future__ import annotations

from pathlib import Path

from seatdesk.records.phone_column import FROM_INDEX, parse_phones, phones_text
from tests.helpers.compartments import sealed_db


def test_written_and_read_back() -> None:
    pairs = [("13800138000", "mobile"), ("01012345678", "landline"), ("13500000000", "mobile")]
    text = phones_text(pairs)
    assert text == "l01012345678,m13500000000,m13800138000"
    assert parse_phones(text) == (("13500000000", "13800138000"), ("01012345678",))
    assert parse_phones("") == ((), ())
    assert phones_text([*pairs, pairs[0]]) == text  # a repeat once, as the index keeps it


def test_the_same_text_as_sql_makes_from_the_index(tmp_path: Path) -> None:
    db, _, _ = sealed_db(tmp_path / "v.vault")
    try:
        db.execute(
            "INSERT INTO customers(id, customer_no, name, tier, created_at) "
            "VALUES (1, 'C1', 'x', '秘密', 'now'), (2, 'C2', 'y', '秘密', 'now')"
        )
        pairs = [("13800138000", "mobile"), ("0755123456", "landline"), ("13000000001", "mobile")]
        db.executemany(
            "INSERT INTO customer_phones(number, customer_id, kind) VALUES (?, 1, ?)", pairs
        )
        made = db.execute(f"SELECT id, {FROM_INDEX} FROM customers ORDER BY id")
        assert made == [(1, phones_text(pairs)), (2, "")]
    finally:
        db.close()
