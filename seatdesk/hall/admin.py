"""The hall administrator's commands (`seatdesk hall init|code|verify`), on an owner's DSN."""

from __future__ import annotations

import base64
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import psycopg

from seatdesk.core.errors import UsageError
from seatdesk.hall import pki
from seatdesk.hall.chain import broken_link
from seatdesk.hall.files import HallDir, default_hosts
from seatdesk.hall.schema import migrate
from seatdesk.hall.store import code_hash, officer_code_hash

CODE_VALID = timedelta(hours=24)


def connect(dsn: str) -> psycopg.Connection[tuple[object, ...]]:
    try:
        return psycopg.connect(dsn, autocommit=True, connect_timeout=10)
    except psycopg.OperationalError as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise UsageError(f"cannot reach the hall database: {first}") from None


def init_hall(dsn: str, folder: Path, now: datetime, hosts: list[str] | None = None) -> str:
    """Create (or upgrade) the schema and, once, the hall's CA and server certificate."""
    hall = HallDir(folder)
    with connect(dsn) as conn:
        migrate(conn)
        row = conn.execute("SELECT value FROM hall_meta WHERE key = 'hall_id'").fetchone()
        if row is None:
            hall_id = "H" + uuid.uuid4().hex[:12].upper()
            hall.create(hall_id, hosts or default_hosts(), now)
            conn.execute("INSERT INTO hall_meta(key, value) VALUES ('hall_id', %s)", (hall_id,))
            # The key of the hall-wide watch list's hashes: every enrolled seat gets it, so a
            # person listed at one seat is found at every door.
            conn.execute(
                "INSERT INTO hall_meta(key, value) VALUES ('watch_key', %s)",
                (secrets.token_hex(32),),
            )
        else:
            hall_id = str(row[0])
            if hall.hall_id != hall_id:
                raise UsageError(f"{folder} belongs to another hall than this database")
        conn.execute("INSERT INTO events(action, detail) VALUES ('hall.init', %s)", (hall_id,))
    return hall_id


def new_code(dsn: str, folder: Path, seat_name: str, now: datetime) -> str:
    """A one-time enrolment code for `seat_name`, valid 24 h. It carries the first 16 hex digits
    of the hall CA's fingerprint, so the seat can pin the CA before it trusts anything."""
    if not seat_name or len(seat_name) > 64 or not seat_name.replace("-", "").isalnum():
        raise UsageError("a seat name has 1–64 letters, digits or '-'")
    secret = base64.b32encode(secrets.token_bytes(10)).decode().rstrip("=")
    grouped = "-".join(secret[i : i + 4] for i in range(0, len(secret), 4))
    fingerprint = pki.fingerprint(HallDir(folder).ca.cert_pem)[:16]
    with connect(dsn) as conn:
        conn.execute(
            "INSERT INTO enrol_codes(code_hash, seat_name, created_at, expires_at) "
            "VALUES (%s, %s, %s, %s)",
            (code_hash(grouped), seat_name, now, now + CODE_VALID),
        )
        conn.execute("INSERT INTO events(action, detail) VALUES ('enrol.code', %s)", (seat_name,))
    return f"{grouped}.{fingerprint}"


def new_officer_code(dsn: str, now: datetime) -> str:
    """A one-time code (valid 24 h) with which an admin at a seat makes the hall's first
    security officer; the hall accepts it only while the directory has no active one."""
    secret = base64.b32encode(secrets.token_bytes(15)).decode().rstrip("=")
    grouped = "-".join(secret[i : i + 4] for i in range(0, len(secret), 4))
    with connect(dsn) as conn:
        conn.execute(
            "INSERT INTO officer_codes(code_hash, created_at, expires_at) VALUES (%s, %s, %s)",
            (officer_code_hash(grouped), now, now + CODE_VALID),
        )
        conn.execute("INSERT INTO events(action, detail) VALUES ('officer.code', '')")
    return grouped


@dataclass(frozen=True)
class SeatVerdict:
    seat_id: str
    name: str
    entries: int
    head_seq: int
    broken: str
    flagged: str

    @property
    def ok(self) -> bool:
        return not (self.broken or self.flagged)


def verify_hall(dsn: str) -> list[SeatVerdict]:
    verdicts: list[SeatVerdict] = []
    with connect(dsn) as conn:
        seats = conn.execute(
            "SELECT seat_id, seat_name, flagged_at IS NOT NULL, flag_reason FROM seats "
            "ORDER BY seat_name"
        ).fetchall()
        for seat_id, name, flagged, reason in seats:
            rows = [
                (int(str(r[0])), str(r[1]), str(r[2]))
                for r in conn.execute(
                    "SELECT seq, prev, mac FROM audit WHERE seat_id = %s ORDER BY seq",
                    (seat_id,),
                )
            ]
            verdicts.append(
                SeatVerdict(
                    str(seat_id),
                    str(name),
                    len(rows),
                    rows[-1][0] if rows else 0,
                    broken_link(rows),
                    str(reason) if flagged else "",
                )
            )
    return verdicts
