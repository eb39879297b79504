"""The hall's own truth about a seat's audit chain. Pure: no I/O.

The hall cannot check an entry's MAC (the key is the seat's), but it holds every entry it was
sent, so it checks the links: entry n+1 must name entry n's MAC as its `prev`, and an entry the
hall already holds must arrive again unchanged. At every contact the seat reports its local
head; a head that the hall's copy contradicts (a rewritten entry, a shorter chain, an older
copy restored) is a divergence, flagged at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

GENESIS = "0" * 64


@dataclass(frozen=True)
class Head:
    seq: int
    mac: str


@dataclass
class Intake:
    """What to do with a batch: which entries to store, and what (if anything) is wrong."""

    store: list[dict[str, Any]] = field(default_factory=list)
    duplicates: int = 0
    divergence: str = ""  # empty: none
    gap_from: int | None = None  # the batch starts past the hall's head: resend from here


def take_batch(
    head: Head, entries: Sequence[dict[str, Any]], stored_mac: Callable[[int], str | None]
) -> Intake:
    """Check a batch (ordered by seq) against the hall's head and what it already holds."""
    intake = Intake()
    last = head
    for entry in sorted(entries, key=lambda e: int(e["seq"])):
        seq = int(entry["seq"])
        if seq <= last.seq:
            known = stored_mac(seq) if seq <= head.seq else _mac_in(intake.store, seq)
            if known == entry["mac"]:
                intake.duplicates += 1
                continue
            intake.divergence = f"entry {seq} differs from the copy the hall holds"
            return intake
        if seq > last.seq + 1:
            intake.gap_from = last.seq + 1
            return intake
        expected_prev = last.mac if last.seq else GENESIS
        if entry["prev"] != expected_prev:
            intake.divergence = f"entry {seq} does not follow entry {last.seq} the hall holds"
            return intake
        intake.store.append(entry)
        last = Head(seq, str(entry["mac"]))
    return intake


def _mac_in(entries: list[dict[str, Any]], seq: int) -> str | None:
    return next((str(e["mac"]) for e in entries if int(e["seq"]) == seq), None)


def check_report(hall: Head, reported: Head, stored_mac: Callable[[int], str | None]) -> str:
    """The seat's reported local head against the hall's copy; a reason if they disagree."""
    if reported.seq < hall.seq:
        return (
            f"the seat's log ends at entry {reported.seq}, but the hall holds up to {hall.seq} "
            "(truncated, or an older copy restored)"
        )
    if reported.seq == hall.seq and reported.mac != hall.mac:
        return f"the seat's entry {reported.seq} differs from the hall's (rewritten)"
    if 0 < reported.seq <= hall.seq:
        known = stored_mac(reported.seq)
        if known is not None and known != reported.mac:
            return f"the seat's entry {reported.seq} differs from the hall's (rewritten)"
    return ""


def broken_link(rows: Sequence[tuple[int, str, str]]) -> str:
    """The hall's stored chain of one seat, (seq, prev, mac) by seq: a reason if it breaks."""
    expected_seq, expected_prev = 1, GENESIS
    for seq, prev, mac in rows:
        if seq != expected_seq:
            return f"entry {expected_seq} is missing"
        if prev != expected_prev:
            return f"entry {seq} does not follow entry {seq - 1}"
        expected_seq, expected_prev = seq + 1, mac
    return ""
