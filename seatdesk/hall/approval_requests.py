"""Approval requests through the hall (routes under /v1/approvals, issue 17): an agent's desk asks
for a supervisor (or, for what needs one, the security officer); whoever may approve sees the
open requests of the hall at their own seat, says "on my way" or declines with a reason; the
request closes when the approval is given at the asking seat, the agent cancels it, or it
expires.

Every route is signed by the seat and carries the token of the person signed in there; the hall
decides from that token's account who may do what, never from what the body says. Free text is
masked at the seat and again here (a number typed into a reason never reaches the table). Only
references travel (the customer number, the field's key, masked text): never a customer's value,
and never a key: the approval itself is still signed at the asking seat. A remote grant (issue
15) would be one more step on the same request id.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta
from typing import Any

from psycopg import AsyncConnection
from starlette.requests import Request
from starlette.routing import Route

from seatdesk.hall import directory_store as rows
from seatdesk.hall.app import HallApp, _endpoint
from seatdesk.hall.feed import publish
from seatdesk.hall.requests import Refused, json_object, read_body
from seatdesk.policy.masking import mask_free_text
from seatdesk.policy.roles import Role

APPROVERS = frozenset({Role.SUPERVISOR.value, Role.SECURITY.value})
OPEN = ("open", "taken")
MAX_MINUTES = 120
_COLUMNS = (
    "r.request_id, r.seat_id, s.seat_name, r.requester, r.requester_name, r.customer_no, "
    "r.field, r.field_class, r.tier, r.needs, r.reason_code, r.reason_note, r.asked_at, "
    "r.expires_at, r.status, r.taken_by, r.taken_by_name, r.decline_reason, r.granted_by"
)
_NAMES = tuple(name.strip().split(".")[1] for name in _COLUMNS.split(","))
_SELECT = f"SELECT {_COLUMNS} FROM approval_requests r JOIN seats s ON s.seat_id = r.seat_id "
Conn = AsyncConnection[Any]


def new_request_id() -> str:
    return "AR" + secrets.token_hex(8).upper()


def _text(data: dict[str, Any], name: str, limit: int, *, empty: bool = False) -> str:
    value = data.get(name, "" if empty else None)
    if not isinstance(value, str) or len(value) > limit or (not value and not empty):
        raise Refused(400, f"{name} must be a text of at most {limit} characters")
    return value


def checked_ask(data: dict[str, Any]) -> dict[str, Any]:
    """The request's fields as a seat sends them (references and masked text only)."""
    needs = _text(data, "needs", 16)
    if needs not in APPROVERS:
        raise Refused(400, "needs must be supervisor or security")
    minutes = data.get("minutes")
    if not isinstance(minutes, int) or isinstance(minutes, bool) or not 1 <= minutes <= MAX_MINUTES:
        raise Refused(400, f"minutes must be 1-{MAX_MINUTES}")
    return {
        "customer_no": _text(data, "customer_no", 32),
        "field": _text(data, "field", 64),
        "field_class": _text(data, "field_class", 64),
        "tier": _text(data, "tier", 32),
        "needs": needs,
        "reason_code": _text(data, "reason_code", 64),
        "reason_note": mask_free_text(_text(data, "reason_note", 500, empty=True).strip()),
        "minutes": minutes,
    }


def as_item(row: Any) -> dict[str, Any]:
    item = dict(zip(_NAMES, row, strict=True))
    for name in ("asked_at", "expires_at"):
        item[name] = item[name].isoformat()
    return item


async def expire(conn: Conn, now: datetime) -> list[str]:
    """Open requests past their time are closed as expired (the hall's clock decides)."""
    found = await (
        await conn.execute(
            "UPDATE approval_requests SET status = 'expired', closed_at = %s "
            "WHERE status IN ('open', 'taken') AND expires_at <= %s RETURNING request_id",
            (now, now),
        )
    ).fetchall()
    return [str(r[0]) for r in found]


