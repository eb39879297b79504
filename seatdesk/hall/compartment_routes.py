"""Compartment keys in the hall's directory (routes under /v1/compartments, issue 15).

The keys are made and granted at a custodian's seat (a security officer signed in there); the
hall stores what it is sent and signs the generation's record, but never sees a private key in
clear: every private half arrives sealed (to an account's public key, or to the escrow's).

- ``GET /v1/compartments``: every generation's signed record, and whether a rotation is due
  (an account was disabled or changed role since the last generation);
- ``POST /v1/compartments/generation``: a security officer's token, the next generation's record
  and each account's boxes of it;
- ``POST /v1/compartments/grant``: a security officer's token and boxes for accounts that lack
  them (new accounts, role changes, accounts added after the generation was made).

Both posts answer with the records and the directory entries changed since `since`.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.routing import Route

from seatdesk.core.identity import STAFF_ID
from seatdesk.hall import compartment_store as keys
from seatdesk.hall import directory_store as rows
from seatdesk.hall.app import HallApp, _endpoint
from seatdesk.hall.directory import DirectoryRoutes
from seatdesk.hall.requests import Refused
from seatdesk.policy.roles import Role

MAX_ACCOUNTS = 500  # accounts in one post (a hall has tens to hundreds)


def _boxes_by_account(value: Any) -> dict[str, dict[str, dict[str, str]]]:
    if not isinstance(value, dict) or len(value) > MAX_ACCOUNTS:
        raise Refused(400, "boxes is malformed")
    out = {}
    for staff_id, boxes in value.items():
        if not isinstance(staff_id, str) or not STAFF_ID.match(staff_id):
            raise Refused(400, "boxes must be keyed by staff ID")
        out[staff_id] = keys.checked_boxes(boxes, "boxes")
    return out


class CompartmentRoutes:
    def __init__(self, hall: HallApp) -> None:
        self.hall = hall
        self.staff = DirectoryRoutes(hall)

    async def listing(self, request: Request) -> dict[str, Any]:
        await self.hall.authenticate(request, b"")
        async with self.hall.store.pool.connection() as conn:
            return {
                "generations": await keys.generations(conn, self.hall.ca.key_pem),
                "rotation_due": await keys.rotation_due(conn),
                "index_due": await keys.index_due(conn),
                "access_due": await keys.access_due(conn),
                "access_chain": await keys.access_chain(conn),
            }

    async def _custodian(self, conn: rows.Conn, data: dict[str, Any], seat_id: str) -> str:
        actor = await self.staff._actor(conn, data, seat_id)
        if actor.role != Role.SECURITY.value:
            raise Refused(403, "only a security officer makes or grants compartment keys")
        return actor.staff_id

    async def generation(self, request: Request) -> dict[str, Any]:
        seat_id, data = await self.staff._request(request)
        boxes = _boxes_by_account(data.get("boxes"))
        now = self.hall.now()
        hall_id = await self.hall.store.hall_id()
        async with self.hall.store.pool.connection() as conn, conn.transaction():
            await conn.execute("SELECT 1 FROM compartment_state FOR UPDATE")  # one at a time
            actor = await self._custodian(conn, data, seat_id)
            number = await keys.latest_generation(conn) + 1
            record = keys.checked_record(data.get("record"), hall_id, number)
            await keys.insert_generation(conn, record, actor, now)
            granted = [s for s, b in boxes.items() if await keys.add_boxes(conn, s, b, now)]
            detail = {"generation": number, "accounts": sorted(granted)}
            await rows.log(
                conn, now, seat_id, actor, "compartments.generation", "hall", "ok", detail
            )
            await rows.changed(conn, seat_id, actor)
            return await self._answer(conn, hall_id, data)

    async def grant(self, request: Request) -> dict[str, Any]:
        seat_id, data = await self.staff._request(request)
        boxes = _boxes_by_account(data.get("boxes"))
        now = self.hall.now()
        hall_id = await self.hall.store.hall_id()
        async with self.hall.store.pool.connection() as conn, conn.transaction():
            actor = await self._custodian(conn, data, seat_id)
            for staff_id, given in boxes.items():
                if await keys.add_boxes(conn, staff_id, given, now):
                    detail = {"keys": sorted(given)}
                    await rows.log(
                        conn, now, seat_id, actor, "compartments.grant", staff_id, "ok", detail
                    )
                    await rows.changed(conn, seat_id, staff_id)
            return await self._answer(conn, hall_id, data)

    async def access(self, request: Request) -> dict[str, Any]:
        """A new hall access key, made at a security officer's seat (whose session holds the
        one before): sealed to every enabled account, the one before wrapped under it."""
        seat_id, data = await self.staff._request(request)
        previous = data.get("previous")
        if not isinstance(previous, dict) or set(previous) != {"nonce", "ct"}:
            raise Refused(400, "previous is malformed")
        if not all(isinstance(v, str) and 0 < len(v) <= 512 for v in previous.values()):
            raise Refused(400, "previous is malformed")
        boxes = data.get("access")
        if not isinstance(boxes, dict) or len(boxes) > MAX_ACCOUNTS:
            raise Refused(400, "access is malformed")
        checked = {}
        for staff_id, box in boxes.items():
            if not isinstance(staff_id, str) or not STAFF_ID.match(staff_id):
                raise Refused(400, "access must be keyed by staff ID")
            checked[staff_id] = keys.checked_box(box, "access")
        now = self.hall.now()
        hall_id = await self.hall.store.hall_id()
        async with self.hall.store.pool.connection() as conn, conn.transaction():
            await conn.execute("SELECT 1 FROM compartment_state FOR UPDATE")  # one at a time
            actor = await self._custodian(conn, data, seat_id)
            wanted = data.get("version")
            version = await keys.rotate_access(conn, wanted, dict(previous), checked, actor, now)
            detail = {"version": version, "accounts": len(checked)}
            await rows.log(conn, now, seat_id, actor, "access.rotated", "hall", "ok", detail)
            await rows.changed(conn, seat_id, actor)
            return await self._answer(conn, hall_id, data)

    async def _answer(self, conn: rows.Conn, hall_id: str, data: dict[str, Any]) -> dict[str, Any]:
        since = data.get("since", 0)
        since = since if isinstance(since, int) and not isinstance(since, bool) else 0
        changes = await rows.changed_since(conn, since)
        return {
            "generations": await keys.generations(conn, self.hall.ca.key_pem),
            "rotation_due": await keys.rotation_due(conn),
            "index_due": await keys.index_due(conn),
            "access_due": await keys.access_due(conn),
            "access_chain": await keys.access_chain(conn),
            "directory": [self.staff._signed(hall_id, a) for a in changes],
            "version": await rows.latest_version(conn),
        }


def compartment_routes(hall: HallApp) -> list[Route]:
    routes = CompartmentRoutes(hall)
    return [
        Route("/v1/compartments", _endpoint(routes.listing), methods=["GET"]),
        Route("/v1/compartments/generation", _endpoint(routes.generation), methods=["POST"]),
        Route("/v1/compartments/grant", _endpoint(routes.grant), methods=["POST"]),
        Route("/v1/compartments/access", _endpoint(routes.access), methods=["POST"]),
    ]
