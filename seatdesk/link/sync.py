"""Sending the seat's audit entries to the hall, in order, at least once (the hall stores each
(seat, seq) once), and reporting the seat's head at every contact.

The audit table is its own outbox: entries past the hall's acknowledged sequence are the queue,
and nothing leaves it before the hall has acknowledged it (the cursor moves only to what the
hall says it holds).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from seatdesk.hall.protocol import BATCH
from seatdesk.link.client import HallClient

MAX_ROUNDS = 10_000  # 5 million entries in one sync at most; the next sync goes on

EntriesAfter = Callable[[int, int], list[dict[str, Any]]]


@dataclass(frozen=True)
class SyncResult:
    sent: int
    stored: int
    duplicates: int
    acked_seq: int
    hall_head_seq: int
    local_head_seq: int
    flagged: bool
    flag_reason: str
    at: str


def sync_audit(
    client: HallClient,
    local_head: tuple[int, str],
    acked: int,
    entries_after: EntriesAfter,
) -> SyncResult:
    sent = stored = duplicates = 0
    answer: dict[str, Any] = {}
    for _ in range(MAX_ROUNDS):
        batch = entries_after(acked, BATCH)
        answer = client.post(
            "/v1/sync",
            {"head": {"seq": local_head[0], "mac": local_head[1]}, "entries": batch},
        )
        sent += len(batch)
        stored += int(answer.get("stored", 0))
        duplicates += int(answer.get("duplicates", 0))
        hall_seq = int(answer["hall_head"]["seq"])
        resend = answer.get("resend_from")
        if answer.get("flagged") or not batch:
            acked = min(max(acked, hall_seq), local_head[0]) if not answer.get("flagged") else acked
            break
        if resend is not None:
            acked = max(int(resend) - 1, 0)
            continue
        acked = min(hall_seq, int(batch[-1]["seq"]))
        if acked >= local_head[0]:
            break
    return SyncResult(
        sent=sent,
        stored=stored,
        duplicates=duplicates,
        acked_seq=acked,
        hall_head_seq=int(answer.get("hall_head", {}).get("seq", 0)),
        local_head_seq=local_head[0],
        flagged=bool(answer.get("flagged")),
        flag_reason=str(answer.get("flag_reason", "")),
        at=str(answer.get("at", "")),
    )
