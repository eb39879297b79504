"""一类 verification at the hall (routes under /v1/verify, issue 15).

A seat that writes clear 一类 values (an import, a publisher, a custodian's upkeep) sends, per
(customer, field, mode), a *tag*: a keyed hash under a key derived from the hall data key, which
only enrolled seats hold. The hall keeps HMAC(pepper, tag), the pepper a file in the hall's folder:
a dump of PostgreSQL alone tests no guess (no pepper), and a seat alone tests none (no stored MAC).

`/v1/verify` takes the tag of what a caller said, with the person's token and the call id; the
hall counts the attempts (`verify_rules`), refuses past the limits, writes every attempt to the
append-only `verify_attempts` (who, where, customer, field, mode, call, outcome: never a value or
a tag) and answers match / no_match / locked / no_data with the tries left.
"""

from __future__ import annotations

import hashlib
import hmac
from datetime import timedelta
from typing import Any

from starlette.requests import Request
from starlette.routing import Route

from seatdesk.hall import directory_store as rows
from seatdesk.hall import verify_rules as vr
from seatdesk.hall.app import HallApp, _endpoint
from seatdesk.hall.requests import Refused, json_object, read_body
from seatdesk.policy.roles import Role

# Who may give the hall tags: the roles that import customers or hold 一类 compartments. An
# agent's tag could set a customer's answer to one the agent chose; an agent never writes one.
WRITERS = frozenset({Role.ADMIN.value, Role.SUPERVISOR.value, Role.SECURITY.value})
_COUNTED = ("match", "no_match")


def _form(item: dict[str, Any]) -> tuple[str, str, str]:
    customer_no, field, mode = item.get("customer_no"), item.get("field"), item.get("mode")
    if not vr.good_customer_no(customer_no):
        raise Refused(400, "customer_no must be a customer number")
    if (field, mode) not in vr.FORMS:
        raise Refused(400, "field and mode must name a 一类 form the hall verifies")
    return str(customer_no), str(field), str(mode)


