from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from seatdesk.records.validation import (
    check_other_id,
    check_resident_id,
    luhn_check_digit,
    luhn_ok,
    normalise_card,
    normalise_landline,
    normalise_mobile,
    normalise_other_id,
    normalise_phone_query,
    normalise_resident_id,
    parse_iso_date,
    resident_id_birth_date,
    resident_id_check_char,
    resident_id_is_male,
    to_ascii_digits,
    valid_email,
)

TODAY = date(2026, 11, 28)
# The example number printed in GB 11643 itself.
STANDARD_EXAMPLE = "11010519491231002X"
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")

digits = st.text(alphabet="0123456789", min_size=1, max_size=1)


def make_id(first17: str) -> str:
    return first17 + resident_id_check_char(first17)


# --- digits -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("０１２３４５６７８９", "0123456789"),
        ("١٢٣", "123"),  # Arabic-Indic
        ("१२३", "123"),  # Devanagari
        ("abc 123", "abc 123"),
        ("＋８６－１３８", "+86-138"),
    ],
)
def test_to_ascii_digits(raw: str, expected: str) -> None:
    assert to_ascii_digits(raw) == expected


# --- resident ID numbers --------------------------------------------------------------------


def test_standard_example_is_valid() -> None:
    assert check_resident_id(STANDARD_EXAMPLE, TODAY) is None
    assert resident_id_check_char(STANDARD_EXAMPLE[:17]) == "X"


def test_lower_case_x_is_accepted_and_normalised() -> None:
    lower = STANDARD_EXAMPLE.lower()
    assert check_resident_id(lower, TODAY) is None
    assert normalise_resident_id(lower) == STANDARD_EXAMPLE
    assert normalise_resident_id(" 110105 19491231 002x ") == STANDARD_EXAMPLE


def test_full_width_digits_are_accepted() -> None:
    assert check_resident_id(STANDARD_EXAMPLE.translate(FULL_WIDTH), TODAY) is None


def test_wrong_check_digit() -> None:
    wrong = STANDARD_EXAMPLE[:17] + "1"
    assert check_resident_id(wrong, TODAY) == "check digit does not match"


def test_impossible_birth_date() -> None:
    number = make_id("11010519900230001")
    assert check_resident_id(number, TODAY) == "birth date in the number is not a real date"


def test_future_birth_date() -> None:
    number = make_id("11010520270101001")
    assert check_resident_id(number, TODAY) == "birth date in the number is in the future"
    assert check_resident_id(number, date(2027, 1, 1)) is None


def test_birth_date_before_1900() -> None:
    number = make_id("11010518991231001")
    assert check_resident_id(number, TODAY) == "birth date in the number is before 1900"


@pytest.mark.parametrize("region", ["810000", "820000", "830000"])
def test_residence_permits_for_hong_kong_macau_taiwan_are_valid(region: str) -> None:
    assert check_resident_id(make_id(f"{region}19900101001"), TODAY) is None


def test_region_cannot_start_with_zero() -> None:
    assert check_resident_id(make_id("01010519900101001"), TODAY) == (
        "region code cannot start with 0"
    )


def test_fifteen_digit_legacy_number() -> None:
    assert check_resident_id("110105491231002", TODAY) is None
    assert resident_id_birth_date("110105491231002") == date(1949, 12, 31)
    assert check_resident_id("110105900230002", TODAY) == (
        "birth date in the number is not a real date"
    )
    assert check_resident_id("11010549123100X", TODAY) == "a 15-character number must be all digits"


@pytest.mark.parametrize("value", ["", "1101051949123100", "11010519491231002XX", "abc"])
def test_wrong_length(value: str) -> None:
    assert check_resident_id(value, TODAY) == (
        "must be 18 characters (or 15 digits for an old number)"
    )


def test_letter_inside_the_number() -> None:
    assert check_resident_id("1101051949123A002X", TODAY) == (
        "must be 17 digits followed by a digit or X"
    )


def test_birth_date_and_sex() -> None:
    assert resident_id_birth_date(STANDARD_EXAMPLE) == date(1949, 12, 31)
    assert resident_id_is_male(make_id("11010519900101001"))
    assert not resident_id_is_male(make_id("11010519900101002"))
    assert resident_id_is_male("110105491231003")
    with pytest.raises(ValueError, match="not a resident ID") as raised:
        resident_id_birth_date("1101051990023000")
    assert "1101051990023000" not in str(raised.value)


