from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from seatdesk.core.errors import PolicyError
from seatdesk.policy.masking import mask_field, mask_free_text, mask_value
from seatdesk.policy.model import MaskKind, MaskRule, Policy
from seatdesk.policy.parse import parse_policy

DEFAULT_PATH = Path(__file__).parents[3] / "resources/policy/default.toml"
PROPERTY = settings(max_examples=200, deadline=None, database=None)


@cache
def default_policy() -> Policy:
    return parse_policy(DEFAULT_PATH.read_text(encoding="utf-8"), "default.toml")


# --- DESIGN §4: what an agent sees with the default policy -----------------------------------

DESIGN_TABLE = [
    ("name", "张三丰", "张**"),
    ("name", "张三", "张*"),
    ("name", "张", "*"),
    ("name", "欧阳娜娜", "欧***"),
    ("name", "𠮷", "*"),
    ("name", "𠮷野家", "𠮷**"),
    ("name", "李𠮷", "李*"),
    ("mobile", "13800138000", "138****8000"),
    ("landline", "01012345678", "0101*****78"),
    ("landline", "075523456789", "0755******89"),
    ("id_number", "110101199003077777", "1****************7"),
    ("id_number", "11010119900307777X", "1****************X"),
    ("id_number", "11010119900307777x", "1****************x"),
    ("id_number", "110101900307777", "1*************7"),
    ("bank_card", "6222021234567890", "************7890"),
    ("bank_card", "6222021234567890123", "***************0123"),
    ("bank_card", "1234", "****"),
    ("birth_date", "1990-03-07", "1990-**-**"),
    ("email", "zhang.san@example.com", "z**@example.com"),
    ("email", "a@b.cn", "a**@b.cn"),
    ("email", "张三@例子.中国", "张**@例子.中国"),
    ("address", "北京市朝阳区建国路88号院3号楼", "北京市朝阳区建国********"),
    ("address", "北京市朝阳区建国路", "北********"),
    ("address", "北京市朝阳区建国", "********"),
    ("address", "上海市浦东", "*****"),
    ("notes", "客户来电,手机13800138000,已回访。", "客户来电,手机138****8000,已回访。"),
    ("notes", "希望工作日上午联系", "希望工作日上午联系"),
    ("gender", "女", "女"),
    ("segment", "VIP", "VIP"),
    ("consent", "营销;回访", "营销;回访"),
]


@pytest.mark.parametrize(("field", "value", "shown"), DESIGN_TABLE)
def test_design_table(field: str, value: str, shown: str) -> None:
    assert mask_field(default_policy(), field, value) == shown


@pytest.mark.parametrize("field", [rule for rule in default_policy().fields])
def test_missing_and_empty_values(field: str) -> None:
    assert mask_field(default_policy(), field, None) == ""
    assert mask_field(default_policy(), field, "") == ""


def test_unknown_field() -> None:
    with pytest.raises(PolicyError, match="no rule for field 'salary'"):
        mask_field(default_policy(), "salary", "10000")


# --- mask_value edge cases -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "value", "shown"),
    [
        (MaskRule("keep", first=3, last=4), "1380013800", "138***3800"),
        (MaskRule("keep", first=3, last=4), "1380013", "*******"),
        (MaskRule("keep", first=0, last=0), "abc", "***"),
        (MaskRule("keep", first=1, last=1), "𠮷𠮷𠮷", "𠮷*𠮷"),
        (MaskRule("hide_last", count=8), "12345678", "********"),
        (MaskRule("hide_last", count=2), "𠮷野家", "𠮷**"),
        (MaskRule("date_year"), "1990/03/07", "**********"),
        (MaskRule("date_year"), "19900307", "********"),
        (MaskRule("date_year"), "1990-3-7", "********"),
        (MaskRule("date_year"), "１９９０-０３-０７", "**********"),
        (MaskRule("email"), "zhangsan", "********"),
        (MaskRule("email"), "@example.com", "************"),
        (MaskRule("email"), "zhang@", "******"),
        (MaskRule("email"), "𠮷x@例.cn", "𠮷**@例.cn"),
        (MaskRule("none"), "13800138000", "13800138000"),
    ],
)
def test_mask_value(rule: MaskRule, value: str, shown: str) -> None:
    assert mask_value(rule, value) == shown


