"""What seats send besides their audit, and the feed that pushes hall state back to them.

A seat's outbox items arrive in order, each applied once (key: seat id + item id). Every change
of hall state is a row in `feed`, announced with `NOTIFY seatdesk_feed`; one listening
connection per hall process wakes the long-polls of every seat waiting on `/v1/events`.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from typing import Any

from psycopg import AsyncConnection

log = logging.getLogger("seatdesk.hall.feed")

CHANNEL = "seatdesk_feed"
ITEM_KINDS = (
    "visitor.on_floor", "visitor.left", "incident.report", "incident.update", "watch.add",
    "watch.remove",
)  # fmt: skip
MAX_ITEMS = 200


class BadItem(ValueError):
    """An outbox item that is not shaped like one (no value is echoed)."""


def check_items(raw: Any) -> list[dict[str, Any]]:
    if not isinstance(raw, list) or len(raw) > MAX_ITEMS:
        raise BadItem(f"items must be a list of at most {MAX_ITEMS}")
    items = []
    for item in raw:
        if not isinstance(item, dict) or set(item) != {"id", "kind", "ref", "payload"}:
            raise BadItem("an item has exactly id, kind, ref and payload")
        if not isinstance(item["id"], int) or isinstance(item["id"], bool) or item["id"] < 1:
            raise BadItem("an item's id is a positive integer")
        if item["kind"] not in ITEM_KINDS:
            raise BadItem("unknown item kind")
        if not isinstance(item["ref"], str) or not isinstance(item["payload"], dict):
            raise BadItem("an item's ref is a string and its payload an object")
        items.append(item)
    return items


def _text(payload: dict[str, Any], name: str) -> str:
    return str(payload.get(name, ""))[:200]


async def apply_item(conn: AsyncConnection[Any], seat_id: str, item: dict[str, Any]) -> bool:
    """Apply one item unless it was applied before; True if it was new."""
    cursor = await conn.execute(
        "INSERT INTO seat_items(seat_id, item_id, kind) VALUES (%s, %s, %s) "
        "ON CONFLICT DO NOTHING RETURNING item_id",
        (seat_id, item["id"], item["kind"]),
    )
    if await cursor.fetchone() is None:
        return False
    kind, ref, payload = item["kind"], item["ref"][:64], item["payload"]
    if kind == "visitor.on_floor":  # who is in: a badge and a host, never a name
        await conn.execute(
            "INSERT INTO visitors_on_floor(seat_id, ref, badge, host, since) "
            "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (seat_id, ref) DO UPDATE SET "
            "badge = excluded.badge, host = excluded.host",
            (
                seat_id,
                ref,
                _text(payload, "badge"),
                _text(payload, "host"),
                _text(payload, "since"),
            ),
        )
        await publish_visitors(conn, seat_id)
    elif kind == "visitor.left":
        await conn.execute(
            "DELETE FROM visitors_on_floor WHERE seat_id = %s AND ref = %s", (seat_id, ref)
        )
        await publish_visitors(conn, seat_id)
    elif kind == "watch.add":
        await conn.execute(
            "INSERT INTO watch_list(seat_id, ref, kind, id_hash, match_key, shown, reason, "
            "added_by, added_at) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s) "
            "ON CONFLICT (seat_id, ref) DO NOTHING",
            (
                seat_id, ref, _text(payload, "kind"), payload.get("id_hash") or None,
                payload.get("match_key") or None, _text(payload, "shown"),
                _text(payload, "reason"), _text(payload, "added_by"), _text(payload, "added_at"),
            ),
        )  # fmt: skip
        await publish(conn, "watch", seat_id, {"ref": ref})
    elif kind == "watch.remove":
        await conn.execute(
            "UPDATE watch_list SET removed_at = %s WHERE seat_id = %s AND ref = %s",
            (_text(payload, "removed_at") or "removed", seat_id, ref),
        )
        await publish(conn, "watch", seat_id, {"ref": ref})
    else:
        await _incident_from_seat(conn, seat_id, ref, payload)
        await publish(conn, "incident", seat_id, {"seat_id": seat_id, "ref": ref})
    return True


#: What the reporting seat may still change once the hall's security officer has taken over.
_SEAT_FIELDS_AFTER_HALL = ("containment",)


async def _incident_from_seat(
    conn: AsyncConnection[Any], seat_id: str, ref: str, record: dict[str, Any]
) -> None:
    row = await (
        await conn.execute(
            "SELECT view, hall_managed FROM incidents WHERE seat_id = %s AND ref = %s FOR UPDATE",
            (seat_id, ref),
        )
    ).fetchone()
    if row is not None and row[1]:  # the workflow is the hall's now: keep its steps
        record = {**json.loads(row[0]), **{k: record.get(k) for k in _SEAT_FIELDS_AFTER_HALL}}
    await conn.execute(
        "INSERT INTO incidents(seat_id, ref, reported_at, status, view) "
        "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (seat_id, ref) DO UPDATE SET "
        "status = excluded.status, view = excluded.view, updated_at = now()",
        (
            seat_id,
            ref,
            _text(record, "reported_at"),
            _text(record, "status"),
            json.dumps(record, ensure_ascii=False, sort_keys=True),
        ),
    )


async def visitors_now(conn: AsyncConnection[Any]) -> list[dict[str, str]]:
    rows = await (
        await conn.execute(
            "SELECT seat_id, ref, badge, host, since FROM visitors_on_floor "
            "ORDER BY since, seat_id, ref"
        )
    ).fetchall()
    names = ("seat_id", "ref", "badge", "host", "since")
    return [dict(zip(names, map(str, r), strict=True)) for r in rows]


async def watch_list(conn: AsyncConnection[Any]) -> list[dict[str, str | None]]:
    rows = await (
        await conn.execute(
            "SELECT seat_id, ref, kind, id_hash, match_key, shown, reason, added_by, added_at "
            "FROM watch_list WHERE removed_at IS NULL ORDER BY added_at, seat_id, ref"
        )
    ).fetchall()
    names = ("seat_id", "ref", "kind", "id_hash", "match_key", "shown", "reason", "added_by",
             "added_at")  # fmt: skip
    return [dict(zip(names, r, strict=True)) for r in rows]


async def publish_visitors(conn: AsyncConnection[Any], seat_id: str) -> None:
    visitors = await visitors_now(conn)
    await publish(conn, "visitors", seat_id, {"in_hall": len(visitors)})


async def publish(
    conn: AsyncConnection[Any], kind: str, seat_id: str | None, payload: dict[str, Any]
) -> None:
    cursor = await conn.execute(
        "INSERT INTO feed(kind, seat_id, payload) VALUES (%s, %s, %s) RETURNING id",
        (kind, seat_id, json.dumps(payload, ensure_ascii=False)),
    )
    row = await cursor.fetchone()
    await conn.execute("SELECT pg_notify(%s, %s)", (CHANNEL, str(row[0] if row else 0)))


async def feed_since(
    conn: AsyncConnection[Any], since: int, limit: int = 500
) -> list[dict[str, Any]]:
    rows = await (
        await conn.execute(
            "SELECT id, kind, seat_id, payload FROM feed WHERE id > %s ORDER BY id LIMIT %s",
            (since, limit),
        )
    ).fetchall()
    return [
        {"id": int(r[0]), "kind": str(r[1]), "seat_id": r[2], "payload": json.loads(r[3])}
        for r in rows
    ]


class FeedHub:
    """One LISTEN connection per hall process; waiting long-polls are woken by its notices."""

    def __init__(self, dsn: str) -> None:
        self._dsn = dsn
        self._changed = asyncio.Condition()
        self.latest = 0
        self._task: asyncio.Task[None] | None = None

    async def start(self, latest: int) -> None:
        self.latest = latest
        self._task = asyncio.create_task(self._listen())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def _listen(self) -> None:
        while True:
            try:
                async with await AsyncConnection.connect(self._dsn, autocommit=True) as conn:
                    await conn.execute(f"LISTEN {CHANNEL}")
                    async for notice in conn.notifies():
                        await self._wake(int(notice.payload or 0))
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # the database restarted: listen again
                log.warning("feed listener lost its connection: %s", type(exc).__name__)
                await self._wake(self.latest + 1)  # let waiters re-read what they missed
                await asyncio.sleep(1.0)

    async def _wake(self, latest: int) -> None:
        async with self._changed:
            self.latest = max(self.latest, latest)
            self._changed.notify_all()

    async def wait_past(self, since: int, seconds: float) -> None:
        async with self._changed:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(
                    self._changed.wait_for(lambda: self.latest > since), timeout=seconds
                )
