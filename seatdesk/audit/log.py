"""The hash-chained audit log: every entry carries the MAC of the one before it.

The MAC key is derived from the vault's data key, so an entry cannot be edited, removed or moved
without `verify` naming the first entry where the chain breaks. An anchor (the MAC of an entry,
written down elsewhere, e.g. on an incident report) also catches truncation of the tail.
Entries hold no protected value: callers pass customer numbers, field names, masked forms or
keyed hashes (`AuditLog.keyed_hash`). Text a person typed (a note, a purpose, ...) must come from
the free-text gate as a `MaskedText`; `append` refuses it otherwise (`check_audit_detail`).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from seatdesk.core.clock import Clock, utc_iso
from seatdesk.core.masked_text import check_audit_detail
from seatdesk.vault.db import VaultDb

GENESIS = "0" * 64
_COLUMNS = "seq, ts, actor, seat, action, target, outcome, detail, prev, mac"

JsonValue = str | int | float | bool | None | list[Any] | dict[str, Any]


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    ts: str
    actor: str
    seat: str
    action: str
    target: str
    outcome: str
    detail: str
    prev: str
    mac: str

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            name: getattr(self, name) for name in _COLUMNS.replace(" ", "").split(",")
        }
        data["detail"] = json.loads(self.detail)
        return data


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    entries: int
    head: str
    first_broken: int | None = None
    reason: str = ""


def canonical_detail(detail: Mapping[str, JsonValue] | None) -> str:
    return json.dumps(dict(detail or {}), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


class AuditLog:
    def __init__(self, db: VaultDb, key: bytes, clock: Clock, seat: str) -> None:
        self._db = db
        self._key = key
        self._clock = clock
        self.seat = seat

    def keyed_hash(self, value: str) -> str:
        """A keyed hash to find a value in the log without storing it (e.g. a searched number)."""
        return hmac.new(self._key, b"lookup|" + value.encode("utf-8"), hashlib.sha256).hexdigest()[
            :32
        ]

    def append(
        self,
        actor: str,
        action: str,
        target: str = "",
        outcome: str = "ok",
        detail: Mapping[str, JsonValue] | None = None,
        at: datetime | None = None,
    ) -> AuditEntry:
        check_audit_detail(action, detail)
        detail_text = canonical_detail(detail)
        ts = utc_iso(at or self._clock.now())
        with self._db.transaction():
            last = self._db.execute("SELECT seq, mac FROM audit ORDER BY seq DESC LIMIT 1")
            seq, prev = (int(last[0][0]) + 1, str(last[0][1])) if last else (1, GENESIS)
            values = (seq, ts, actor, self.seat, action, target, outcome, detail_text, prev)
            mac = self._mac(values)
            self._db.execute(
                f"INSERT INTO audit({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*values, mac),
            )
        return AuditEntry(*values, mac)

    def head(self) -> tuple[int, str]:
        row = self._db.execute("SELECT seq, mac FROM audit ORDER BY seq DESC LIMIT 1")
        return (int(row[0][0]), str(row[0][1])) if row else (0, GENESIS)

    def entries(self, since_seq: int = 0) -> Iterator[AuditEntry]:
        for row in self._db.iterate(
            f"SELECT {_COLUMNS} FROM audit WHERE seq > ? ORDER BY seq", (since_seq,)
        ):
            yield AuditEntry(*(int(row[0]), *(str(v) for v in row[1:])))  # type: ignore[arg-type]

    def entries_for_target(self, target: str) -> list[AuditEntry]:
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM audit WHERE target = ? ORDER BY seq", (target,)
        )
        return [AuditEntry(int(r[0]), *(str(v) for v in r[1:])) for r in rows]

    def count_since(
        self,
        actor: str,
        action: str,
        since: datetime,
        *,
        outcome: str | None = None,
        besides: str | None = None,
    ) -> int:
        """How many `action` entries `actor` has made since `since` (quotas and rates): with
        `outcome` only those, with `besides` all but those."""
        sql = "SELECT count(*) FROM audit WHERE actor = ? AND action = ? AND ts >= ?"
        values: list[object] = [actor, action, utc_iso(since)]
        if outcome is not None:
            sql, values = sql + " AND outcome = ?", [*values, outcome]
        if besides is not None:
            sql, values = sql + " AND outcome != ?", [*values, besides]
        return int(self._db.scalar(sql, values))

    def verify(self, anchor: str | None = None) -> VerifyResult:
        expected_seq, prev, count = 1, GENESIS, 0
        anchor_seen = anchor is None
        wanted = (anchor or "").strip().lower()
        for entry in self.entries():
            count += 1
            if entry.seq != expected_seq:
                missing = expected_seq if entry.seq > expected_seq else entry.seq
                return VerifyResult(
                    False,
                    count,
                    prev,
                    missing,
                    f"entry {missing} is missing or out of order (found {entry.seq} after "
                    f"{expected_seq - 1})",
                )
            if entry.prev != prev:
                return VerifyResult(
                    False,
                    count,
                    prev,
                    entry.seq,
                    f"entry {entry.seq} does not link to entry {entry.seq - 1} "
                    "(an entry was removed, reordered or replaced)",
                )
            values = (
                entry.seq,
                entry.ts,
                entry.actor,
                entry.seat,
                entry.action,
                entry.target,
                entry.outcome,
                entry.detail,
                entry.prev,
            )
            if not hmac.compare_digest(self._mac(values), entry.mac):
                return VerifyResult(
                    False,
                    count,
                    prev,
                    entry.seq,
                    f"entry {entry.seq} was altered (its MAC does not match its content)",
                )
            if entry.mac == wanted:
                anchor_seen = True
            prev, expected_seq = entry.mac, entry.seq + 1
        if not anchor_seen:
            return VerifyResult(
                False,
                count,
                prev,
                expected_seq,
                "the anchor is not in the chain: entries after it were removed or the log was "
                "rewritten",
            )
        return VerifyResult(True, count, prev)

    def export_jsonl(self, out: Path) -> int:
        count = 0
        with out.open("w", encoding="utf-8") as handle:
            for entry in self.entries():
                handle.write(json.dumps(entry.as_json(), ensure_ascii=False, sort_keys=True) + "\n")
                count += 1
        return count

    def _mac(self, values: tuple[Any, ...]) -> str:
        message = json.dumps(list(values), ensure_ascii=False, separators=(",", ":"))
        return hmac.new(self._key, message.encode("utf-8"), hashlib.sha256).hexdigest()