@settings(database=None, max_examples=200)
@given(
    region=st.sampled_from(["110105", "440305", "810000"]),
    born=st.dates(min_value=date(1900, 1, 1), max_value=TODAY),
    sequence=st.integers(0, 999),
    wrong=digits,
)
def test_every_generated_number_checks_and_any_other_check_char_fails(
    region: str, born: date, sequence: int, wrong: str
) -> None:
    number = make_id(f"{region}{born:%Y%m%d}{sequence:03d}")
    assert check_resident_id(number, TODAY) is None
    assert resident_id_birth_date(number) == born
    if wrong != number[17]:
        reason = check_resident_id(number[:17] + wrong, TODAY)
        assert reason == "check digit does not match"


@settings(database=None, max_examples=300)
@given(st.text(alphabet="0123456789Xx ", max_size=20))
def test_reasons_never_contain_the_value(value: str) -> None:
    reason = check_resident_id(value, TODAY)
    stripped = value.replace(" ", "")
    if reason is not None and len(stripped) >= 4:
        assert stripped not in reason
        assert stripped.upper() not in reason


# --- other id types -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("id_type", "value"),
    [
        ("护照", "E12345678"),
        ("护照", "g1234 5678"),
        ("港澳居民来往内地通行证", "H12345678"),
        ("台湾居民来往大陆通行证", "12345678"),
        ("外国人永久居留身份证", "USA110085051602"),
    ],
)
def test_other_ids_valid(id_type: str, value: str) -> None:
    assert check_other_id(id_type, value) is None


@pytest.mark.parametrize("value", ["E123", "E12345678901234567890", "E1234-5678", "护照号码12345"])
def test_other_ids_invalid(value: str) -> None:
    assert check_other_id("护照", value) == "must be 5-20 letters or digits"


def test_other_id_normalisation() -> None:
    assert normalise_other_id(" ｅ１２３ ４５６７８ ") == "E12345678"


# --- mobiles and landlines ------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "13800138000",
        "１３８００１３８０００",
        "138 0013 8000",
        "138-0013-8000",
        "+86 138 0013 8000",
        "+86-13800138000",
        "＋８６ １３８００１３８０００",
        "008613800138000",
        "8613800138000",
        "(+86) 138-0013-8000",
        " 13800138000\u3000",
    ],
)
def test_mobile_accepted_forms(raw: str) -> None:
    assert normalise_mobile(raw) == "13800138000"


@pytest.mark.parametrize("prefix", ["13", "14", "15", "16", "17", "18", "19"])
def test_every_mobile_segment_1_3_to_1_9(prefix: str) -> None:
    assert normalise_mobile(prefix + "912345678") == prefix + "912345678"


@pytest.mark.parametrize(
    "raw",
    [
        "12800138000",  # segment 12x does not exist
        "11800138000",
        "1380013800",  # 10 digits
        "138001380000",  # 12 digits
        "+85213800138000",  # another country
        "+8612800138000",
        "010-62345678",
        "1380013800a",
        "",
    ],
)
def test_mobile_rejected(raw: str) -> None:
    assert normalise_mobile(raw) is None


@settings(database=None, max_examples=200)
@given(
    segment=st.sampled_from("3456789"),
    rest=st.integers(0, 10**9 - 1),
    prefix=st.sampled_from(["", "+86", "+86 ", "0086", "86", "+86-"]),
    full_width=st.booleans(),
    spaced=st.booleans(),
)
def test_mobile_formats_round_trip(
    segment: str, rest: int, prefix: str, full_width: bool, spaced: bool
) -> None:
    number = f"1{segment}{rest:09d}"
    text = f"{number[:3]} {number[3:7]}-{number[7:]}" if spaced else number
    text = prefix + text
    if full_width:
        text = text.translate(FULL_WIDTH)
    assert normalise_mobile(text) == number
    assert normalise_phone_query(text) == number


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("010-62345678", "01062345678"),
        ("(010)62345678", "01062345678"),
        ("（０１０）６２３４５６７８", "01062345678"),
        ("021 5012 3456", "02150123456"),
        ("0755-86001234", "075586001234"),
        ("0571-8234567", "05718234567"),
        ("+86 10 62345678", "01062345678"),
        ("+86 010 62345678", "01062345678"),
        ("0086-755-86001234", "075586001234"),
        ("86 755 86001234", "075586001234"),
        ("010-62345678-123", "01062345678"),
        ("010-62345678转123", "01062345678"),
        ("010-62345678 分机 123", "01062345678"),
        ("010-62345678 ext. 123", "01062345678"),
        ("0755-8600-1234", "075586001234"),
    ],
)
def test_landline_accepted(raw: str, expected: str) -> None:
    assert normalise_landline(raw) == expected
    assert normalise_phone_query(raw) == expected


