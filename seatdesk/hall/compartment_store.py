"""The hall's compartment generations (issue 15, docs/hall-directory.md): rows and checks.

A generation's record holds the public half of every compartment's key pair and of the lookup
key (`index`), the escrow's public half and the escrowed private halves (each sealed to the
escrow's public key): nothing that opens without a custodian's private key. The hall signs each
record with its CA key when it stores it, so a seat takes the public halves it seals customers
for from the hall only. Each account's own boxes live in its entry (`staff.boxes`).
"""

from __future__ import annotations

import json
import re
from typing import Any

from seatdesk.hall.directory_entry import sign_record
from seatdesk.hall.directory_store import Conn
from seatdesk.hall.requests import Refused

MAX_NAMES = 64  # key names in one record or one account's boxes
_NAME = re.compile(r"^[^\s#]{1,32}#[0-9]{1,9}$")
_PUBLIC = re.compile(r"^[A-Za-z0-9+/]{43}=$")


def _refused(error: str) -> Refused:
    return Refused(400, error)


def checked_box(value: Any, what: str) -> dict[str, str]:
    """A sealed box (`sealing.seal`'s three fields), or Refused(400)."""
    names = ("eph", "nonce", "ct")
    if not isinstance(value, dict) or set(value) != set(names):
        raise _refused(f"{what} is malformed")
    if not all(isinstance(value[n], str) and 0 < len(value[n]) <= 512 for n in names):
        raise _refused(f"{what} is malformed")
    return {n: str(value[n]) for n in names}


def checked_boxes(value: Any, what: str) -> dict[str, dict[str, str]]:
    """Key name -> box, or Refused(400)."""
    if not isinstance(value, dict) or len(value) > MAX_NAMES:
        raise _refused(f"{what} is malformed")
    out = {}
    for name, box in value.items():
        if not isinstance(name, str) or not _NAME.match(name):
            raise _refused(f"{what} has a malformed key name")
        out[name] = checked_box(box, what)
    return out


def checked_record(value: Any, hall_id: str, generation: int) -> dict[str, Any]:
    """A new generation's record as a custodian's seat sends it, or Refused(400)."""
    if not isinstance(value, dict):
        raise _refused("record is malformed")
    keys, escrow = value.get("keys"), value.get("escrow")
    index_version = value.get("index_version")
    if value.get("hall_id") != hall_id or value.get("generation") != generation:
        raise _refused(f"record must be generation {generation} of this hall")
    if not isinstance(keys, dict) or not 0 < len(keys) <= MAX_NAMES:
        raise _refused("record.keys is malformed")
    for name, public in keys.items():
        if not isinstance(name, str) or len(name) > 32 or not isinstance(public, str):
            raise _refused("record.keys is malformed")
        if not _PUBLIC.match(public):
            raise _refused("record.keys is malformed")
    if not isinstance(escrow, str) or not _PUBLIC.match(escrow):
        raise _refused("record.escrow is malformed")
    if not isinstance(index_version, int) or isinstance(index_version, bool):
        raise _refused("record.index_version is malformed")
    return {
        "hall_id": hall_id,
        "generation": generation,
        "keys": {str(n): str(k) for n, k in keys.items()},
        "escrow": escrow,
        "index_version": index_version,
        "escrowed": checked_boxes(value.get("escrowed"), "record.escrowed"),
    }


async def generations(conn: Conn, ca_key_pem: bytes) -> list[dict[str, Any]]:
    """Every generation's record, signed, oldest first."""
    rows = await (
        await conn.execute("SELECT record FROM compartment_generations ORDER BY generation")
    ).fetchall()
    records = [r[0] if isinstance(r[0], dict) else json.loads(r[0]) for r in rows]
    return [{"record": r, "signature": sign_record(ca_key_pem, r)} for r in records]


async def latest_generation(conn: Conn) -> int:
    row = await (
        await conn.execute("SELECT coalesce(max(generation), 0) FROM compartment_generations")
    ).fetchone()
    return int(row[0]) if row else 0


