"""A directory entry is the hall's only as signed: an edited role, a cleared disabled flag or a
key of another hall does not verify."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from seatdesk.hall import pki
from seatdesk.hall.directory_entry import (
    BadEntry,
    check_entry,
    check_record,
    sign_entry,
    sign_record,
)

CA = pki.new_ca("H0123456789AB", datetime(2026, 1, 1, tzinfo=UTC))
ENTRY: dict[str, Any] = {
    "hall_id": "H0123456789AB",
    "staff_id": "ag1001",
    "display_name": "张三",
    "role": "agent",
    "disabled": True,
    "must_change_password": False,
    "version": 7,
    "kdf": {"alg": "argon2id", "t": 1, "m": 8192, "p": 1, "salt": "c2FsdA=="},
    "wrapped_private": {"nonce": "bm9uY2U=", "ct": "Y3Q="},
    "public": "cHVibGlj",
    "access": None,
}


def test_a_signed_entry_verifies_as_it_was_signed() -> None:
    signature = sign_entry(CA.key_pem, ENTRY)
    assert check_entry(CA.cert_pem, dict(ENTRY), signature) == ENTRY


@pytest.mark.parametrize(
    "edit", [{"role": "security"}, {"disabled": False}, {"version": 8}, {"access": {"x": "y"}}]
)
def test_an_edited_entry_is_refused(edit: dict[str, Any]) -> None:
    signature = sign_entry(CA.key_pem, ENTRY)
    with pytest.raises(BadEntry, match="not signed by this hall"):
        check_entry(CA.cert_pem, {**ENTRY, **edit}, signature)


def test_an_entry_signed_by_another_hall_is_refused() -> None:
    other = pki.new_ca("HOTHERHALL000", datetime(2026, 1, 1, tzinfo=UTC))
    with pytest.raises(BadEntry):
        check_entry(CA.cert_pem, ENTRY, sign_entry(other.key_pem, ENTRY))
    with pytest.raises(BadEntry):
        check_entry(CA.cert_pem, ENTRY, "not-a-signature")
    with pytest.raises(BadEntry):
        check_entry(CA.cert_pem, "not an entry", sign_entry(CA.key_pem, ENTRY))


def test_an_entrys_compartment_boxes_are_signed_with_it() -> None:
    boxed = {
        **ENTRY,
        "boxes": {"二类/秘密#1000001": {"eph": "ZQ==", "nonce": "bg==", "ct": "Yw=="}},
    }
    signature = sign_entry(CA.key_pem, boxed)
    assert check_entry(CA.cert_pem, dict(boxed), signature) == boxed
    edits: tuple[dict[str, Any], ...] = ({"boxes": {}}, {"boxes": None})
    for edit in edits:
        with pytest.raises(BadEntry, match="not signed by this hall"):
            check_entry(CA.cert_pem, {**boxed, **edit}, signature)


def test_a_compartment_record_is_the_halls_only_as_signed() -> None:
    record = {"hall_id": "H0123456789AB", "generation": 1, "keys": {"index": "cHVi"}}
    signature = sign_record(CA.key_pem, record)
    assert check_record(CA.cert_pem, dict(record), signature) == record
    with pytest.raises(BadEntry, match="not signed by this hall"):
        check_record(CA.cert_pem, {**record, "keys": {"index": "b3RoZXI="}}, signature)
    with pytest.raises(BadEntry, match="not signed by this hall"):  # not an entry's signature
        check_entry(CA.cert_pem, ENTRY, sign_record(CA.key_pem, ENTRY))
