"""Confidentiality training results through the hall (routes under /v1/training, issue 18): on a
seat enrolled with a hall, a person's results are the hall's, so a pass recorded at seat A opens
customer data at seat B.

Every route is signed by the seat and carries the token of the person signed in there; the hall
decides from that token's account, never from what the body says:

- a training session or an import (source `session` / `import`): only a security officer's token;
- a person's own assessment (source `assessment`): only for the token's own person. The seat
  grades the answers (the answer key is at the seat); the hall trusts the seat's grading as it
  trusts a seat's incidents: a seat is enrolled with a certificate and its audit chain reaches
  the hall, so a forged grade needs a tampered seat and leaves its trace there.

Each result is stored once, by the id the seat gave it (a repeated post changes nothing). Only the
person, the course, the day, the score and whether it passed travel: the trainer's name stays in
the recording seat's vault (it is free text).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from starlette.requests import Request
from starlette.routing import Route

from seatdesk.core.identity import STAFF_ID
from seatdesk.hall import directory_store as rows
from seatdesk.hall.app import HallApp, _endpoint
from seatdesk.hall.feed import publish
from seatdesk.hall.requests import Refused, json_object, read_body
from seatdesk.policy.roles import Role

APPROVERS = (Role.SUPERVISOR.value, Role.SECURITY.value)
SOURCES = frozenset({"session", "import", "assessment"})
MAX_RESULTS = 500
_RESULT_ID = re.compile(r"^TR[0-9A-F]{16,32}$")
_COURSE = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")
_COLUMNS = (
    "t.result_id, t.staff_id, coalesce(s.display_name, t.staff_id), coalesce(s.role, ''), "
    "t.course, t.held_on, t.score, t.pass_mark, t.passed, t.valid_until"
)
_NAMES = (
    "result_id", "staff_id", "display_name", "role", "course", "held_on", "score",
    "pass_mark", "passed", "valid_until",
)  # fmt: skip
_SELECT = f"SELECT {_COLUMNS} FROM training_results t LEFT JOIN staff s USING (staff_id) "


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def checked_result(item: Any) -> dict[str, Any]:
    """One result as a seat sends it; Refused(400) if malformed."""
    if not isinstance(item, dict):
        raise Refused(400, "a result is an object")
    result_id, staff_id, course = item.get("result_id"), item.get("staff_id"), item.get("course")
    if not isinstance(result_id, str) or not _RESULT_ID.match(result_id):
        raise Refused(400, "result_id must be a result's id")
    if not isinstance(staff_id, str) or not STAFF_ID.match(staff_id):
        raise Refused(400, "staff_id must be a staff ID")
    if not isinstance(course, str) or not _COURSE.match(course):
        raise Refused(400, "course must be a course's id")
    numbers: list[int] = []
    for name in ("score", "pass_mark"):
        value = item.get(name)
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 100:
            raise Refused(400, "score and pass_mark are whole numbers 0-100")
        numbers.append(value)
    held_on = _day(item.get("held_on"))
    until = _day(item.get("valid_until"))
    passed = item.get("passed")
    if held_on is None or not isinstance(passed, bool):
        raise Refused(400, "a result needs held_on and passed")
    if item.get("valid_until") is not None and until is None:
        raise Refused(400, "valid_until must be a day")
    if passed != (numbers[0] >= numbers[1]) or (until is not None) != passed:
        raise Refused(400, "passed must follow from the score and the pass mark")
    return {
        "result_id": result_id, "staff_id": staff_id, "course": course, "held_on": held_on,
        "score": numbers[0], "pass_mark": numbers[1], "passed": passed, "valid_until": until,
    }  # fmt: skip


def as_item(row: Any) -> dict[str, Any]:
    item = dict(zip(_NAMES, row, strict=True))
    item["held_on"] = item["held_on"].isoformat()
    item["valid_until"] = item["valid_until"].isoformat() if item["valid_until"] else None
    return item


class TrainingRoutes:
    def __init__(self, hall: HallApp) -> None:
        self.hall = hall

    async def _actor(self, conn: rows.Conn, data: dict[str, Any], seat_id: str) -> rows.Account:
        return await rows.signed_in_account(conn, data, seat_id, self.hall.now())

    async def record(self, request: Request) -> dict[str, Any]:
        """Results of a session, an import or a person's own assessment, each stored once."""
        body = await read_body(request)
        seat = await self.hall.authenticate(request, body)
        data = json_object(body)
        source, raw = data.get("source"), data.get("results")
        if source not in SOURCES:
            raise Refused(400, "source must be session, import or assessment")
        if not isinstance(raw, list) or not 0 < len(raw) <= MAX_RESULTS:
            raise Refused(400, f"results must be a list of 1-{MAX_RESULTS}")
        results = [checked_result(item) for item in raw]
        now = self.hall.now()
        stored = 0
        async with self.hall.store.pool.connection() as conn, conn.transaction():
            actor = await self._actor(conn, data, seat.seat_id)
            if source == "assessment":
                if any(r["staff_id"] != actor.staff_id for r in results):
                    raise Refused(403, "an assessment is recorded only for the person who took it")
            elif actor.role != Role.SECURITY.value:
                raise Refused(403, "only a security officer records training results")
            for r in results:
                cursor = await conn.execute(
                    "INSERT INTO training_results(result_id, seat_id, staff_id, course, held_on, "
                    "score, pass_mark, passed, valid_until, source, recorded_by, recorded_at) "
                    "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) "
                    "ON CONFLICT (result_id) DO NOTHING",
                    (
                        r["result_id"], seat.seat_id, r["staff_id"], r["course"], r["held_on"],
                        r["score"], r["pass_mark"], r["passed"], r["valid_until"], source,
                        actor.staff_id, now,
                    ),
                )  # fmt: skip
                stored += cursor.rowcount
            for staff_id in sorted({r["staff_id"] for r in results}):  # seats fetch them
                await publish(conn, "training", seat.seat_id, {"staff_id": staff_id})
            await self.hall.store.touch(conn, seat.seat_id, now)
        return {"stored": stored, "duplicates": len(results) - stored}

    async def results(self, request: Request) -> dict[str, Any]:
        """The hall's register: every result for a security officer; otherwise the person's own
        and the approvers' (an approver who signs at this seat is held to the training gate
        here, wherever they passed)."""
        body = await read_body(request)
        seat = await self.hall.authenticate(request, body)
        data = json_object(body)
        async with self.hall.store.pool.connection() as conn:
            actor = await self._actor(conn, data, seat.seat_id)
            if actor.role == Role.SECURITY.value:
                found = await (await conn.execute(_SELECT + "ORDER BY t.result_id")).fetchall()
            else:
                found = await (
                    await conn.execute(
                        _SELECT + "WHERE t.staff_id = %s OR s.role = ANY(%s) ORDER BY t.result_id",
                        (actor.staff_id, list(APPROVERS)),
                    )
                ).fetchall()
        return {"results": [as_item(r) for r in found]}


def training_routes(hall: HallApp) -> list[Route]:
    r = TrainingRoutes(hall)
    return [
        Route("/v1/training/record", _endpoint(r.record), methods=["POST"]),
        Route("/v1/training/results", _endpoint(r.results), methods=["POST"]),
    ]
