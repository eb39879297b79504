"""Verifiers: the canonical forms, and values found in typed text by them."""

from __future__ import annotations

from seatdesk.records.verifiers import (
    VerifierKeys,
    keyed_tags,
    matches_verifier,
    quoted_by_verifier,
    verifier_tags,
)

KEY = VerifierKeys(bytes(range(32)))
OUTER = bytes(range(32, 64))
VALUES = {
    "name": "甄测试",
    "id_number": "11010519491231002X",
    "bank_card": "6222020200112233445",
    "birth_date": "1949-12-31",
    "email": "zhang.wei@example.cn",
}
TAGS = verifier_tags(KEY.inner, "C1", VALUES)


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


def test_a_verifier_keyed_under_the_lookup_key_checks_only_with_it() -> None:
    """Since v13 the stored verifier is the inner tag keyed again under the lookup key's
    verifier key: the inner key alone (what the data key gives, the admin's) checks nothing."""
    keyed = keyed_tags(OUTER, TAGS)
    both = VerifierKeys(KEY.inner, OUTER)
    assert matches_verifier(both, "C1", keyed, "bank_card", "last4", "3445")
    assert matches_verifier(both, "C1", keyed, "bank_card", "last4", "3446") is False
    assert matches_verifier(KEY, "C1", keyed, "bank_card", "last4", "3445") is None
    guesses = [f"{n:04d}" for n in range(10000)]
    assert not any(matches_verifier(KEY, "C1", keyed, "bank_card", "last4", g) for g in guesses)
    assert quoted_by_verifier(both, "C1", keyed, "name", "姓名甄测试") == ["甄测试"]
    assert quoted_by_verifier(KEY, "C1", keyed, "name", "姓名甄测试") == []
