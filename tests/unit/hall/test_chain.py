"""The hall's pure chain rules: how a batch is taken, and when a seat's report diverges."""

from __future__ import annotations

from typing import Any

import pytest

from seatdesk.hall.chain import GENESIS, Head, broken_link, check_report, take_batch
from seatdesk.hall.protocol import BadEntry, check_entry


def mac(seq: int) -> str:
    return f"{seq:064x}"


def entry(seq: int, prev: str | None = None, mark: str = "") -> dict[str, Any]:
    return {
        "seq": seq, "ts": "t", "actor": "a", "seat": "s", "action": "x", "target": "",
        "outcome": "ok", "detail": "{}", "prev": prev if prev is not None else
        (mac(seq - 1) if seq > 1 else GENESIS), "mac": mac(seq) + mark,
    }  # fmt: skip


HELD = {seq: mac(seq) for seq in range(1, 6)}


def test_a_batch_that_follows_the_head_is_stored() -> None:
    intake = take_batch(Head(5, mac(5)), [entry(6), entry(7)], HELD.get)
    assert [e["seq"] for e in intake.store] == [6, 7] and not intake.divergence


def test_a_batch_sent_again_is_counted_as_duplicates() -> None:
    intake = take_batch(Head(5, mac(5)), [entry(4), entry(5), entry(6)], HELD.get)
    assert intake.duplicates == 2 and [e["seq"] for e in intake.store] == [6]


def test_a_changed_copy_of_a_held_entry_diverges() -> None:
    intake = take_batch(Head(5, mac(5)), [entry(3, mark="!")], HELD.get)
    assert "entry 3 differs" in intake.divergence and not intake.store


def test_an_entry_that_does_not_follow_the_head_diverges() -> None:
    intake = take_batch(Head(5, mac(5)), [entry(6, prev=mac(99))], HELD.get)
    assert "does not follow" in intake.divergence


def test_a_gap_asks_for_a_resend() -> None:
    intake = take_batch(Head(5, mac(5)), [entry(8)], HELD.get)
    assert intake.gap_from == 6 and not intake.store and not intake.divergence


def test_the_first_entry_of_a_seat_must_start_at_genesis() -> None:
    assert take_batch(Head(0, GENESIS), [entry(1)], {}.get).store
    assert take_batch(Head(0, GENESIS), [entry(1, prev=mac(7))], {}.get).divergence


@pytest.mark.parametrize(
    ("reported", "verdict"),
    [
        (Head(7, "anything"), ""),  # more than the hall holds: not sent yet
        (Head(5, mac(5)), ""),
        (Head(3, mac(3)), "truncated"),
        (Head(5, "rebuilt"), "rewritten"),
    ],
)
def test_the_seats_reported_head_against_the_halls_copy(reported: Head, verdict: str) -> None:
    reason = check_report(Head(5, mac(5)), reported, HELD.get)
    assert (verdict in reason) if verdict else reason == ""


def test_the_stored_chain_is_checked_link_by_link() -> None:
    rows = [(s, mac(s - 1) if s > 1 else GENESIS, mac(s)) for s in range(1, 5)]
    assert broken_link(rows) == ""
    assert "missing" in broken_link([rows[0], rows[2]])
    assert "does not follow" in broken_link([rows[0], (2, "x", mac(2))])


def test_entries_must_be_shaped_like_audit_entries() -> None:
    assert check_entry(entry(1))["seq"] == 1
    for bad in ({**entry(1), "extra": 1}, {**entry(1), "seq": "1"}, {**entry(1), "seq": True},
                {**entry(1), "seq": 0}, {**entry(1), "detail": 5}, "not a dict"):  # fmt: skip
        with pytest.raises(BadEntry):
            check_entry(bad)
