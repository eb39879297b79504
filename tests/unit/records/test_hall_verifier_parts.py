"""The keyed verifier's parts that go to the hall (issue 15): read one form's part, zero the 一类
forms and keep the others, and the spoken answer keyed the same way as the stored value."""

from __future__ import annotations

import secrets

from seatdesk.records.verifiers import (
    KEYED_LENGTH,
    VERIFIED,
    VerifierKeys,
    hall_tag,
    keyed_part,
    keyed_tags,
    spoken_keyed,
    verifier_tags,
    without_forms,
)

KEYS = VerifierKeys(secrets.token_bytes(32), secrets.token_bytes(32))
VALUES = {
    "name": "张三",
    "id_number": "11010519491231002X",
    "bank_card": "6222020200112233445",
    "birth_date": None,
    "email": "z@example.cn",
}
CLASS1 = frozenset(
    {("id_number", "full"), ("id_number", "last6"), ("bank_card", "full"),
     ("bank_card", "last4"), ("birth_date", "full")}
)  # fmt: skip


def stored() -> bytes:
    assert KEYS.outer is not None
    return keyed_tags(KEYS.outer, verifier_tags(KEYS.inner, "C1", VALUES))


def test_the_spoken_answer_keys_to_the_stored_part() -> None:
    blob = stored()
    assert keyed_part(blob, "id_number", "last6") == spoken_keyed(
        KEYS, "C1", "id_number", "last6", "31002x"
    )
    assert keyed_part(blob, "bank_card", "last4") == spoken_keyed(
        KEYS, "C1", "bank_card", "last4", "３４４５"
    )  # full-width digits are digits
    assert keyed_part(blob, "bank_card", "last4") != spoken_keyed(
        KEYS, "C1", "bank_card", "last4", "3446"
    )
    assert spoken_keyed(KEYS, "C1", "bank_card", "last4", "12") == b""


def test_zeroing_the_class1_forms_keeps_the_others() -> None:
    blob = stored()
    zeroed = without_forms(blob, CLASS1)
    assert len(zeroed) == KEYED_LENGTH
    for field, mode in VERIFIED:
        if (field, mode) in CLASS1:
            assert keyed_part(zeroed, field, mode) is None
        else:
            assert keyed_part(zeroed, field, mode) == keyed_part(blob, field, mode) is not None
    assert keyed_part(b"\x00" * 16, "name", "full") is None  # not a keyed blob


def test_the_hall_tag_binds_customer_field_and_mode() -> None:
    key, part = secrets.token_bytes(32), secrets.token_bytes(16)
    tags = {
        hall_tag(key, "C1", "id_number", "last6", part),
        hall_tag(key, "C2", "id_number", "last6", part),
        hall_tag(key, "C1", "id_number", "full", part),
        hall_tag(secrets.token_bytes(32), "C1", "id_number", "last6", part),
    }
    assert len(tags) == 4 and all(len(t) == 16 for t in tags)
