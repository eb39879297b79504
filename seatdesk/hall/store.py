"""Every byte of hall state, in PostgreSQL (psycopg 3, an async pool for the service).

Each connection of the service switches to the restricted role (`SET ROLE seatdesk_hall`), so
even a bug in the service cannot rewrite the audit it keeps.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from psycopg import AsyncConnection
from psycopg_pool import AsyncConnectionPool

from seatdesk.hall.chain import GENESIS, Head
from seatdesk.hall.feed import publish
from seatdesk.hall.protocol import AUDIT_FIELDS
from seatdesk.hall.schema import SERVICE_ROLE


def code_hash(code: str) -> str:
    return hashlib.sha256(b"seatdesk-enrol|" + code.strip().upper().encode()).hexdigest()


def officer_code_hash(code: str) -> str:
    return hashlib.sha256(b"seatdesk-officer|" + code.strip().upper().encode()).hexdigest()


def new_seat_id() -> str:
    return "S" + secrets.token_hex(6).upper()


@dataclass(frozen=True)
class SeatRow:
    seat_id: str
    name: str
    public_key: bytes
    revoked: bool
    flagged: bool
    flag_reason: str
    last_contact: datetime | None
    reported_seq: int


async def _restricted(conn: AsyncConnection[Any]) -> None:
    await conn.execute(f"SET ROLE {SERVICE_ROLE}")
    await conn.commit()


def open_pool(dsn: str, *, min_size: int = 2, max_size: int = 10) -> AsyncConnectionPool:
    return AsyncConnectionPool(
        dsn, min_size=min_size, max_size=max_size, configure=_restricted, open=False
    )


class HallStore:
    def __init__(self, pool: AsyncConnectionPool) -> None:
        self.pool = pool

    async def hall_id(self) -> str:
        async with self.pool.connection() as conn:
            row = await (
                await conn.execute("SELECT value FROM hall_meta WHERE key = 'hall_id'")
            ).fetchone()
        return str(row[0]) if row else ""

    async def meta(self, key: str) -> str:
        async with self.pool.connection() as conn:
            row = await (
                await conn.execute("SELECT value FROM hall_meta WHERE key = %s", (key,))
            ).fetchone()
        return str(row[0]) if row else ""

    async def enrol(
        self, code: str, seat_name: str, cert_for: Any, now: datetime
    ) -> tuple[str, bytes] | None:
        """Use a one-time code for `seat_name`; `cert_for(seat_id)` issues the certificate and
        returns (cert_pem, raw public key). None: the code is unknown, used or expired."""
        async with self.pool.connection() as conn, conn.transaction():
            row = await (
                await conn.execute(
                    "SELECT seat_name FROM enrol_codes WHERE code_hash = %s AND used_at IS NULL "
                    "AND expires_at > %s FOR UPDATE",
                    (code_hash(code), now),
                )
            ).fetchone()
            if row is None or str(row[0]) != seat_name:
                return None
            taken = await (
                await conn.execute("SELECT 1 FROM seats WHERE seat_name = %s", (seat_name,))
            ).fetchone()
            if taken is not None:
                raise SeatNameTaken(seat_name)
            seat_id = new_seat_id()
            cert_pem, public = cert_for(seat_id)
            await conn.execute(
                "UPDATE enrol_codes SET used_at = %s, used_by = %s WHERE code_hash = %s",
                (now, seat_id, code_hash(code)),
            )
            await conn.execute(
                "INSERT INTO seats(seat_id, seat_name, cert_pem, public_key, enrolled_at) "
                "VALUES (%s, %s, %s, %s, %s)",
                (seat_id, seat_name, cert_pem.decode(), public, now),
            )
            await self._event(conn, seat_id, "seat.enrolled", seat_name)
        return seat_id, cert_pem

    async def seat(self, seat_id: str) -> SeatRow | None:
        async with self.pool.connection() as conn:
            row = await (
                await conn.execute(
                    "SELECT seat_id, seat_name, public_key, revoked_at IS NOT NULL, "
                    "flagged_at IS NOT NULL, flag_reason, last_contact, reported_seq "
                    "FROM seats WHERE seat_id = %s",
                    (seat_id,),
                )
            ).fetchone()
        if row is None:
            return None
        return SeatRow(
            str(row[0]), str(row[1]), bytes(row[2]), bool(row[3]), bool(row[4]), str(row[5]),
            row[6], int(row[7]),
        )  # fmt: skip

    async def head(self, conn: AsyncConnection[Any], seat_id: str) -> Head:
        row = await (
            await conn.execute(
                "SELECT seq, mac FROM audit WHERE seat_id = %s ORDER BY seq DESC LIMIT 1",
                (seat_id,),
            )
        ).fetchone()
        return Head(int(row[0]), str(row[1])) if row else Head(0, GENESIS)

    async def macs(
        self, conn: AsyncConnection[Any], seat_id: str, seqs: list[int]
    ) -> dict[int, str]:
        if not seqs:
            return {}
        rows = await (
            await conn.execute(
                "SELECT seq, mac FROM audit WHERE seat_id = %s AND seq = ANY(%s)", (seat_id, seqs)
            )
        ).fetchall()
        return {int(r[0]): str(r[1]) for r in rows}

    async def append(
        self, conn: AsyncConnection[Any], seat_id: str, entries: list[dict[str, Any]]
    ) -> int:
        if not entries:
            return 0
        async with conn.cursor() as cursor:
            await cursor.executemany(
                "INSERT INTO audit(seat_id, seq, ts, actor, seat, action, target, outcome, "
                "detail, prev, mac) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) "
                "ON CONFLICT (seat_id, seq) DO NOTHING",
                [(seat_id, *(e[name] for name in AUDIT_FIELDS)) for e in entries],
            )
        return len(entries)

    async def contact(
        self, conn: AsyncConnection[Any], seat_id: str, reported: Head, now: datetime
    ) -> None:
        await conn.execute(
            "UPDATE seats SET last_contact = %s, reported_seq = %s, reported_mac = %s "
            "WHERE seat_id = %s",
            (now, reported.seq, reported.mac, seat_id),
        )

    async def touch(self, conn: AsyncConnection[Any], seat_id: str, now: datetime) -> None:
        await conn.execute("UPDATE seats SET last_contact = %s WHERE seat_id = %s", (now, seat_id))

    async def flag(
        self, conn: AsyncConnection[Any], seat_id: str, reason: str, now: datetime
    ) -> None:
        """A seat's log disagrees with the hall's copy: flagged (the first reason is kept) and an
        alert for the security officers."""
        first = await (
            await conn.execute(
                "UPDATE seats SET flagged_at = %s, flag_reason = %s "
                "WHERE seat_id = %s AND flagged_at IS NULL RETURNING seat_id",
                (now, reason, seat_id),
            )
        ).fetchone()
        if first is not None:
            await conn.execute(
                "INSERT INTO alerts(at, seat_id, kind, detail) "
                "VALUES (%s, %s, 'audit.diverged', %s)",
                (now, seat_id, reason),
            )
            # Pushed to every seat: the security officers' desks show it at once.
            await publish(conn, "alert", seat_id, {"kind": "audit.diverged", "seat_id": seat_id})

    async def _event(
        self, conn: AsyncConnection[Any], seat_id: str | None, action: str, detail: str
    ) -> None:
        await conn.execute(
            "INSERT INTO events(seat_id, action, detail) VALUES (%s, %s, %s)",
            (seat_id, action, detail),
        )

    async def event(self, seat_id: str | None, action: str, detail: str = "") -> None:
        async with self.pool.connection() as conn:
            await self._event(conn, seat_id, action, detail)


class SeatNameTaken(Exception):
    """A seat of that name is enrolled already: a replacement machine gets a new name."""