@pytest.mark.parametrize("kind", list(MaskKind))
def test_empty_stays_empty(kind: MaskKind) -> None:
    assert mask_value(MaskRule(kind, first=1, last=1, count=1), "") == ""


# --- free text -------------------------------------------------------------------------------

FREE_TEXT = [
    ("客户手机13800138000,请回电", "客户手机138****8000,请回电"),
    ("+8613800138000", "+86138****8000"),
    ("8613800138000", "86138****8000"),
    ("电话 +86 138 0013 8000 转", "电话 +86 138 **** 8000 转"),
    ("+86-138-0013-8000", "+86-138-****-8000"),
    ("86 13800138000", "86 138****8000"),
    ("手机:138-0013-8000。", "手机:138-****-8000。"),
    ("手机 138 - 0013 - 8000", "手机 138 - **** - 8000"),
    ("１３８００１３８０００", "１３８****８０００"),
    ("＋８６　１３８　００１３　８０００", "＋８６　１３８　****　８０００"),
    ("电话13800138000和13900139000", "电话138****8000和139****9000"),
    ("13800138000 13900139000", "138****8000 139****9000"),
    ("身份证号110101199003077777", "身份证号1****************7"),
    ("证件11010119900307777X核对", "证件1****************X核对"),
    ("证件11010119900307777x", "证件1****************x"),
    ("身份证 110101 19900307 7777", "身份证 1***** ******** ***7"),
    ("老证件110101900307777", "老证件1*************7"),
    ("卡号6222021234567890", "卡号************7890"),
    ("卡号 6222 0212 3456 7890 谢谢", "卡号 **** **** **** 7890 谢谢"),
    ("卡号6222-0212-3456-7890-123", "卡号****-****-****-***0-123"),
    ("座机010-12345678", "座机010-1*****78"),
    ("座机0755 2345 6789,分机 8001", "座机0755 **** **89,分机 8001"),
    ("(010)12345678", "(010)********"),
    ("订单号 1234567", "订单号 *******"),
    ("共 3 件,金额 120 元,2024年3月5日来电", "共 3 件,金额 120 元,2024年3月5日来电"),
    ("no numbers, 没有号码 ABC-XYZ", "no numbers, 没有号码 ABC-XYZ"),
    ("", ""),
    # Dots, underscores and slashes join digit groups too (the ways people write numbers).
    ("手机138.0013.8000", "手机138.****.8000"),
    ("卡号6222.0298.7654.3210.987", "卡号****.****.****.***0.987"),
    ("138_0013_8000", "138_****_8000"),
    ("138/0013/8000", "138/****/8000"),
    ("手机１３８．００１３．８０００", "手机１３８．****．８０００"),
    ("卡号６２２２／０２９８／７６５４／３２１０", "卡号****／****／****／３２１０"),
    ("身份证110101.19900307.7777", "身份证1*****.********.***7"),
]


@pytest.mark.parametrize(("text", "shown"), FREE_TEXT)
def test_free_text(text: str, shown: str) -> None:
    assert mask_free_text(text) == shown


# --- properties ------------------------------------------------------------------------------


@PROPERTY
@given(st.text(max_size=40), st.integers(0, 12), st.integers(0, 12))
def test_keep_shows_only_kept_positions(value: str, first: int, last: int) -> None:
    shown = mask_value(MaskRule("keep", first=first, last=last), value)
    assert len(shown) == len(value)
    kept = range(first, len(value) - last) if len(value) > first + last else None
    for index, (before, after) in enumerate(zip(value, shown, strict=True)):
        if kept is not None and index not in kept:
            assert after == before
        else:
            assert after == "*"
    assert sum(ch != "*" for ch in shown) <= first + last


@PROPERTY
@given(st.text(max_size=40), st.integers(1, 12))
def test_hide_last_shows_only_the_start(value: str, count: int) -> None:
    shown = mask_value(MaskRule("hide_last", count=count), value)
    assert len(shown) == len(value)
    visible = max(len(value) - count, 0)
    assert shown == value[:visible] + "*" * (len(value) - visible)
    assert sum(ch != "*" for ch in shown) <= visible


def _digits(pattern: str) -> st.SearchStrategy[str]:
    return st.from_regex(rf"\A{pattern}\Z")


