"""The staff directory's rows at the hall (psycopg, inside the caller's connection).

Every change takes the next `staff_version`, so a seat asks for "what changed after version N";
every change and every sign-in is written to `directory_log` (append-only, like the audit).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from psycopg import AsyncConnection

from seatdesk.hall.feed import publish
from seatdesk.hall.requests import Refused
from seatdesk.policy.roles import Permission, Role, has_permission

LOCK_FAILURES = 5  # failed sign-ins, at any seats, within WINDOW lock the account
WINDOW = timedelta(minutes=15)
LOCK = timedelta(minutes=15)
TOKEN_LIFETIME = timedelta(hours=14)  # longer than a shift: a token only proves a sign-in

_COLUMNS = (
    "staff_id, display_name, role, disabled, must_change_password, version, kdf, "
    "wrapped_private, public_key, access, locked_until, verifier, boxes"
)
Conn = AsyncConnection[Any]


@dataclass(frozen=True)
class Account:
    staff_id: str
    display_name: str
    role: str
    disabled: bool
    must_change_password: bool
    version: int
    kdf: dict[str, Any]
    wrapped_private: dict[str, Any]
    public: str
    access: dict[str, Any] | None
    locked_until: datetime | None
    verifier: str
    # The compartment keys this account holds (issue 15): name (``一类/机密#1000001``) -> the
    # private half sealed to `public` by a custodian; opaque to the hall.
    boxes: dict[str, Any]

    def entry(self, hall_id: str) -> dict[str, Any]:
        """The entry every seat keeps (for signing in offline): key material that opens only
        with the password, and never the verifier."""
        return {
            "hall_id": hall_id,
            "staff_id": self.staff_id,
            "display_name": self.display_name,
            "role": self.role,
            "disabled": self.disabled,
            "must_change_password": self.must_change_password,
            "version": self.version,
            "kdf": self.kdf,
            "wrapped_private": self.wrapped_private,
            "public": self.public,
            "access": self.access,
            "boxes": self.boxes,
        }


def _account(row: Any) -> Account:
    return Account(
        staff_id=str(row[0]),
        display_name=str(row[1]),
        role=str(row[2]),
        disabled=bool(row[3]),
        must_change_password=bool(row[4]),
        version=int(row[5]),
        kdf=json.loads(row[6]),
        wrapped_private=json.loads(row[7]),
        public=str(row[8]),
        access=None if row[9] is None else json.loads(row[9]),
        locked_until=row[10],
        verifier=str(row[11]),
        boxes=row[12] if isinstance(row[12], dict) else json.loads(row[12] or "{}"),
    )


async def account(conn: Conn, staff_id: str, *, lock: bool = False) -> Account | None:
    sql = f"SELECT {_COLUMNS} FROM staff WHERE staff_id = %s" + (" FOR UPDATE" if lock else "")
    row = await (await conn.execute(sql, (staff_id,))).fetchone()
    return None if row is None else _account(row)


async def changed_since(conn: Conn, version: int) -> list[Account]:
    rows = await (
        await conn.execute(
            f"SELECT {_COLUMNS} FROM staff WHERE version > %s ORDER BY version", (version,)
        )
    ).fetchall()
    return [_account(r) for r in rows]


async def latest_version(conn: Conn) -> int:
    row = await (await conn.execute("SELECT coalesce(max(version), 0) FROM staff")).fetchone()
    return int(row[0]) if row else 0


async def is_empty(conn: Conn) -> bool:
    row = await (await conn.execute("SELECT NOT EXISTS (SELECT 1 FROM staff)")).fetchone()
    return bool(row and row[0])


async def active_admins(conn: Conn) -> int:
    row = await (
        await conn.execute("SELECT count(*) FROM staff WHERE role = 'admin' AND NOT disabled")
    ).fetchone()
    return int(row[0]) if row else 0


async def insert(
    conn: Conn,
    *,
    staff_id: str,
    display_name: str,
    role: str,
    must_change_password: bool,
    keys: dict[str, Any],
    access: dict[str, Any],
    by: str,
    now: datetime,
) -> None:
    await conn.execute(
        "INSERT INTO staff(staff_id, display_name, role, must_change_password, version, kdf, "
        "verifier, wrapped_private, public_key, access, created_at, created_by, changed_at) "
        "VALUES (%s, %s, %s, %s, nextval('staff_version'), %s, %s, %s, %s, %s, %s, %s, %s)",
        (
            staff_id,
            display_name,
            role,
            must_change_password,
            json.dumps(keys["kdf"]),
            keys["verifier"],
            json.dumps(keys["wrapped_private"]),
            keys["public"],
            json.dumps(access),
            now,
            by,
            now,
        ),
    )


async def set_keys(
    conn: Conn,
    staff_id: str,
    keys: dict[str, Any],
    access: dict[str, Any] | None,
    *,
    must_change_password: bool,
    now: datetime,
) -> None:
    """A new password (and, for a reset, a new key pair with its access box)."""
    await conn.execute(
        "UPDATE staff SET kdf = %s, verifier = %s, wrapped_private = %s, public_key = %s, "
        "access = coalesce(%s, access), must_change_password = %s, locked_until = NULL, "
        "boxes = CASE WHEN public_key = %s THEN boxes ELSE '{}'::jsonb END, "
        "version = nextval('staff_version'), changed_at = %s WHERE staff_id = %s",
        (
            json.dumps(keys["kdf"]),
            keys["verifier"],
            json.dumps(keys["wrapped_private"]),
            keys["public"],
            None if access is None else json.dumps(access),
            must_change_password,
            keys["public"],  # a new key pair (a reset): the boxes sealed to the old one go
            now,
            staff_id,
        ),
    )
    await conn.execute("DELETE FROM staff_failures WHERE staff_id = %s", (staff_id,))


async def set_role(conn: Conn, staff_id: str, role: str, now: datetime) -> None:
    """A new role; the account's sign-ins end (its next one carries the new role). Its
    compartment keys go (the next custodian grants the new role's) and the keys rotate."""
    await _index_due(conn, staff_id)
    await conn.execute(
        "UPDATE staff SET role = %s, boxes = '{}'::jsonb, version = nextval('staff_version'), "
        "changed_at = %s WHERE staff_id = %s",
        (role, now, staff_id),
    )
    await rotation_due(conn, now)
    await conn.execute("DELETE FROM staff_tokens WHERE staff_id = %s", (staff_id,))


async def disable(conn: Conn, staff_id: str, now: datetime) -> None:
    """Disabled: no access key, no compartment keys, and the keys it held rotate (the next
    custodian session makes a new generation: `hall.compartment_routes`)."""
    await _index_due(conn, staff_id)
    await conn.execute(
        "UPDATE staff SET disabled = true, access = NULL, boxes = '{}'::jsonb, "
        "version = nextval('staff_version'), changed_at = %s WHERE staff_id = %s",
        (now, staff_id),
    )
    await rotation_due(conn, now)
    await conn.execute("DELETE FROM staff_tokens WHERE staff_id = %s", (staff_id,))


async def rotation_due(conn: Conn, now: datetime) -> None:
    """Mark the hall's compartment keys for rotation (idempotent: the first mark's time stays)."""
    await conn.execute(
        "UPDATE compartment_state SET rotation_due = true, access_due = true, "
        "due_since = coalesce(due_since, %s)",
        (now,),
    )


async def _index_due(conn: Conn, staff_id: str) -> None:
    """If the account held the hall's lookup key (a role that searches customers), the next
    generation makes a new version of it rather than carrying it."""
    row = await (
        await conn.execute("SELECT role FROM staff WHERE staff_id = %s", (staff_id,))
    ).fetchone()
    if row is not None and _searches(str(row[0])):
        await conn.execute("UPDATE compartment_state SET index_due = true")


def _searches(role: str) -> bool:
    try:
        return has_permission(Role(role), Permission.SEARCH_CUSTOMERS)
    except ValueError:
        return False


async def count_failure(conn: Conn, staff_id: str, seat_id: str, now: datetime) -> datetime | None:
    """One failed sign-in; returns the lock's end when this failure locks the account."""
    await conn.execute(
        "INSERT INTO staff_failures(staff_id, at, seat_id) VALUES (%s, %s, %s)",
        (staff_id, now, seat_id),
    )
    row = await (
        await conn.execute(
            "SELECT count(*) FROM staff_failures WHERE staff_id = %s AND at > %s",
            (staff_id, now - WINDOW),
        )
    ).fetchone()
    if row is None or int(row[0]) < LOCK_FAILURES:
        return None
    until = now + LOCK
    await conn.execute(
        "UPDATE staff SET locked_until = %s, version = nextval('staff_version') "
        "WHERE staff_id = %s",
        (until, staff_id),
    )
    await conn.execute("DELETE FROM staff_failures WHERE staff_id = %s", (staff_id,))
    return until


async def clear_failures(conn: Conn, staff_id: str) -> None:
    await conn.execute("DELETE FROM staff_failures WHERE staff_id = %s", (staff_id,))


def _token_hash(token: str) -> str:
    return hashlib.sha256(b"seatdesk-staff-token|" + token.encode()).hexdigest()


async def new_token(conn: Conn, staff_id: str, seat_id: str, now: datetime) -> str:
    token = secrets.token_urlsafe(32)
    await conn.execute("DELETE FROM staff_tokens WHERE expires_at < %s", (now,))
    await conn.execute(
        "INSERT INTO staff_tokens(token_hash, staff_id, seat_id, expires_at) "
        "VALUES (%s, %s, %s, %s)",
        (_token_hash(token), staff_id, seat_id, now + TOKEN_LIFETIME),
    )
    return token


async def token_owner(conn: Conn, token: str, seat_id: str, now: datetime) -> str | None:
    """Whose sign-in at this seat the token proves (only at the seat it was given to)."""
    row = await (
        await conn.execute(
            "SELECT staff_id FROM staff_tokens WHERE token_hash = %s AND seat_id = %s "
            "AND expires_at > %s",
            (_token_hash(token), seat_id, now),
        )
    ).fetchone()
    return None if row is None else str(row[0])


async def signed_in_account(
    conn: Conn, data: dict[str, Any], seat_id: str, now: datetime
) -> Account:
    """The enabled account whose sign-in at this seat the request's `token` proves; refused
    (401) otherwise, so the seat signs in again."""
    token = data.get("token")
    owner = None
    if isinstance(token, str) and len(token) <= 128:
        owner = await token_owner(conn, token, seat_id, now)
    actor = None if owner is None else await account(conn, owner)
    if actor is None or actor.disabled:
        raise Refused(401, "sign in again: the hall does not know this sign-in")
    return actor


async def log(
    conn: Conn,
    now: datetime,
    seat_id: str,
    actor: str,
    action: str,
    target: str,
    outcome: str = "ok",
    detail: dict[str, Any] | None = None,
) -> None:
    await conn.execute(
        "INSERT INTO directory_log(at, seat_id, actor, action, target, outcome, detail) "
        "VALUES (%s, %s, %s, %s, %s, %s, %s)",
        (now, seat_id, actor, action, target, outcome, json.dumps(detail or {}, sort_keys=True)),
    )


async def changed(conn: Conn, seat_id: str, staff_id: str) -> None:
    """Tell every seat that the directory changed (they fetch what changed)."""
    await publish(conn, "staff", seat_id, {"staff_id": staff_id})


def decoy_salt(secret: bytes, staff_id: str) -> str:
    """A stable salt for an account that does not exist, so the answer does not tell."""
    import base64

    raw = hmac.new(secret, b"seatdesk-decoy-salt|" + staff_id.encode(), hashlib.sha256).digest()
    return base64.b64encode(raw[:16]).decode("ascii")