def test_landline_extension_can_be_kept() -> None:
    assert normalise_landline("010-62345678-123", keep_extension=True) == "01062345678#123"
    assert normalise_landline("010-62345678转8", keep_extension=True) == "01062345678#8"
    assert normalise_landline("010-62345678", keep_extension=True) == "01062345678"
    assert normalise_landline("01062345678#123") == "01062345678"


@pytest.mark.parametrize(
    "raw",
    [
        "62345678",  # no area code
        "010-12345678",  # local numbers never start with 1
        "010-02345678",
        "011-62345678",  # no such area code
        "010-623456",  # too short
        "010-623456789",  # too long
        "13800138000",
        "+1 212 5550123",
        "95588",
        "",
    ],
)
def test_landline_rejected(raw: str) -> None:
    assert normalise_landline(raw) is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("013800138000", "13800138000"),  # trunk 0 before an out-of-town mobile
        ("+8613800138000", "13800138000"),
        ("tel:+86-10-62345678", "01062345678"),
        ("075586001234", "075586001234"),
        ("95588", None),
        ("anonymous", None),
        ("", None),
    ],
)
def test_phone_query(raw: str, expected: str | None) -> None:
    assert normalise_phone_query(raw) == expected


# --- cards ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "number", ["4111111111111111", "79927398713", "6222021234567890128", "5500005555555559"]
)
def test_luhn_valid(number: str) -> None:
    assert luhn_ok(number)


@pytest.mark.parametrize("number", ["4111111111111112", "79927398710", "", "7", "41111111111a1111"])
def test_luhn_invalid(number: str) -> None:
    assert not luhn_ok(number)


@settings(database=None, max_examples=200)
@given(body=st.text(alphabet="0123456789", min_size=11, max_size=18), position=st.integers(0, 18))
def test_luhn_detects_every_single_digit_change(body: str, position: int) -> None:
    number = body + luhn_check_digit(body)
    assert luhn_ok(number)
    index = position % len(number)
    changed = str((int(number[index]) + 1) % 10)
    assert not luhn_ok(number[:index] + changed + number[index + 1 :])


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("6222 0212 3456 7890 128", "6222021234567890128"),
        ("6222-0212-3456-7890", "6222021234567890"),
        ("６２２２０２１２３４５６", "622202123456"),
        ("62220212345", None),  # 11 digits
        ("62220212345678901234", None),  # 20 digits
        ("6222O21234567890", None),
        ("", None),
    ],
)
def test_normalise_card(raw: str, expected: str | None) -> None:
    assert normalise_card(raw) == expected


# --- dates and email ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-02-29", date(2024, 2, 29)),
        ("1990-01-01", date(1990, 1, 1)),
        ("2023-02-29", None),
        ("1990-02-30", None),
        ("1990-13-01", None),
        ("1990-1-1", None),
        ("19900101", None),
        ("1990/01/01", None),
        (" 1990-01-01", None),
        ("１９９０-０１-０１", None),
        ("1990-01-01T00:00", None),
        ("", None),
    ],
)
def test_parse_iso_date(text: str, expected: date | None) -> None:
    assert parse_iso_date(text) == expected


@pytest.mark.parametrize(
    "text",
    ["zhang.san@163.com", "12345678@qq.com", "a+tag@example.com.cn", "x_y@sub.xn--fiqs8s"],
)
def test_valid_email(text: str) -> None:
    assert valid_email(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "plain",
        "@163.com",
        "a@",
        "a@b",
        "a@@b.com",
        "a..b@163.com",
        ".a@163.com",
        "a@-b.com",
        "a@b.c",
        "a b@163.com",
        "张三@163.com",
        "a@163.com.",
    ],
)
def test_invalid_email(text: str) -> None:
    assert not valid_email(text)