class ApprovalRoutes:
    def __init__(self, hall: HallApp) -> None:
        self.hall = hall

    async def _signed(self, request: Request) -> tuple[str, dict[str, Any]]:
        body = await read_body(request)
        seat = await self.hall.authenticate(request, body)
        return seat.seat_id, json_object(body)

    async def _actor(self, conn: Conn, data: dict[str, Any], seat_id: str) -> rows.Account:
        return await rows.signed_in_account(conn, data, seat_id, self.hall.now())

    async def _request(self, conn: Conn, request_id: Any, *, lock: bool = False) -> dict[str, Any]:
        if not isinstance(request_id, str) or len(request_id) > 32:
            raise Refused(400, "request_id must be a request's id")
        row = await (
            await conn.execute(
                _SELECT + "WHERE r.request_id = %s" + (" FOR UPDATE OF r" if lock else ""),
                (request_id,),
            )
        ).fetchone()
        if row is None:
            raise Refused(404, "no such approval request in the hall")
        return as_item(row)

    async def _changed(self, conn: Conn, seat_id: str, request_ids: list[str]) -> None:
        for request_id in request_ids:  # no data in the feed: seats ask what changed
            await publish(conn, "approval", seat_id, {"request_id": request_id})

    # -- routes -------------------------------------------------------------------------------
    async def ask(self, request: Request) -> dict[str, Any]:
        """The signed-in person at this seat asks for an approver."""
        seat_id, data = await self._signed(request)
        fields = checked_ask(data)
        now = self.hall.now()
        request_id = new_request_id()
        async with self.hall.store.pool.connection() as conn, conn.transaction():
            actor = await self._actor(conn, data, seat_id)
            if actor.role == fields["needs"]:
                raise Refused(403, "an approver does not ask their own role for an approval")
            await conn.execute(
                "INSERT INTO approval_requests(request_id, seat_id, requester, requester_name, "
                "customer_no, field, field_class, tier, needs, reason_code, reason_note, "
                "asked_at, expires_at) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                (
                    request_id, seat_id, actor.staff_id, actor.display_name,
                    fields["customer_no"], fields["field"], fields["field_class"], fields["tier"],
                    fields["needs"], fields["reason_code"], fields["reason_note"], now,
                    now + timedelta(minutes=int(fields["minutes"])),
                ),
            )  # fmt: skip
            await self._changed(conn, seat_id, [request_id])
            item = await self._request(conn, request_id)
        return {"request": item}

    async def listing(self, request: Request) -> dict[str, Any]:
        """The hall's open requests that the signed-in approver's role may approve."""
        seat_id, data = await self._signed(request)
        now = self.hall.now()
        async with self.hall.store.pool.connection() as conn, conn.transaction():
            actor = await self._actor(conn, data, seat_id)
            if actor.role not in APPROVERS:
                raise Refused(403, "only a supervisor or a security officer sees approval requests")
            expired = await expire(conn, now)
            await self._changed(conn, seat_id, expired)
            found = await (
                await conn.execute(
                    _SELECT + "WHERE r.status IN ('open', 'taken') AND r.needs = %s "
                    "AND r.requester <> %s ORDER BY r.asked_at, r.request_id",
                    (actor.role, actor.staff_id),
                )
            ).fetchall()
        return {"requests": [as_item(r) for r in found], "at": now.isoformat()}

    async def status(self, request: Request) -> dict[str, Any]:
        """One request, for the person who asked, at the seat that asked."""
        seat_id, data = await self._signed(request)
        async with self.hall.store.pool.connection() as conn, conn.transaction():
            actor = await self._actor(conn, data, seat_id)
            await self._changed(conn, seat_id, await expire(conn, self.hall.now()))
            item = await self._request(conn, data.get("request_id"))
        if item["seat_id"] != seat_id or item["requester"] != actor.staff_id:
            raise Refused(404, "no such approval request in the hall")
        return {"request": item}

    async def step(self, request: Request) -> dict[str, Any]:
        """take / decline (an approver of the request's role, at any seat); cancel, expire and
        granted (the person who asked, at the seat that asked)."""
        seat_id, data = await self._signed(request)
        action = data.get("action")
        now = self.hall.now()
        async with self.hall.store.pool.connection() as conn, conn.transaction():
            actor = await self._actor(conn, data, seat_id)
            await self._changed(conn, seat_id, await expire(conn, now))
            item = await self._request(conn, data.get("request_id"), lock=True)
            if item["status"] not in OPEN:
                raise Refused(409, f"the request is {item['status']} already", "approval.closed")
            sets = self._change(action, actor, item, data, seat_id)
            sets["closed_at"] = None if sets.get("status") == "taken" else now
            assignments = ", ".join(f"{name} = %s" for name in sets)
            await conn.execute(
                f"UPDATE approval_requests SET {assignments} WHERE request_id = %s",
                (*sets.values(), item["request_id"]),
            )
            await self._changed(conn, seat_id, [item["request_id"]])
            item = await self._request(conn, item["request_id"])
        return {"request": item}

    def _change(
        self,
        action: Any,
        actor: rows.Account,
        item: dict[str, Any],
        data: dict[str, Any],
        seat_id: str,
    ) -> dict[str, Any]:
        if action in ("take", "decline"):
            if actor.role != item["needs"] or actor.staff_id == item["requester"]:
                raise Refused(403, "your role may not approve this request")
            if item["status"] == "taken" and item["taken_by"] != actor.staff_id:
                raise Refused(409, "another approver is on the way already", "approval.taken")
            if action == "take":
                return {"status": "taken", "taken_by": actor.staff_id,
                        "taken_by_name": actor.display_name}  # fmt: skip
            reason = mask_free_text(_text(data, "reason", 500).strip())
            return {"status": "declined", "taken_by": actor.staff_id,
                    "taken_by_name": actor.display_name, "decline_reason": reason}  # fmt: skip
        if action in ("cancel", "expire", "granted"):
            if seat_id != item["seat_id"] or actor.staff_id != item["requester"]:
                raise Refused(403, "only the person who asked, at their seat, closes a request")
            if action == "granted":
                approver = _text(data, "approver", 32)
                return {"status": "granted", "granted_by": approver}
            return {"status": "cancelled" if action == "cancel" else "expired"}
        raise Refused(400, "action must be take, decline, cancel, expire or granted")


def approval_routes(hall: HallApp) -> list[Route]:
    r = ApprovalRoutes(hall)
    return [
        Route("/v1/approvals/ask", _endpoint(r.ask), methods=["POST"]),
        Route("/v1/approvals/open", _endpoint(r.listing), methods=["POST"]),
        Route("/v1/approvals/status", _endpoint(r.status), methods=["POST"]),
        Route("/v1/approvals/step", _endpoint(r.step), methods=["POST"]),
    ]
