"""The watch list's keyed hashes are stored in vaults: these values are pinned (computed with the
formula the register has always used), so a change that would orphan existing entries fails."""

from __future__ import annotations

import pytest

from seatdesk.core.errors import PermissionDenied
from seatdesk.visitors.watch import (
    WatchHit,
    WatchListBlocked,
    id_hash,
    match_key,
    same_document,
    watch_target,
)

KEY = bytes(range(32))


def test_hashes_are_the_ones_stored_before() -> None:
    assert (
        id_hash(KEY, "11010519491231002X")
        == "225755561fb6f930d07f36d365c362e361ef7d215a5899847b49f6fdb65dfadc"
    )
    assert (
        match_key(KEY, "John  Smith", "ACME Ltd.")
        == "8d681e1d9552a5dc3ef6be777fc2abb3d89c4c9d91645da9bb25bcc329949d53"
    )
    assert (
        match_key(KEY, "阿卜杜·拉赫曼", "华信网络")
        == "24cfae28cca71a49ff22e2bb5d96816607ba10d54ac9d1eac73493b26e4d6e79"
    )


@pytest.mark.parametrize(
    ("name", "organisation"),
    [("ｊｏｈｎ smith", "acme ltd"), ("JOHN SMITH", "A.C.M.E. Ltd"), ("John•Smith", "ACME  LTD.")],
)
def test_names_match_however_they_are_written(name: str, organisation: str) -> None:
    assert match_key(KEY, name, organisation) == match_key(KEY, "John Smith", "ACME Ltd.")


def test_different_people_keys_and_kinds_do_not_match() -> None:
    assert match_key(KEY, "John Smith", "Other Co") != match_key(KEY, "John Smith", "ACME")
    assert match_key(KEY, "Johns", "mith") != match_key(KEY, "John", "smith")  # the separator
    assert id_hash(bytes(32), "E12345678") != id_hash(KEY, "E12345678")
    assert id_hash(KEY, "E12345678") != match_key(KEY, "E12345678", "")


def test_same_document_compares_the_hash() -> None:
    stored = id_hash(KEY, "E12345678")
    assert same_document(KEY, "E12345678", stored)
    assert not same_document(KEY, "E12345679", stored)
    assert not same_document(KEY, "E12345678", None)  # anonymised: nothing to compare


def test_a_match_is_a_permission_refusal_naming_the_entries() -> None:
    blocked = WatchListBlocked([WatchHit(7, "id_number", "reason")])
    assert isinstance(blocked, PermissionDenied)
    assert blocked.hits[0].watch_id == 7 and "override" in str(blocked)
    assert watch_target(7) == "W0007"
