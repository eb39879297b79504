from __future__ import annotations

import re
import time
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from seatdesk.core.errors import UsageError
from seatdesk.records.csv_format import COLUMNS
from seatdesk.records.csv_reader import parse_customer_csv
from seatdesk.records.demo_data import TIERS, generate_customers, write_demo_csv
from seatdesk.records.validation import (
    RESIDENT_ID_TYPES,
    check_other_id,
    check_resident_id,
    luhn_ok,
    normalise_landline,
    normalise_mobile,
    resident_id_birth_date,
    resident_id_is_male,
)

TODAY = date(2026, 11, 28)
COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "东方")


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    return list(generate_customers(3000, 20261128, today=TODAY))


def test_same_seed_same_rows_and_other_seed_other_rows() -> None:
    first = list(generate_customers(200, 1, today=TODAY))
    assert first == list(generate_customers(200, 1, today=TODAY))
    assert first != list(generate_customers(200, 2, today=TODAY))
    assert first[:50] == list(generate_customers(50, 1, today=TODAY))


def test_global_random_state_is_not_used() -> None:
    import random

    random.seed(99)
    before = random.random()
    random.seed(99)
    list(generate_customers(50, 5, today=TODAY))
    assert random.random() == before


def test_rows_have_every_column_as_strings(rows: list[dict[str, str]]) -> None:
    for row in rows:
        assert tuple(row) == COLUMNS
        assert all(isinstance(value, str) for value in row.values())


def test_customer_numbers_and_mobiles_are_unique(rows: list[dict[str, str]]) -> None:
    numbers = [row["customer_no"] for row in rows]
    assert len(set(numbers)) == len(numbers)
    assert all(re.fullmatch(r"C[0-9]{8}", n) for n in numbers)
    mobiles = [m for row in rows for m in row["mobile"].split(";")]
    assert len(set(mobiles)) == len(mobiles)
    assert all(normalise_mobile(m) == m for m in mobiles)
    assert sum(";" in row["mobile"] for row in rows) > 0
    assert len({m[:3] for m in mobiles}) > 30


def test_id_numbers_are_valid_and_match_gender_and_birth_date(rows: list[dict[str, str]]) -> None:
    types: Counter[str] = Counter()
    for row in rows:
        id_type = row["id_type"] or "居民身份证"
        types[id_type] += 1
        if id_type in RESIDENT_ID_TYPES:
            number = row["id_number"]
            assert check_resident_id(number, TODAY) is None
            assert len(number) == 18
            assert resident_id_is_male(number) == (row["gender"] == "男")
            if row["birth_date"]:
                assert date.fromisoformat(row["birth_date"]) == resident_id_birth_date(number)
            born = resident_id_birth_date(number)
            assert date(1940, 1, 1) <= born <= date(2005, 12, 31)
        else:
            assert check_other_id(id_type, row["id_number"]) is None
    assert types["居民身份证"] > 0.95 * len(rows)
    assert types["港澳台居民居住证"] > 0


def test_other_fields_are_plausible(rows: list[dict[str, str]]) -> None:
    for row in rows:
        if row["bank_card"]:
            assert row["bank_card"].startswith("62")
            assert len(row["bank_card"]) in (16, 19)
            assert luhn_ok(row["bank_card"])
        if row["landline"]:
            assert normalise_landline(row["landline"]) is not None
        assert row["address"].endswith("室")
        assert "号" in row["address"]
    tiers = Counter(row["tier"] for row in rows)
    assert set(tiers) == set(TIERS)
    assert 0.80 < tiers["秘密"] / len(rows) < 0.90
    assert any(row["tier_expires"] for row in rows)
    assert any(date.fromisoformat(row["retain_until"]) < TODAY for row in rows)
    assert 0.35 < sum(bool(row["email"]) for row in rows) / len(rows) < 0.65
    notes = [row["notes"] for row in rows if row["notes"]]
    assert any(re.search(r"1[3-9][0-9]{9}", note) for note in notes)
    assert any(re.search(r"62[0-9]{14,17}", note) for note in notes)
    assert any("\n" in note for note in notes)


def test_names_include_compound_surnames_and_characters_outside_the_bmp(
    rows: list[dict[str, str]],
) -> None:
    names = [row["name"] for row in rows]
    assert any(name.startswith(COMPOUND_SURNAMES) for name in names)
    assert any(any(ord(ch) > 0xFFFF for ch in name) for name in names)
    lengths = Counter(len(name) for name in names)
    assert lengths[2] > 0
    assert lengths[3] > 0


def test_address_matches_the_region_of_the_id(rows: list[dict[str, str]]) -> None:
    for row in rows:
        if row["id_number"].startswith("110105") and row["id_type"] != "护照":
            assert row["address"].startswith("北京市朝阳区")
        if row["id_number"].startswith("440305"):
            assert row["address"].startswith("广东省深圳市南山区")


def test_every_row_imports_without_errors_or_warnings(tmp_path: Path) -> None:
    path = tmp_path / "demo.csv"
    assert write_demo_csv(path, 2000, 3, today=TODAY) == 2000
    data = path.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8").splitlines()[0] == ",".join(COLUMNS)
    parsed = parse_customer_csv(data, tier_labels=TIERS, default_tier="秘密", today=TODAY)
    assert parsed.encoding == "utf-8"
    assert parsed.problems == []
    assert len(parsed.drafts) == 2000
    assert [p.name for p in tmp_path.iterdir()] == ["demo.csv"]


def test_file_is_deterministic(tmp_path: Path) -> None:
    write_demo_csv(tmp_path / "a.csv", 300, 11, today=TODAY)
    write_demo_csv(tmp_path / "b.csv", 300, 11, today=TODAY)
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()


def test_ten_thousand_rows_are_quick() -> None:
    started = time.perf_counter()
    count = sum(1 for _ in generate_customers(10_000, 8, today=TODAY))
    elapsed = time.perf_counter() - started
    assert count == 10_000
    assert elapsed < 5, f"10,000 rows took {elapsed:.2f} s"


def test_birth_dates_stay_adult_for_an_early_today() -> None:
    early = date(2010, 6, 1)
    for row in generate_customers(300, 4, today=early):
        if row["id_type"] != "护照":
            assert check_resident_id(row["id_number"], early) is None
            assert resident_id_birth_date(row["id_number"]) <= date(1992, 6, 1)


@pytest.mark.parametrize("count", [-1, 10_000_001])
def test_count_out_of_range(count: int) -> None:
    with pytest.raises(UsageError, match="count"):
        generate_customers(count, 1, today=TODAY)


def test_zero_rows(tmp_path: Path) -> None:
    assert write_demo_csv(tmp_path / "empty.csv", 0, 1, today=TODAY) == 0
    assert (tmp_path / "empty.csv").read_text(encoding="utf-8").strip() == ",".join(COLUMNS)
