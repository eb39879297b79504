"""Verifiers: the canonical forms, and values found in typed text by them."""

from __future__ import annotations

from seatdesk.records.verifiers import matches_verifier, quoted_by_verifier, verifier_tags

KEY = bytes(range(32))
VALUES = {
    "name": "甄测试",
    "id_number": "11010519491231002X",
    "bank_card": "6222020200112233445",
    "birth_date": "1949-12-31",
    "email": "zhang.wei@example.cn",
}
TAGS = verifier_tags(KEY, "C1", VALUES)


def test_what_the_caller_says_matches_in_any_common_form() -> None:
    assert matches_verifier(KEY, "C1", TAGS, "id_number", "last6", "31002x")
    assert matches_verifier(KEY, "C1", TAGS, "bank_card", "last4", "３４４５")
    assert matches_verifier(KEY, "C1", TAGS, "birth_date", "full", "1949年12月31日")
    assert matches_verifier(KEY, "C1", TAGS, "name", "full", "甄 测试")
    assert not matches_verifier(KEY, "C1", TAGS, "bank_card", "last4", "")
    assert not matches_verifier(KEY, "C2", TAGS, "name", "full", "甄测试")  # another customer's


def test_an_email_written_against_chinese_text_is_found() -> None:
    """People write addresses straight into Chinese text; the characters around one are not
    part of it (a wider pattern took the whole run, and the address went through unmasked)."""
    text = "客户说邮箱ZHANG.WEI@example.cn已停用，姓名甄测试，卡号6222020200112233445"
    assert quoted_by_verifier(KEY, "C1", TAGS, "email", text) == ["ZHANG.WEI@example.cn"]
    assert quoted_by_verifier(KEY, "C1", TAGS, "name", text) == ["甄测试"]
    assert quoted_by_verifier(KEY, "C1", TAGS, "bank_card", text) == ["6222020200112233445"]