async def rotation_due(conn: Conn) -> bool:
    row = await (await conn.execute("SELECT rotation_due FROM compartment_state")).fetchone()
    return bool(row and row[0])


async def index_due(conn: Conn) -> bool:
    """Whether the next generation must make a new lookup key version (an account that held it
    was disabled or changed role: `directory_store.disable`)."""
    row = await (await conn.execute("SELECT index_due FROM compartment_state")).fetchone()
    return bool(row and row[0])


async def access_due(conn: Conn) -> bool:
    row = await (await conn.execute("SELECT access_due FROM compartment_state")).fetchone()
    return bool(row and row[0])


async def access_chain(conn: Conn) -> list[dict[str, Any]]:
    """Every access key version after the first: {version, previous (wrapped under it)}."""
    rows = await (
        await conn.execute("SELECT version, previous FROM access_keys ORDER BY version")
    ).fetchall()
    return [
        {"version": int(r[0]), "previous": r[1] if isinstance(r[1], dict) else json.loads(r[1])}
        for r in rows
    ]


async def rotate_access(
    conn: Conn,
    version: Any,
    previous: dict[str, str],
    boxes: dict[str, dict[str, str]],
    by: str,
    now: Any,
) -> int:
    """A new access key: the one before wrapped under it, and a box for every enabled account
    (Refused(409) if one is missing). Returns its version."""
    rows = await (
        await conn.execute("SELECT staff_id FROM staff WHERE NOT disabled FOR UPDATE")
    ).fetchall()
    if {str(r[0]) for r in rows} != set(boxes):
        raise Refused(409, "a new access key needs a box for every enabled account, no other")
    row = await (await conn.execute("SELECT coalesce(max(version), 0) FROM access_keys")).fetchone()
    if version != (int(row[0]) if row else 0) + 1:
        raise Refused(409, "another access key was made meanwhile: sign in again")
    await conn.execute(
        "INSERT INTO access_keys(version, previous, created_at, created_by) "
        "VALUES (%s, %s, %s, %s)",
        (version, json.dumps(previous), now, by),
    )
    for staff_id, box in boxes.items():
        await conn.execute(
            "UPDATE staff SET access = %s, version = nextval('staff_version'), changed_at = %s "
            "WHERE staff_id = %s",
            (json.dumps(box), now, staff_id),
        )
    await conn.execute("UPDATE compartment_state SET access_due = false")
    return int(version)


async def insert_generation(conn: Conn, record: dict[str, Any], by: str, now: Any) -> None:
    """The next generation (Refused(409) if its lookup key version is neither the one before
    nor the next: the hall's versions are consecutive)."""
    row = await (
        await conn.execute(
            "SELECT record->>'index_version' FROM compartment_generations "
            "ORDER BY generation DESC LIMIT 1"
        )
    ).fetchone()
    if row is not None and record["index_version"] not in (int(row[0]), int(row[0]) + 1):
        raise Refused(409, "the lookup key version must be the one before or the next")
    await conn.execute(
        "INSERT INTO compartment_generations(generation, record, created_at, created_by) "
        "VALUES (%s, %s, %s, %s)",
        (record["generation"], json.dumps(record, ensure_ascii=False), now, by),
    )
    await conn.execute(
        "UPDATE compartment_state SET rotation_due = false, index_due = false, due_since = NULL"
    )


async def add_boxes(conn: Conn, staff_id: str, boxes: dict[str, dict[str, str]], now: Any) -> bool:
    """Merge `boxes` into an enabled account's; False if there is no such account."""
    cursor = await conn.execute(
        "UPDATE staff SET boxes = boxes || %s::jsonb, version = nextval('staff_version'), "
        "changed_at = %s WHERE staff_id = %s AND NOT disabled",
        (json.dumps(boxes), now, staff_id),
    )
    return cursor.rowcount == 1
