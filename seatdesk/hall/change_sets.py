"""Customer change sets at the hall (routes under /v1/change-sets): it stores them sealed, in
chunks, and gives each its place in the order only once it is whole; it keeps each seat's box key
and the hall data key sealed to each seat, and never holds a value or that key in clear.

Everything is checked, nothing trusted: a manifest must be signed by the seat that uploads it,
each chunk must match the digest announced for it, and the whole the manifest's digest.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from typing import Any

from psycopg import AsyncConnection
from starlette.requests import Request
from starlette.routing import Route

from seatdesk.hall import change_manifest as cm
from seatdesk.hall.app import HallApp, _endpoint
from seatdesk.hall.feed import publish
from seatdesk.hall.requests import Refused, json_object, read_body

MAX_LISTED = 50  # change sets per listing; a seat further behind asks again
MAX_WANTED = 50  # seats waiting for the hall data key, per listing
_ENTRY = (
    "SELECT c.seq, c.manifest, c.signature, s.cert_pem FROM change_sets c "
    "JOIN seats s ON s.seat_id = c.publisher "
)


def _b64(text: Any, limit: int) -> bytes:
    if not isinstance(text, str) or len(text) > limit:
        raise Refused(400, "expected base64 text")
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise Refused(400, "expected base64 text") from None


def _int(request: Request, name: str) -> int:
    try:
        return max(int(request.query_params.get(name, "0")), 0)
    except ValueError:
        raise Refused(400, f"{name} is a number") from None


async def _rows(conn: AsyncConnection[Any], sql: str, params: tuple[Any, ...]) -> list[Any]:
    return list(await (await conn.execute(sql, params)).fetchall())


def _dumps(data: Any) -> str:
    return json.dumps(data, sort_keys=True)


def _entry(row: Any) -> dict[str, Any]:
    return {
        "seq": int(row[0]),
        "manifest": json.loads(row[1]),
        "signature": str(row[2]),
        "publisher_cert": str(row[3]),
    }


class ChangeSetRoutes:
    def __init__(self, hall: HallApp) -> None:
        self.hall = hall

    async def _signed(self, request: Request) -> tuple[Any, dict[str, Any]]:
        body = await read_body(request)
        seat = await self.hall.authenticate(request, body)
        return seat, json_object(body)

    async def box_key(self, request: Request) -> dict[str, Any]:
        """A seat registers its X25519 box key, signed with its seat key."""
        seat, data = await self._signed(request)
        public = _b64(data.get("public"), 64)
        signature = data.get("signature")
        hall_id = await self.hall.store.hall_id()
        if len(public) != 32 or not isinstance(signature, str):
            raise Refused(400, "a box key is 32 bytes, with its signature")
        message = cm.box_key_message(hall_id, seat.seat_id, public)
        if not cm.signed_by(seat.public_key, message, signature):
            raise Refused(401, "the box key is not signed by this seat")
        async with self.hall.store.pool.connection() as conn:
            await conn.execute(
                "INSERT INTO seat_box_keys(seat_id, public_key, signature) VALUES (%s, %s, %s) "
                "ON CONFLICT (seat_id) DO NOTHING",
                (seat.seat_id, public, signature),
            )
        return {"registered": True}

    async def hdk(self, request: Request) -> dict[str, Any]:
        """The hall data key sealed to seats' box keys (by its maker, or by a seat holding it)."""
        seat, data = await self._signed(request)
        key_id, boxes = data.get("hdk_id"), data.get("boxes")
        if not cm._text(key_id) or not isinstance(boxes, list) or len(boxes) > MAX_WANTED + 1:
            raise Refused(400, "hdk_id and a list of boxes")
        async with self.hall.store.pool.connection() as conn, conn.transaction():
            await conn.execute(
                "INSERT INTO hall_meta(key, value) VALUES ('hdk_id', %s) ON CONFLICT DO NOTHING",
                (key_id,),
            )
            row = await (
                await conn.execute("SELECT value FROM hall_meta WHERE key = 'hdk_id'")
            ).fetchone()
            if row is None or str(row[0]) != key_id:
                raise Refused(409, "the hall has another data key: fetch yours")
            stored = 0
            for box in boxes:
                if not isinstance(box, dict) or not cm._text(box.get("seat_id"), 32):
                    raise Refused(400, "a box names its seat_id")
                text = json.dumps(box.get("box"), sort_keys=True)
                done = await (
                    await conn.execute(
                        "INSERT INTO hdk_boxes(seat_id, hdk_id, box, sealed_by) "
                        "SELECT seat_id, %s, %s, %s FROM seat_box_keys WHERE seat_id = %s "
                        "ON CONFLICT (seat_id) DO NOTHING RETURNING seat_id",
                        (key_id, text[:4096], seat.seat_id, box["seat_id"]),
                    )
                ).fetchone()
                stored += done is not None
        return {"stored": stored}

    async def listing(self, request: Request) -> dict[str, Any]:
        """The change sets after `after`, in order; the newest full one; this seat's box of the
        hall data key; and, to a seat that holds it, the seats still waiting for theirs."""
        seat = await self.hall.authenticate(request, b"")
        after = _int(request, "after")
        async with self.hall.store.pool.connection() as conn:
            sets = await _rows(
                conn, _ENTRY + "WHERE c.seq > %s ORDER BY c.seq LIMIT %s", (after, MAX_LISTED)
            )
            behind = await _rows(conn, "SELECT count(*) FROM change_sets WHERE seq > %s", (after,))
            full = await _rows(
                conn, _ENTRY + "WHERE c.seq IS NOT NULL AND c.kind = 'full' "
                "ORDER BY c.seq DESC LIMIT 1", (),
            )  # fmt: skip
            mine = await _rows(
                conn, "SELECT hdk_id, box FROM hdk_boxes WHERE seat_id = %s", (seat.seat_id,)
            )
            wanted = []
            if mine:
                wanted = await _rows(
                    conn,
                    "SELECT k.seat_id, k.public_key, k.signature, s.cert_pem FROM seat_box_keys k "
                    "JOIN seats s ON s.seat_id = k.seat_id LEFT JOIN hdk_boxes b "
                    "ON b.seat_id = k.seat_id WHERE b.seat_id IS NULL AND s.revoked_at IS NULL "
                    "ORDER BY k.registered_at LIMIT %s",
                    (MAX_WANTED,),
                )
            hall_key = await _rows(conn, "SELECT value FROM hall_meta WHERE key = 'hdk_id'", ())
        return {
            "sets": [_entry(r) for r in sets],
            "behind": int(behind[0][0]),
            "newest_full": _entry(full[0]) if full else None,
            "hdk_id": str(hall_key[0][0]) if hall_key else None,
            "hdk": {"hdk_id": str(mine[0][0]), "box": json.loads(mine[0][1])} if mine else None,
            "hdk_wanted": [
                {
                    "seat_id": str(r[0]),
                    "public": base64.b64encode(bytes(r[1])).decode(),
                    "signature": str(r[2]),
                    "cert_pem": str(r[3]),
                }
                for r in wanted
            ],
        }

    async def create(self, request: Request) -> dict[str, Any]:
        """A new change set: its signed manifest and the digests of the chunks to come."""
        seat, data = await self._signed(request)
        signature, digests = data.get("signature"), data.get("chunk_digests")
        try:
            manifest = cm.check_manifest(data.get("manifest"))
            if manifest["publisher"] != seat.seat_id:
                raise cm.BadManifest("a seat publishes only as itself")
            if manifest["hall_id"] != await self.hall.store.hall_id():
                raise cm.BadManifest("the manifest names another hall")
            cm.verify_manifest(seat.public_key, manifest, str(signature))
        except cm.BadManifest as exc:
            raise Refused(400, str(exc)) from None
        if not (
            isinstance(digests, list)
            and len(digests) == manifest["chunks"]
            and all(cm._text(d) and len(d) == 64 for d in digests)
        ):
            raise Refused(400, "chunk_digests: one SHA-256 in hex per chunk")
        async with self.hall.store.pool.connection() as conn:
            row = await (
                await conn.execute(
                    "INSERT INTO change_sets(uid, kind, publisher, manifest, signature, "
                    "chunk_digests) VALUES (%s, %s, %s, %s, %s, %s) "
                    "ON CONFLICT (uid) DO NOTHING RETURNING id",
                    (
                        manifest["uid"],
                        manifest["kind"],
                        seat.seat_id,
                        _dumps(manifest),
                        signature,
                        json.dumps(digests),
                    ),
                )
            ).fetchone()
        if row is None:
            raise Refused(409, "a change set with this uid exists")
        return {"id": int(row[0])}

    async def chunk(self, request: Request) -> dict[str, Any]:
        """One chunk of a change set; the last one makes the set whole, visible and announced."""
        seat, data = await self._signed(request)
        if not (cm._count(data.get("id")) and cm._count(data.get("n"))):
            raise Refused(400, "a chunk names its change set id and its number n")
        set_id, n = int(data["id"]), int(data["n"])
        raw = _b64(data.get("data"), cm.CHUNK_BYTES * 2)
        async with self.hall.store.pool.connection() as conn, conn.transaction():
            row = await (
                await conn.execute(
                    "SELECT publisher, chunk_digests, manifest, seq FROM change_sets "
                    "WHERE id = %s FOR UPDATE",
                    (set_id,),
                )
            ).fetchone()
            if row is None or str(row[0]) != seat.seat_id:
                raise Refused(404, "no such change set of this seat")
            digests, manifest = json.loads(row[1]), json.loads(row[2])
            if row[3] is not None:
                return {"complete": True, "seq": int(row[3])}
            if not n < len(digests) or hashlib.sha256(raw).hexdigest() != digests[n]:
                raise Refused(400, "the chunk does not match its digest")
            await conn.execute(
                "INSERT INTO change_set_chunks(change_set_id, n, data) VALUES (%s, %s, %s) "
                "ON CONFLICT DO NOTHING",
                (set_id, n, raw),
            )
            seq = await self._complete(conn, set_id, manifest, len(digests))
        return {"complete": seq is not None, "seq": seq}

    async def _complete(
        self, conn: AsyncConnection[Any], set_id: int, manifest: dict[str, Any], chunks: int
    ) -> int | None:
        have = await _rows(
            conn, "SELECT count(*) FROM change_set_chunks WHERE change_set_id = %s", (set_id,)
        )
        if int(have[0][0]) < chunks:
            return None
        whole, size = hashlib.sha256(), 0
        async with conn.cursor() as cursor:
            await cursor.execute(
                "SELECT data FROM change_set_chunks WHERE change_set_id = %s ORDER BY n", (set_id,)
            )
            async for (data,) in cursor:
                whole.update(data)
                size += len(data)
        if whole.hexdigest() != manifest["payload_sha256"] or size != manifest["payload_size"]:
            raise Refused(409, "the chunks do not make the payload the manifest names")
        row = await (
            await conn.execute(
                "UPDATE change_sets SET seq = nextval('change_set_seq'), completed_at = now() "
                "WHERE id = %s RETURNING seq",
                (set_id,),
            )
        ).fetchone()
        assert row is not None
        seq = int(row[0])
        counts = {k: manifest["counts"][k] for k in cm.COUNTS}
        detail = {"seq": seq, "kind": manifest["kind"], "mode": manifest["mode"], **counts}
        await conn.execute(
            "INSERT INTO events(seat_id, action, detail) VALUES (%s, 'change_set.published', %s)",
            (manifest["publisher"], json.dumps({**detail, "staff": manifest["staff"]})),
        )
        await publish(conn, "change_set", manifest["publisher"], {"seq": seq, **detail})
        return seq

    async def fetch_chunk(self, request: Request) -> dict[str, Any]:
        await self.hall.authenticate(request, b"")
        seq, n = _int(request, "seq"), _int(request, "n")
        async with self.hall.store.pool.connection() as conn:
            rows = await _rows(
                conn,
                "SELECT k.data FROM change_set_chunks k JOIN change_sets c "
                "ON c.id = k.change_set_id WHERE c.seq = %s AND k.n = %s",
                (seq, n),
            )
        if not rows:
            raise Refused(404, "no such chunk")
        return {"data": base64.b64encode(bytes(rows[0][0])).decode("ascii")}

    async def refused(self, request: Request) -> dict[str, Any]:
        """A seat refused a change set (it did not verify or decrypt): an alert for the hall."""
        seat, data = await self._signed(request)
        seq, reason = data.get("seq"), data.get("reason")
        if not cm._count(seq) or not cm._text(reason, 200):
            raise Refused(400, "a refusal names the change set's seq and a reason")
        detail = json.dumps({"seq": seq, "reason": reason})
        async with self.hall.store.pool.connection() as conn, conn.transaction():
            await conn.execute(
                "INSERT INTO alerts(seat_id, kind, detail) VALUES (%s, 'change_set.refused', %s)",
                (seat.seat_id, detail),
            )
            await conn.execute(
                "INSERT INTO events(seat_id, action, detail) VALUES (%s, 'change_set.refused', %s)",
                (seat.seat_id, detail),
            )
        return {"reported": True}


def change_set_routes(hall: HallApp) -> list[Route]:
    r = ChangeSetRoutes(hall)
    return [
        Route("/v1/change-sets", _endpoint(r.listing), methods=["GET"]),
        Route("/v1/change-sets", _endpoint(r.create), methods=["POST"]),
        Route("/v1/change-sets/chunk", _endpoint(r.fetch_chunk), methods=["GET"]),
        Route("/v1/change-sets/chunk", _endpoint(r.chunk), methods=["POST"]),
        Route("/v1/change-sets/refused", _endpoint(r.refused), methods=["POST"]),
        Route("/v1/change-sets/box-key", _endpoint(r.box_key), methods=["POST"]),
        Route("/v1/change-sets/hdk", _endpoint(r.hdk), methods=["POST"]),
    ]
