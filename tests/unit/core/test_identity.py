"""The identity checks both `records` and `visitors` use (pure; the import's own cases are in
tests/unit/records/test_records_validation.py, which reaches them through its re-exports)."""

from __future__ import annotations

from datetime import date

import pytest

from seatdesk.core import identity
from seatdesk.core.identity import (
    RESIDENT_ID_TYPES,
    check_other_id,
    check_resident_id,
    normalise_international_mobile,
    normalise_mobile,
    normalise_other_id,
    normalise_resident_id,
    resident_id_birth_date,
    resident_id_check_char,
    resident_id_is_male,
    to_ascii_digits,
)
from seatdesk.records import validation

TODAY = date(2026, 1, 1)
ID = "11010519491231002X"  # the GB 11643 example


def test_records_validation_re_exports_the_same_functions() -> None:
    for name in identity.__all__:
        if hasattr(validation, name):
            assert getattr(validation, name) is getattr(identity, name), name
    for name in ("check_resident_id", "normalise_mobile", "to_ascii_digits", "RESIDENT_ID_TYPES"):
        assert name in validation.__all__


def test_resident_id_check_character_and_details() -> None:
    assert resident_id_check_char(ID[:17]) == "X"
    assert check_resident_id(ID, TODAY) is None
    assert check_resident_id(ID.lower(), TODAY) is None
    assert check_resident_id(ID[:17] + "1", TODAY) == "check digit does not match"
    assert resident_id_birth_date(ID) == date(1949, 12, 31)
    assert not resident_id_is_male(ID)
    assert "居民身份证" in RESIDENT_ID_TYPES


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("1101051949123", "18 characters"),
        ("01010519491231002X", "region code"),
        ("110105194913310020", "not a real date"),
        ("110105203001010020", "future"),
    ],
)
def test_reasons_never_repeat_the_number(value: str, reason: str) -> None:
    found = check_resident_id(value, TODAY)
    assert found is not None and reason in found and value[6:] not in found


def test_full_width_and_spaced_numbers_are_normalised() -> None:
    assert normalise_resident_id("１１０１０５ １９４９１２３１００２ｘ") == ID
    assert to_ascii_digits("١٣٨") == "138"  # Arabic-Indic digits
    assert normalise_other_id(" e 1234 5678 ") == "E12345678"
    assert check_other_id("护照", "E12345678") is None
    assert check_other_id("护照", "E12*45") == "must be 5-20 letters or digits"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("13800138000", "13800138000"),
        ("+86 138-0013-8000", "13800138000"),
        ("１３８ ００１３ ８０００", "13800138000"),
        ("tel:008613800138000", "13800138000"),
        ("12800138000", None),
        ("+44 7700 900123", None),
    ],
)
def test_mainland_mobile(raw: str, expected: str | None) -> None:
    assert normalise_mobile(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("+44 7700 900123", "+447700900123"),
        ("+1 (555) 010-9999", "+15550109999"),
        ("＋４４７７００９００１２３", "+447700900123"),
        ("+86 13800138000", None),  # a mainland number is not international
        ("447700900123", None),  # the + is required
        ("+44 77", None),
    ],
)
def test_international_mobile(raw: str, expected: str | None) -> None:
    assert normalise_international_mobile(raw) == expected
