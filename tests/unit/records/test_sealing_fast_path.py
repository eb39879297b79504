"""The import's sealing made cheaper (issue 15's cost goals) stores exactly what it stored
before: the same verifier tags, masked forms, masks text and sealed values that open, for
the customer and field they were sealed for only."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

import pytest

from seatdesk.app import load_default_policy
from seatdesk.core.errors import VaultUnreadable
from seatdesk.policy.masking import mask_value, masker
from seatdesk.policy.model import MaskKind, MaskRule
from seatdesk.records.customers import IMPORTED_COLUMNS
from seatdesk.records.demo_data import generate_customers
from seatdesk.records.sealed_rows import MASK_POLICY, SEALED_COLUMNS, parse_masks
from seatdesk.records.verifiers import VERIFIED, keyed_tags, stored_form, verifier_tags
from tests.helpers.compartments import sealed_db

KEY, OUTER = bytes(range(32)), bytes(range(32, 64))
_NONE = bytes(16)


def reference_tags(key: bytes, customer_no: str, values: dict[str, str | None]) -> bytes:
    """The tags as the code before the fast path made them: one keyed BLAKE2b per form."""
    out = b""
    for field, mode in VERIFIED:
        form = stored_form(values, field, mode)
        message = f"{field}:{mode}|{customer_no}|{form}".encode()
        out += _NONE if form is None else hashlib.blake2b(message, key=key, digest_size=16).digest()
    return out


VALUE_SETS: list[dict[str, str | None]] = [
    {
        "name": "甄 测试",
        "id_number": "11010519491231002x",
        "bank_card": "6222020200112233445",
        "birth_date": None,
        "email": " Zhang.Wei@Example.cn ",
    },
    {"name": None, "id_number": "110105491231002", "bank_card": None, "email": None},
    {"name": "𠮷田", "id_number": "", "bank_card": "", "birth_date": "1990-02-03", "email": ""},
    {"name": "", "id_number": "1234", "bank_card": "12", "birth_date": "", "email": None},
    {},
]


@pytest.mark.parametrize("values", VALUE_SETS)
def test_the_tags_are_the_ones_each_form_hashed_alone_gives(values: dict[str, str | None]) -> None:
    assert verifier_tags(KEY, "C00000007", values) == reference_tags(KEY, "C00000007", values)


def test_the_keyed_tags_are_each_inner_tag_hashed_under_the_outer_key() -> None:
    inner = reference_tags(KEY, "C1", VALUE_SETS[1])
    parts = [inner[i : i + 16] for i in range(0, len(inner), 16)]
    expected = b"\x02" + b"".join(
        p if p == _NONE else hashlib.blake2b(p, key=OUTER, digest_size=16).digest() for p in parts
    )
    assert _NONE in parts  # the empty ones stay empty
    assert keyed_tags(OUTER, inner) == expected


RULES = [
    MaskRule(MaskKind.KEEP, first=1, last=2),
    MaskRule(MaskKind.KEEP),
    MaskRule(MaskKind.HIDE_LAST, count=3),
    MaskRule(MaskKind.HIDE_LAST, count=30),
    MaskRule(MaskKind.DATE_YEAR),
    MaskRule(MaskKind.EMAIL),
    MaskRule(MaskKind.FREE_TEXT),
    MaskRule(MaskKind.NONE),
]
TEXTS = [
    "",
    "a",
    "张三",
    "𠮷田太郎",
    "1990-02-03",
    "x@y.cn",
    "@",
    "电话138.0013.8000 卡6222 0298 7654",
]


@pytest.mark.parametrize("rule", RULES)
def test_a_rules_masking_function_masks_as_mask_value_does(rule: MaskRule) -> None:
    mask = masker(rule)
    assert [mask(text) for text in TEXTS] == [mask_value(rule, text) for text in TEXTS]


def test_a_row_sealed_at_once_opens_field_by_field_and_only_where_it_was_sealed(
    tmp_path: Path,
) -> None:
    db, sealer, opener = sealed_db(tmp_path / "v.db")
    values = ["绝密值", "6222020200112233445"]
    items = [("一类/绝密", "name", values[0]), ("二类/秘密", "bank_card", values[1])]
    blobs = sealer.writer.seal_row("C9", items)
    assert [opener.open(b, "C9", f) for b, (_, f, _) in zip(blobs, items, strict=True)] == [
        values[0],
        values[1],
    ]
    assert (
        len({b[8:20] for b in blobs} | {sealer.writer.seal("一类/绝密", "C9", "x", "y")[8:20]}) == 3
    )
    with pytest.raises(VaultUnreadable):
        opener.open(blobs[0], "C10", "name")  # moved to another customer
    with pytest.raises(VaultUnreadable):
        opener.open(blobs[0], "C9", "email")  # or to another field
    db.close()


def test_stored_rows_hold_the_masks_and_values_the_policy_makes(tmp_path: Path) -> None:
    policy = load_default_policy()
    db, sealer, opener = sealed_db(tmp_path / "v.db", policy)
    columns = {name: n for n, name in enumerate(IMPORTED_COLUMNS)}
    rows = generate_customers(200, 3, today=date(2026, 12, 1))
    width = len(IMPORTED_COLUMNS)
    checked = 0
    for row in rows:
        values = tuple(row.get(name) or None for name in IMPORTED_COLUMNS)
        stored = sealer.stored(values)
        no = str(values[columns["customer_no"]])
        masks = parse_masks(stored[width])
        expected = {
            name: mask_value(policy.field(name).mask, str(values[columns[name]]))
            for name in SEALED_COLUMNS
            if values[columns[name]] is not None
        }
        assert {k: v for k, v in masks.items() if k in SEALED_COLUMNS} == expected
        assert masks[MASK_POLICY]
        assert stored[width] == json.dumps(masks, ensure_ascii=False)
        assert stored[width + 1] == expected.get("name", "")
        for name in SEALED_COLUMNS:
            value = values[columns[name]]
            assert opener.open(stored[columns[name]], no, name) == value
            checked += value is not None
    assert checked > 500
    db.close()