FULL_WIDTH = str.maketrans("0123456789+", "０１２３４５６７８９＋")
SEPARATORS = st.sampled_from([" ", "-", "\u3000", " - ", "－", ".", "_", "/", "．", "／", "＿"])
PREFIXES = st.sampled_from(["", "86", "+86", "+86 ", "86-", "+86-"])
MOBILES = _digits("1[3-9][0-9]{9}")


@st.composite
def written_mobile(draw: st.DrawFn) -> tuple[str, str]:
    mobile = draw(MOBILES)
    if draw(st.booleans()):
        sep = draw(SEPARATORS)
        written = sep.join((mobile[:3], mobile[3:7], mobile[7:]))
    else:
        written = mobile
    written = draw(PREFIXES) + written
    if draw(st.booleans()):
        written = written.translate(FULL_WIDTH)
    return written, mobile


@st.composite
def written_number(draw: st.DrawFn) -> tuple[str, str]:
    """(how the number is written in the note, its plain ASCII digits)."""
    kind = draw(st.sampled_from(["mobile", "id", "card", "landline", "digits"]))
    if kind == "mobile":
        return draw(written_mobile())
    if kind == "id":
        number = draw(st.one_of(_digits("[1-9][0-9]{16}[0-9Xx]"), _digits("[1-9][0-9]{14}")))
        return number, number.rstrip("Xx")
    if kind == "card":
        number = draw(st.one_of(_digits("62[0-9]{14}"), _digits("62[0-9]{17}")))
        if draw(st.booleans()):
            sep = draw(st.sampled_from([" ", "-"]))
            return sep.join(number[i : i + 4] for i in range(0, len(number), 4)), number
        return number, number
    if kind == "landline":
        area, local = draw(_digits("0[1-9][0-9]{1,2}")), draw(_digits("[2-9][0-9]{6,7}"))
        return area + draw(SEPARATORS) + local, area + local
    number = draw(_digits("[0-9]{1,25}"))
    return number, number


# Filler never contains digits or the characters that join digit groups, so numbers stay apart.
FILLER = st.text(alphabet="客户说手机号码是的请核对谢谢卡证件,。:;()abcXYZ", min_size=1, max_size=8)


@st.composite
def note(draw: st.DrawFn) -> tuple[str, list[str]]:
    numbers = draw(st.lists(written_number(), max_size=6))
    parts = [draw(FILLER)]
    for written, _ in numbers:
        parts += [written, draw(FILLER)]
    return "".join(parts), [plain for _, plain in numbers]


def _plain(text: str) -> str:
    """ASCII digits, separators dropped, so that hidden digits cannot be glued back together."""
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"[ \u3000+\-._/]", "", text)


@PROPERTY
@given(note())
def test_free_text_hides_every_long_number(sample: tuple[str, list[str]]) -> None:
    text, numbers = sample
    shown = mask_free_text(text)
    assert len(shown) == len(text)
    assert re.search(r"\d{7,}", shown) is None
    plain = _plain(shown)
    for number in numbers:
        if len(number) >= 7:
            assert number not in plain
        if re.fullmatch(r"1[3-9][0-9]{9}", number):
            assert number not in plain


@PROPERTY
@given(note())
def test_free_text_changes_only_digits(sample: tuple[str, list[str]]) -> None:
    text, _ = sample
    shown = mask_free_text(text)
    for before, after in zip(text, shown, strict=True):
        if before.isdecimal():
            assert after in (before, "*")
        else:
            assert after == before


@PROPERTY
@given(st.text(max_size=80))
def test_free_text_on_any_text(text: str) -> None:
    shown = mask_free_text(text)
    assert len(shown) == len(text)
    assert re.search(r"\d{7,}", shown) is None
    for before, after in zip(text, shown, strict=True):
        assert after == before or (before.isdecimal() and after == "*")


@PROPERTY
@given(st.text(alphabet="0123456789０１２３４５６７８９ -　+X", max_size=60))
def test_free_text_on_digit_soup(text: str) -> None:
    assert re.search(r"\d{7,}", mask_free_text(text)) is None


@PROPERTY
@given(MOBILES, st.text(alphabet="客户说手机号码是的请核对谢谢", max_size=5))
def test_mobile_keeps_first_three_and_last_four(mobile: str, around: str) -> None:
    shown = mask_free_text(around + mobile + around)
    assert shown == around + mobile[:3] + "****" + mobile[-4:] + around
