"""The hash-chained audit log: every entry carries the MAC of the one before it.

The MAC key is derived from the vault's data key, so an entry cannot be edited, removed or moved
without `verify` naming the first entry where the chain breaks. An anchor (the MAC of an entry,
written down elsewhere, e.g. on an incident report) also catches truncation of the tail.

Retention (`purge_through`): the oldest entries may be removed, only together with appending an
**anchor entry** (`audit.purged`) that records the seq and MAC of the last entry removed and how
many went. `verify` then starts the chain there: the first entry kept must link to that MAC, and
the anchor entry itself is in the chain (its MAC checked like any other), so an anchor cannot be
forged or edited and entries after it cannot be removed without `verify` saying so.
Entries hold no protected value: callers pass customer numbers, field names, masked forms or
keyed hashes (`AuditLog.keyed_hash`). Text a person typed (a note, a purpose, ...) must come from
the free-text gate as a `MaskedText`; `append` refuses it otherwise (`check_audit_detail`).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from seatdesk.core.clock import Clock, utc_iso
from seatdesk.core.errors import SeatDeskError
from seatdesk.core.masked_text import check_audit_detail
from seatdesk.vault.db import VaultDb

GENESIS = "0" * 64
PURGED = "audit.purged"  # the anchor entry a purge leaves
_COLUMNS = "seq, ts, actor, seat, action, target, outcome, detail, prev, mac"
ENTRY_COLUMNS = _COLUMNS  # what makes an AuditEntry, in its order, for readers of the table

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
    purged_through: int = 0  # entries 1..this were purged; the chain starts after them


def canonical_detail(detail: Mapping[str, JsonValue] | None) -> str:
    return json.dumps(dict(detail or {}), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


class AuditLog:
    def __init__(self, db: VaultDb, key: bytes, clock: Clock, seat: str) -> None:
        self._db = db
        self._key = key
        self._clock = clock
        self.seat = seat
        self._head: tuple[int, str] | None = None  # inside `batch`: the last entry appended

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
            last, prev = self._head if self._head is not None else self._stored_head()
            seq = last + 1
            values = (seq, ts, actor, self.seat, action, target, outcome, detail_text, prev)
            mac = self._mac(values)
            self._db.execute(
                f"INSERT INTO audit({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*values, mac),
            )
            if self._head is not None:
                self._head = (seq, mac)
        return AuditEntry(*values, mac)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """The entries appended inside (by this log) go in one write transaction: a crash or an
        exception before its end leaves none of them, and the head is read once. An entry
        another writer appended meanwhile cannot slip in: the transaction holds the write lock
        from the start (and an entry with the same number would be refused: `seq` is the key).
        Nested batches join the outer one.

        A refusal of the gate (`SeatDeskError`, e.g. past a rate) ends the batch with what it
        appended so far kept, the refusal's own entry among them, and is raised again: what
        was refused stays on the record. Any other exception undoes the whole batch."""
        if self._head is not None:
            yield
            return
        refused: SeatDeskError | None = None
        with self._db.transaction():
            self._head = self._stored_head()
            try:
                yield
            except SeatDeskError as exc:
                refused = exc
            finally:
                self._head = None
        if refused is not None:
            raise refused

    def _stored_head(self) -> tuple[int, str]:
        last = self._db.execute("SELECT seq, mac FROM audit ORDER BY seq DESC LIMIT 1")
        return (int(last[0][0]), str(last[0][1])) if last else (0, GENESIS)

    def head(self) -> tuple[int, str]:
        return self._stored_head()

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
        at_most: int | None = None,
    ) -> int:
        """How many `action` entries `actor` has made since `since` (quotas and rates): with
        `outcome` only those, with `besides` all but those; with `at_most`, counted no further
        than that (a rate check needs to know only whether its limit is reached: its cost then
        stays bounded by the limit, however many entries the minute holds)."""
        sql = "SELECT 1 FROM audit WHERE actor = ? AND action = ? AND ts >= ?"
        values: list[object] = [actor, action, utc_iso(since)]
        if outcome is not None:
            sql, values = sql + " AND outcome = ?", [*values, outcome]
        if besides is not None:
            sql, values = sql + " AND outcome != ?", [*values, besides]
        if at_most is not None:
            sql, values = sql + " LIMIT ?", [*values, at_most]
        return int(self._db.scalar(f"SELECT count(*) FROM ({sql})", values))

    def purge_through(
        self, actor: str, through_seq: int, detail: Mapping[str, JsonValue]
    ) -> AuditEntry:
        """Remove the entries up to `through_seq` and append the anchor entry that lets the
        chain start after them, in one transaction. The caller decides what may go (retention,
        the hall's acknowledgement); `detail` is added to the anchor's."""
        with self._db.transaction():
            row = self._db.execute("SELECT mac FROM audit WHERE seq = ?", (through_seq,))
            if not row:
                raise SeatDeskError(f"audit entry {through_seq} is not in the log")
            removed = int(
                self._db.scalar("SELECT count(*) FROM audit WHERE seq <= ?", (through_seq,))
            )
            before = self._purge_anchor()
            total = removed + (int(before["total_purged"]) if before else 0)
            self._db.execute("DELETE FROM audit WHERE seq <= ?", (through_seq,))
            return self.append(
                actor,
                PURGED,
                target=str(through_seq),
                detail={
                    **detail,
                    "through_seq": through_seq,
                    "through_mac": str(row[0][0]),
                    "purged": removed,
                    "total_purged": total,
                },
            )

    def _purge_anchor(self) -> dict[str, Any] | None:
        """The detail of the newest anchor entry, if any purge happened."""
        row = self._db.execute(
            "SELECT detail FROM audit WHERE action = ? ORDER BY seq DESC LIMIT 1", (PURGED,)
        )
        return dict(json.loads(str(row[0][0]))) if row else None

    def chain_start(self) -> tuple[int, str] | VerifyResult:
        """Where the chain begins: (first seq, the MAC it links to), entry 1 and GENESIS unless
        a purge removed the oldest entries, or why the start cannot be trusted."""
        first = self._db.scalar("SELECT min(seq) FROM audit")
        if first is None or int(first) == 1:
            return 1, GENESIS
        first = int(first)
        anchor = self._purge_anchor()
        if anchor is None:
            return VerifyResult(
                False,
                0,
                GENESIS,
                1,
                f"entries 1 to {first - 1} are missing and no purge anchor "
                "records their removal (the log was truncated)",
            )
        through = int(anchor.get("through_seq", 0))
        if through != first - 1:
            return VerifyResult(
                False,
                0,
                GENESIS,
                through + 1,
                f"entries {through + 1} to {first - 1} are "
                f"missing: the last purge removed entries up to {through} only",
            )
        return first, str(anchor.get("through_mac", ""))

    def verify(self, anchor: str | None = None) -> VerifyResult:
        start = self.chain_start()
        if isinstance(start, VerifyResult):
            return start
        expected_seq, prev = start
        purged_through, count = expected_seq - 1, 0
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
            purged = (
                f" (entries up to {purged_through} were purged here after the retention: check "
                "an older anchor against the hall's copy of the chain)"
                if purged_through
                else ""
            )
            return VerifyResult(
                False,
                count,
                prev,
                expected_seq,
                "the anchor is not in the chain: entries after it were removed or the log was "
                "rewritten" + purged,
                purged_through,
            )
        return VerifyResult(True, count, prev, purged_through=purged_through)

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
