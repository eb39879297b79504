"""What the hall takes from a seat's approval request: references and masked text, bounded; a
value sent beside them is not kept (there is no column for one)."""

from __future__ import annotations

from typing import Any

import pytest

from seatdesk.hall.approval_requests import MAX_MINUTES, checked_ask, new_request_id
from seatdesk.hall.requests import Refused

ASK: dict[str, Any] = {
    "customer_no": "C00000006",
    "field": "mobile",
    "field_class": "二类",
    "tier": "机密",
    "needs": "supervisor",
    "reason_code": "callback",
    "reason_note": "客户要求回拨 ***********",
    "minutes": 10,
}


def test_a_request_keeps_only_its_references() -> None:
    kept = checked_ask({**ASK, "value": "13912345678", "name": "张三"})
    assert kept == ASK
    assert "13912345678" not in repr(kept) and "张三" not in repr(kept)


@pytest.mark.parametrize(
    ("name", "bad"),
    [
        ("needs", "agent"),
        ("needs", "admin"),
        ("minutes", 0),
        ("minutes", MAX_MINUTES + 1),
        ("minutes", True),
        ("customer_no", ""),
        ("customer_no", "C" * 33),
        ("reason_note", "x" * 501),
        ("field", None),
    ],
)
def test_a_malformed_request_is_refused_without_echo(name: str, bad: object) -> None:
    with pytest.raises(Refused) as refused:
        checked_ask({**ASK, name: bad})
    assert refused.value.status == 400 and name in refused.value.error
    if isinstance(bad, str) and bad:
        assert bad not in refused.value.error  # what was sent is never echoed


def test_a_number_typed_into_the_reason_is_masked_again_at_the_hall() -> None:
    kept = checked_ask({**ASK, "reason_note": "客户 13912345678 要求回拨"})
    assert "13912345678" not in kept["reason_note"] and "要求回拨" in kept["reason_note"]


def test_request_ids_are_unguessable_and_distinct() -> None:
    ids = {new_request_id() for _ in range(100)}
    assert len(ids) == 100 and all(i.startswith("AR") and len(i) == 18 for i in ids)
