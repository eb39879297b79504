"""The hall's HTTP app (Starlette). Stateless: every byte of state is in PostgreSQL, so a second
instance behind a TCP balancer serves the same hall.

Refusals say what is wrong in a short JSON `error` and never echo what was sent.
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from seatdesk.core.errors import UsageError
from seatdesk.hall import pki
from seatdesk.hall.chain import Head, check_report, take_batch
from seatdesk.hall.directory import DirectoryRoutes
from seatdesk.hall.feed import (
    BadItem,
    FeedHub,
    apply_item,
    check_items,
    feed_since,
    publish,
    visitors_now,
    watch_list,
)
from seatdesk.hall.incident_steps import apply_step
from seatdesk.hall.protocol import (
    BATCH,
    PROTOCOL,
    SEAT_HEADER,
    SIGNATURE_HEADER,
    TIME_HEADER,
    BadEntry,
    check_entry,
    decode_signature,
    signing_message,
    within_skew,
)
from seatdesk.hall.requests import Refused, json_object, read_body
from seatdesk.hall.store import HallStore, SeatNameTaken, SeatRow, open_pool

log = logging.getLogger("seatdesk.hall")
Now = Callable[[], datetime]


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _head(data: Any) -> Head:
    if (
        not isinstance(data, dict)
        or not isinstance(data.get("seq"), int)
        or isinstance(data.get("seq"), bool)
        or data["seq"] < 0
        or not isinstance(data.get("mac"), str)
        or len(data["mac"]) > 128
    ):
        raise Refused(400, "head must be {seq: integer >= 0, mac: string}")
    return Head(int(data["seq"]), str(data["mac"]))


class HallApp:
    def __init__(
        self,
        store: HallStore,
        ca: pki.KeyPair,
        hub: FeedHub,
        now: Now = _utc_now,
        pepper: bytes = b"",
    ) -> None:
        self.store = store
        self.ca = ca
        self.hub = hub
        self.now = now
        self.pepper = pepper  # the 一类 verifiers' key (HALLDIR/verify.pepper)

    async def authenticate(self, request: Request, body: bytes) -> SeatRow:
        seat_id = request.headers.get(SEAT_HEADER, "")
        at_text = request.headers.get(TIME_HEADER, "")
        signature = request.headers.get(SIGNATURE_HEADER, "")
        if not (seat_id and at_text and signature):
            raise Refused(401, "unsigned request")
        seat = await self.store.seat(seat_id[:32])
        if seat is None:
            raise Refused(401, "unknown seat")
        if seat.revoked:
            raise Refused(403, "this seat's certificate was revoked")
        try:
            at = datetime.fromisoformat(at_text)
            raw = decode_signature(signature)
        except ValueError:
            raise Refused(401, "bad signature") from None
        if at.tzinfo is None or not within_skew(at, self.now()):
            raise Refused(401, "the request's time is too far from the hall's clock")
        path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        message = signing_message(request.method, path, at_text, body)
        try:
            Ed25519PublicKey.from_public_bytes(seat.public_key).verify(raw, message)
        except InvalidSignature:
            raise Refused(401, "bad signature") from None
        return seat

    # -- routes -------------------------------------------------------------------------------
    async def hello(self, request: Request) -> dict[str, Any]:
        return {
            "protocol": PROTOCOL,
            "hall_id": await self.store.hall_id(),
            "ca_pem": self.ca.cert_pem.decode(),
        }

    async def enrol(self, request: Request) -> dict[str, Any]:
        data = json_object(await read_body(request))
        code, name, csr = data.get("code"), data.get("seat_name"), data.get("csr_pem")
        if not all(isinstance(v, str) and 0 < len(v) <= 8192 for v in (code, name, csr)):
            raise Refused(400, "enrolment needs code, seat_name and csr_pem")
        assert isinstance(code, str) and isinstance(name, str) and isinstance(csr, str)
        now = self.now()

        def cert_for(seat_id: str) -> tuple[bytes, bytes]:
            cert = pki.issue_seat_cert(self.ca, csr.encode(), seat_id, now)
            return cert, pki.seat_public_key(cert, self.ca.cert_pem)

        try:
            result = await self.store.enrol(code, name, cert_for, now)
        except pki.BadRequestCsr as exc:
            raise Refused(400, str(exc)) from None
        except SeatNameTaken:
            raise Refused(409, "a seat of that name is enrolled already") from None
        if result is None:
            await self.store.event(None, "enrol.refused", "unknown, used or expired code")
            raise Refused(403, "the enrolment code is unknown, used or expired")
        seat_id, cert = result
        log.info("seat enrolled: %s", seat_id)
        return {
            "seat_id": seat_id,
            "cert_pem": cert.decode(),
            "ca_pem": self.ca.cert_pem.decode(),
            "watch_key": await self.store.meta("watch_key"),
        }

    async def sync(self, request: Request) -> dict[str, Any]:
        """Audit entries up, the seat's head reported; the hall's head and verdict back."""
        body = await read_body(request)
        seat = await self.authenticate(request, body)
        data = json_object(body)
        reported = _head(data.get("head"))
        raw_entries = data.get("entries", [])
        if not isinstance(raw_entries, list) or len(raw_entries) > BATCH:
            raise Refused(400, f"entries must be a list of at most {BATCH}")
        try:
            entries = [check_entry(item) for item in raw_entries]
        except BadEntry as exc:
            raise Refused(400, str(exc)) from None
        now = self.now()
        async with self.store.pool.connection() as conn, conn.transaction():
            await conn.execute("SELECT 1 FROM seats WHERE seat_id = %s FOR UPDATE", (seat.seat_id,))
            head = await self.store.head(conn, seat.seat_id)
            wanted = sorted({int(e["seq"]) for e in entries} | {reported.seq})
            known = await self.store.macs(conn, seat.seat_id, [s for s in wanted if s <= head.seq])
            intake = take_batch(head, entries, known.get)
            await self.store.append(conn, seat.seat_id, intake.store)
            if intake.store:
                head = Head(int(intake.store[-1]["seq"]), str(intake.store[-1]["mac"]))
            reason = intake.divergence or check_report(head, reported, known.get)
            await self.store.contact(conn, seat.seat_id, reported, now)
            if reason:
                await self.store.flag(conn, seat.seat_id, reason, now)
        # The seat row read to authenticate, and what this request found: no second read (the
        # first reason a seat was flagged for is the one kept).
        flagged = seat.flagged or bool(reason)
        return {
            "hall_head": {"seq": head.seq, "mac": head.mac},
            "stored": len(intake.store),
            "duplicates": intake.duplicates,
            "resend_from": intake.gap_from,
            "flagged": flagged,
            "flag_reason": seat.flag_reason if seat.flagged else reason,
            "at": now.isoformat(),
        }

    async def outbox(self, request: Request) -> dict[str, Any]:
        """Incidents and visitor events from a seat, in order, each applied once."""
        body = await read_body(request)
        seat = await self.authenticate(request, body)
        try:
            items = check_items(json_object(body).get("items"))
        except BadItem as exc:
            raise Refused(400, str(exc)) from None
        applied = 0
        async with self.store.pool.connection() as conn, conn.transaction():
            for item in sorted(items, key=lambda i: int(i["id"])):
                applied += await apply_item(conn, seat.seat_id, item)
            await self.store.touch(conn, seat.seat_id, self.now())
        return {"acked": max((int(i["id"]) for i in items), default=0), "applied": applied}

    async def events(self, request: Request) -> dict[str, Any]:
        """Long-poll: what changed in the hall after `since`, waiting up to `wait` seconds."""
        seat = await self.authenticate(request, b"")
        try:
            since = max(int(request.query_params.get("since", "0")), 0)
            wait = min(max(float(request.query_params.get("wait", "20")), 0.0), 25.0)
        except ValueError:
            raise Refused(400, "since and wait are numbers") from None
        if self.hub.latest <= since and wait:
            await self.hub.wait_past(since, wait)
        async with self.store.pool.connection() as conn:
            events = await feed_since(conn, since)
            visitors = await visitors_now(conn)
            await self.store.touch(conn, seat.seat_id, self.now())
        latest = events[-1]["id"] if events else since
        return {
            "events": events,
            "latest": latest,
            "visitors_in_hall": len(visitors),
            "at": self.now().isoformat(),
        }

    async def watch(self, request: Request) -> dict[str, Any]:
        """The hall's watch list (active entries), hashed under the hall's watch key."""
        await self.authenticate(request, b"")
        async with self.store.pool.connection() as conn:
            entries = await watch_list(conn)
        return {"entries": entries}

    async def incidents(self, request: Request) -> dict[str, Any]:
        """Every incident reported in the hall, as its reporting seat's masked view."""
        await self.authenticate(request, b"")
        async with self.store.pool.connection() as conn:
            rows = await (
                await conn.execute(
                    "SELECT seat_id, ref, view FROM incidents ORDER BY reported_at DESC, ref"
                )
            ).fetchall()
        return {
            "incidents": [
                {"seat_id": str(r[0]), "ref": str(r[1]), "view": json.loads(r[2])} for r in rows
            ]
        }

    async def incident_step(self, request: Request) -> dict[str, Any]:
        """A security officer at any seat moves an incident of the hall along."""
        body = await read_body(request)
        seat = await self.authenticate(request, body)
        data = json_object(body)
        origin, ref, by = data.get("seat_id"), data.get("ref"), data.get("by")
        change = data.get("change")
        if not all(isinstance(v, str) and 0 < len(v) <= 64 for v in (origin, ref, by)) or not (
            isinstance(change, dict)
        ):
            raise Refused(400, "a step needs seat_id, ref, by and change")
        assert isinstance(origin, str) and isinstance(ref, str) and isinstance(by, str)
        assert isinstance(change, dict)
        now = self.now()
        async with self.store.pool.connection() as conn, conn.transaction():
            row = await (
                await conn.execute(
                    "SELECT view FROM incidents WHERE seat_id = %s AND ref = %s FOR UPDATE",
                    (origin, ref),
                )
            ).fetchone()
            if row is None:
                raise Refused(404, "no such incident in the hall")
            try:
                view = apply_step(json.loads(row[0]), change, by, now.isoformat())
            except UsageError as exc:
                raise Refused(409, str(exc)) from None
            await conn.execute(
                "UPDATE incidents SET view = %s, status = %s, hall_managed = true, "
                "updated_at = %s WHERE seat_id = %s AND ref = %s",
                (json.dumps(view, ensure_ascii=False), view["status"], now, origin, ref),
            )
            await publish(conn, "incident", seat.seat_id, {"seat_id": origin, "ref": ref})
        return {"view": view}