class VerifyRoutes:
    def __init__(self, hall: HallApp) -> None:
        self.hall = hall

    def _mac(self, tag: str) -> bytes:
        if len(self.hall.pepper) != 32:
            raise Refused(503, "this hall has no verifier pepper: it cannot check 一类 answers")
        return hmac.new(self.hall.pepper, bytes.fromhex(tag), hashlib.sha256).digest()

    async def _actor(self, conn: rows.Conn, data: dict[str, Any], seat_id: str) -> rows.Account:
        return await rows.signed_in_account(conn, data, seat_id, self.hall.now())

    async def tags(self, request: Request) -> dict[str, Any]:
        """Store the tags of written 一类 values (the last written for a form wins)."""
        body = await read_body(request)
        seat = await self.hall.authenticate(request, body)
        data = json_object(body)
        raw = data.get("tags")
        if not isinstance(raw, list) or not 0 < len(raw) <= vr.MAX_TAGS:
            raise Refused(400, f"tags must be a list of 1-{vr.MAX_TAGS}")
        items = []
        for item in raw:
            if not isinstance(item, dict) or not vr.good_tag(item.get("tag")):
                raise Refused(400, "each tag is {customer_no, field, mode, tag: 32 hex digits}")
            version = item.get("version", 1)
            if not vr.good_version(version):
                raise Refused(400, f"a tag's version is 1-{vr.MAX_VERSIONS}")
            items.append((*_form(item), self._mac(str(item["tag"])), int(version)))
        now = self.hall.now()
        async with self.hall.store.pool.connection() as conn, conn.transaction():
            actor = await self._actor(conn, data, seat.seat_id)
            if actor.role not in WRITERS:
                raise Refused(403, "only an importer or a custodian gives the hall 一类 verifiers")
            for customer_no, field, mode, mac, version in items:
                await conn.execute(
                    "INSERT INTO verify_tags(customer_no, field, mode, mac, version, seat_id, "
                    "staff_id, updated_at) VALUES (%s, %s, %s, %s, %s, %s, %s, %s) "
                    "ON CONFLICT (customer_no, field, mode) DO UPDATE SET mac = EXCLUDED.mac, "
                    "version = EXCLUDED.version, seat_id = EXCLUDED.seat_id, "
                    "staff_id = EXCLUDED.staff_id, updated_at = EXCLUDED.updated_at",
                    (customer_no, field, mode, mac, version, seat.seat_id, actor.staff_id, now),
                )
            await self.hall.store.touch(conn, seat.seat_id, now)
        return {"stored": len(items)}

    async def verify(self, request: Request) -> dict[str, Any]:
        """One attempt: counted, audited, compared here."""
        body = await read_body(request)
        seat = await self.hall.authenticate(request, body)
        data = json_object(body)
        customer_no, field, mode = _form(data)
        tags, call_id, asked = data.get("tags"), data.get("call_id"), data.get("per_call")
        if (
            not isinstance(tags, dict)
            or not 0 < len(tags) <= vr.MAX_VERSIONS
            or not all(vr.good_tag(t) for t in tags.values())
            or not vr.good_call_id(call_id)
        ):
            raise Refused(
                400,
                f"an attempt needs tags (1-{vr.MAX_VERSIONS}: version -> 32 hex digits) "
                "and call_id",
            )
        per_call = vr.PER_CALL_CAP
        if isinstance(asked, int) and not isinstance(asked, bool) and asked > 0:
            per_call = min(asked, vr.PER_CALL_CAP)  # the seat's policy may only tighten
        now = self.hall.now()
        hour = now - timedelta(hours=1)
        async with self.hall.store.pool.connection() as conn, conn.transaction():
            actor = await self._actor(conn, data, seat.seat_id)
            # One person's attempts one at a time, whatever seat or process sends them.
            await conn.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (actor.staff_id,))
            on_call = await self._count(
                conn,
                "staff_id = %s AND customer_no = %s AND field = %s AND call_id = %s"
                + (" AND at > %s" if call_id == vr.OFF_CALL else ""),
                (actor.staff_id, customer_no, field, call_id)
                + ((hour,) if call_id == vr.OFF_CALL else ()),
            )
            in_hour = await self._count(conn, "staff_id = %s AND at > %s", (actor.staff_id, hour))
            row = await (
                await conn.execute(
                    "SELECT mac, version FROM verify_tags WHERE customer_no = %s AND field = %s "
                    "AND mode = %s",
                    (customer_no, field, mode),
                )
            ).fetchone()
            if on_call >= per_call:
                outcome = "locked"
            elif in_hour >= vr.PER_HOUR:
                outcome = "hour_limit"
            elif row is None:
                outcome = "no_data"
            else:
                # Only the tag of the version the stored one was made under is compared: one
                # attempt, one comparison, however many tags the seat sent.
                given = tags.get(str(int(row[1])))
                said = b"" if given is None else self._mac(str(given))
                outcome = "match" if hmac.compare_digest(bytes(row[0]), said) else "no_match"
            await conn.execute(
                "INSERT INTO verify_attempts(at, seat_id, staff_id, customer_no, field, mode, "
                "call_id, outcome) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
                (now, seat.seat_id, actor.staff_id, customer_no, field, mode, call_id, outcome),
            )
            await self.hall.store.touch(conn, seat.seat_id, now)
        used = on_call + (1 if outcome in _COUNTED else 0)
        return {
            "outcome": outcome,
            "remaining": max(per_call - used, 0),
            "hour_remaining": max(vr.PER_HOUR - in_hour - (outcome in _COUNTED), 0),
        }

    async def _count(self, conn: rows.Conn, where: str, args: tuple[Any, ...]) -> int:
        row = await (
            await conn.execute(
                f"SELECT count(*) FROM verify_attempts WHERE {where} AND outcome = ANY(%s)",
                (*args, list(_COUNTED)),
            )
        ).fetchone()
        return int(row[0]) if row else 0


def verify_routes(hall: HallApp) -> list[Route]:
    r = VerifyRoutes(hall)
    return [
        Route("/v1/verify/tags", _endpoint(r.tags), methods=["POST"]),
        Route("/v1/verify", _endpoint(r.verify), methods=["POST"]),
    ]