def _endpoint(
    handler: Callable[[Request], Any],
) -> Callable[[Request], Any]:
    async def run(request: Request) -> JSONResponse:
        try:
            return JSONResponse(await handler(request))
        except Refused as refused:
            body = {"error": refused.error} | ({"code": refused.code} if refused.code else {})
            return JSONResponse(body, status_code=refused.status)

    return run


def directory_routes(staff: DirectoryRoutes) -> list[Route]:
    posts = {
        "kdf": staff.kdf,
        "signin": staff.sign_in,
        "bootstrap": staff.bootstrap,
        "add": staff.add,
        "passwd": staff.passwd,
        "role": staff.role,
        "disable": staff.disable,
    }
    routes = [
        Route(f"/v1/staff/{name}", _endpoint(run), methods=["POST"]) for name, run in posts.items()
    ]
    return [*routes, Route("/v1/staff/directory", _endpoint(staff.directory), methods=["GET"])]


def build_app(dsn: str, ca: pki.KeyPair, now: Now = _utc_now, *, pepper: bytes = b"") -> Starlette:
    pool = open_pool(dsn)
    hub = FeedHub(dsn)
    hall = HallApp(HallStore(pool), ca, hub, now, pepper)

    @asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        await pool.open(wait=True)
        async with pool.connection() as conn:
            latest = await (await conn.execute("SELECT coalesce(max(id), 0) FROM feed")).fetchone()
        await hub.start(int(latest[0]) if latest else 0)
        try:
            yield
        finally:
            await hub.stop()
            await pool.close()

    routes = [
        Route("/v1/hello", _endpoint(hall.hello), methods=["GET"]),
        Route("/v1/enrol", _endpoint(hall.enrol), methods=["POST"]),
        Route("/v1/sync", _endpoint(hall.sync), methods=["POST"]),
        Route("/v1/outbox", _endpoint(hall.outbox), methods=["POST"]),
        Route("/v1/events", _endpoint(hall.events), methods=["GET"]),
        Route("/v1/incidents", _endpoint(hall.incidents), methods=["GET"]),
        Route("/v1/watch", _endpoint(hall.watch), methods=["GET"]),
        Route("/v1/incidents/step", _endpoint(hall.incident_step), methods=["POST"]),
        *directory_routes(DirectoryRoutes(hall)),
    ]
    from seatdesk.hall.approval_requests import approval_routes  # they build on this module
    from seatdesk.hall.change_sets import change_set_routes
    from seatdesk.hall.compartment_routes import compartment_routes
    from seatdesk.hall.training_results import training_routes
    from seatdesk.hall.verify_routes import verify_routes

    routes += change_set_routes(hall)
    routes += approval_routes(hall)
    routes += training_routes(hall)
    routes += verify_routes(hall)
    routes += compartment_routes(hall)
    return Starlette(routes=routes, lifespan=lifespan)
