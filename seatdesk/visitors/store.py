"""Visitor register and watch-list rows in the vault (SQL only). Only `services` may call these:
rows hold clear values (name, identity number, mobile), so they are never printed, logged or
shown as they are. The rules live in `seatdesk.visitors.model` and `seatdesk.visitors.watch`."""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from seatdesk.core.masked_text import require_masked
from seatdesk.vault.db import Row, VaultDb
from seatdesk.vault.schema import get_meta, set_meta
from seatdesk.visitors.model import EXPECTED, ON_FLOOR

__all__ = [
    "VisitorRow",
    "WatchRow",
    "active_staff",
    "active_watch",
    "badge_in_hall",
    "count_with_status",
    "due_for_anonymisation",
    "expected_from",
    "in_hall_with_hash",
    "insert_visitor",
    "insert_watch",
    "load_visitor",
    "load_watch",
    "remove_watch",
    "staff_account",
    "staff_names",
    "update_visitor",
    "visitor_hash_key",
    "visitors_between",
    "visitors_with_status",
    "watch_matches",
]

_COLUMNS = (
    "id",
    "status",
    "organisation",
    "purpose",
    "host",
    "approver",
    "approval_ref",
    "approved_at",
    "expected_date",
    "badge",
    "escort",
    "devices",
    "devices_held",
    "expected_departure",
    "notice_method",
    "notice_form_no",
    "notice_sha256",
    "watch_override_by",
    "registered_at",
    "registered_by",
    "checked_in_at",
    "checked_in_by",
    "signed_out_at",
    "signed_out_by",
    "badge_returned",
    "forced_sign_out",
    "anonymised_at",
    "id_type",
    "id_hash",
    "name",
    "id_number",
    "mobile",
)
_SELECT = f"SELECT {', '.join(_COLUMNS)} FROM visitors"
_WRITABLE = frozenset(_COLUMNS) - {"id"}


@dataclass(frozen=True)
class VisitorRow:
    """A register entry as stored: protected values in clear, hidden from repr."""

    id: int
    status: str
    organisation: str
    purpose: str
    host: str
    approver: str
    approval_ref: str
    approved_at: str
    expected_date: str | None
    badge: str | None
    escort: str
    devices: tuple[str, ...]
    devices_held: tuple[str, ...]
    expected_departure: str | None
    notice_method: str | None
    notice_form_no: str | None
    notice_sha256: str | None
    watch_override_by: str | None
    registered_at: str
    registered_by: str
    checked_in_at: str | None
    checked_in_by: str | None
    signed_out_at: str | None
    signed_out_by: str | None
    badge_returned: bool | None
    forced_sign_out: bool
    anonymised_at: str | None
    id_type: str
    id_hash: str | None = field(repr=False)
    name: str = field(repr=False)
    id_number: str | None = field(repr=False)
    mobile: str | None = field(repr=False)


def _codes(text: Any) -> tuple[str, ...]:
    return tuple(part for part in str(text or "").split(";") if part)


def _row(r: Row) -> VisitorRow:
    values = dict(zip(_COLUMNS, r, strict=True))
    values["id"] = int(values["id"])
    values["devices"] = _codes(values["devices"])
    values["devices_held"] = _codes(values["devices_held"])
    returned = values["badge_returned"]
    values["badge_returned"] = None if returned is None else bool(returned)
    values["forced_sign_out"] = bool(values["forced_sign_out"])
    return VisitorRow(**values)


# Texts a person typed into the register: kept only as the free-text gate masked them.
_TYPED = ("purpose", "escort")


def _check_columns(columns: Mapping[str, Any]) -> None:
    unknown = set(columns) - _WRITABLE
    if unknown:
        raise ValueError(f"not visitor columns: {', '.join(sorted(unknown))}")
    for name in _TYPED:
        if name in columns:
            require_masked(columns[name], f"a visitor's {name}")


def _stored(value: Any) -> Any:
    if isinstance(value, tuple | list):
        return ";".join(value)
    if isinstance(value, bool):
        return int(value)
    return value


def insert_visitor(db: VaultDb, columns: Mapping[str, Any]) -> int:
    """Insert one entry inside the caller's transaction; returns its id."""
    _check_columns(columns)
    names = list(columns)
    marks = ", ".join("?" * len(names))
    return db.execute_returning_id(
        f"INSERT INTO visitors({', '.join(names)}) VALUES ({marks})",
        [_stored(columns[n]) for n in names],
    )


def update_visitor(db: VaultDb, visitor_id: int, columns: Mapping[str, Any]) -> None:
    _check_columns(columns)
    assignments = ", ".join(f"{name} = ?" for name in columns)
    db.execute(
        f"UPDATE visitors SET {assignments} WHERE id = ?",
        [*(_stored(v) for v in columns.values()), visitor_id],
    )


def load_visitor(db: VaultDb, visitor_id: int) -> VisitorRow | None:
    rows = db.execute(f"{_SELECT} WHERE id = ?", (visitor_id,))
    return _row(rows[0]) if rows else None


def visitors_with_status(db: VaultDb, status: str) -> list[VisitorRow]:
    rows = db.execute(f"{_SELECT} WHERE status = ? ORDER BY checked_in_at, id", (status,))
    return [_row(r) for r in rows]


def count_with_status(db: VaultDb, status: str) -> int:
    return int(db.scalar("SELECT count(*) FROM visitors WHERE status = ?", (status,)))


def expected_from(db: VaultDb, day: str) -> list[VisitorRow]:
    """Pre-registrations for `day` or later that have not arrived yet."""
    rows = db.execute(
        f"{_SELECT} WHERE status = ? AND expected_date >= ? ORDER BY expected_date, registered_at",
        (EXPECTED, day),
    )
    return [_row(r) for r in rows]


def badge_in_hall(db: VaultDb, badge: str) -> bool:
    return bool(
        db.execute("SELECT 1 FROM visitors WHERE status = ? AND badge = ?", (ON_FLOOR, badge))
    )


def in_hall_with_hash(db: VaultDb, id_hash: str) -> list[int]:
    rows = db.execute(
        "SELECT id FROM visitors WHERE status = ? AND id_hash = ?", (ON_FLOOR, id_hash)
    )
    return [int(r[0]) for r in rows]


def visitors_between(db: VaultDb, start: str, end: str) -> list[VisitorRow]:
    """Entries that were in the hall during [start, end) (UTC ISO), or expected that day."""
    rows = db.execute(
        f"{_SELECT} WHERE (checked_in_at IS NOT NULL AND checked_in_at < ? "
        "AND (signed_out_at IS NULL OR signed_out_at >= ?)) "
        "ORDER BY checked_in_at, id",
        (end, start),
    )
    return [_row(r) for r in rows]


def due_for_anonymisation(db: VaultDb, cutoff: str, cutoff_day: str) -> list[int]:
    """Entries closed before `cutoff` (UTC ISO) and not yet anonymised; never one in the hall,
    never a pre-registration for `cutoff_day` or later."""
    rows = db.execute(
        "SELECT id FROM visitors WHERE anonymised_at IS NULL AND status != ? "
        "AND coalesce(signed_out_at, registered_at) < ? "
        "AND (expected_date IS NULL OR expected_date < ?) ORDER BY id",
        (ON_FLOOR, cutoff, cutoff_day),
    )
    return [int(r[0]) for r in rows]


# --- watch list ----------------------------------------------------------------------------

_WATCH_COLUMNS = (
    "id, kind, id_masked, organisation, reason, added_at, added_by, removed_at, removed_by, name"
)


@dataclass(frozen=True)
class WatchRow:
    id: int
    kind: str
    id_masked: str | None
    organisation: str | None
    reason: str
    added_at: str
    added_by: str
    removed_at: str | None
    removed_by: str | None
    name: str | None = field(repr=False)


def _watch(r: Row) -> WatchRow:
    return WatchRow(int(r[0]), *r[1:])


def insert_watch(db: VaultDb, columns: Mapping[str, Any]) -> int:
    require_masked(columns["reason"], "a watch-list entry's reason")
    names = list(columns)
    marks = ", ".join("?" * len(names))
    return db.execute_returning_id(
        f"INSERT INTO visitor_watch({', '.join(names)}) VALUES ({marks})",
        [columns[n] for n in names],
    )


def active_watch(db: VaultDb) -> list[WatchRow]:
    rows = db.execute(
        f"SELECT {_WATCH_COLUMNS} FROM visitor_watch WHERE removed_at IS NULL ORDER BY id"
    )
    return [_watch(r) for r in rows]


def load_watch(db: VaultDb, watch_id: int) -> WatchRow | None:
    rows = db.execute(f"SELECT {_WATCH_COLUMNS} FROM visitor_watch WHERE id = ?", (watch_id,))
    return _watch(rows[0]) if rows else None


def watch_matches(db: VaultDb, id_hash: str | None, match_key: str | None) -> list[WatchRow]:
    """Active entries whose ID hash or name-and-organisation key equals the given ones."""
    rows = db.execute(
        f"SELECT {_WATCH_COLUMNS} FROM visitor_watch WHERE removed_at IS NULL "
        "AND ((id_hash IS NOT NULL AND id_hash = ?) OR (match_key IS NOT NULL AND match_key = ?)) "
        "ORDER BY id",
        (id_hash, match_key),
    )
    return [_watch(r) for r in rows]


def remove_watch(db: VaultDb, watch_id: int, at: str, by: str) -> None:
    db.execute(
        "UPDATE visitor_watch SET removed_at = ?, removed_by = ? WHERE id = ?", (at, by, watch_id)
    )


# --- what the register needs from elsewhere in the vault ----------------------------------


def staff_account(db: VaultDb, staff_id: str) -> tuple[str, str, bool] | None:
    """(display name, role, disabled) of a staff account, or None."""
    rows = db.execute(
        "SELECT display_name, role, disabled FROM staff WHERE staff_id = ?", (staff_id,)
    )
    return None if not rows else (str(rows[0][0]), str(rows[0][1]), bool(rows[0][2]))


def active_staff(db: VaultDb) -> list[tuple[str, str, str]]:
    """(staff ID, display name, role) of every active account, by staff ID."""
    rows = db.execute(
        "SELECT staff_id, display_name, role FROM staff WHERE disabled = 0 ORDER BY staff_id"
    )
    return [(str(r[0]), str(r[1]), str(r[2])) for r in rows]


def staff_names(db: VaultDb) -> dict[str, str]:
    return {str(r[0]): str(r[1]) for r in db.execute("SELECT staff_id, display_name FROM staff")}


def visitor_hash_key(db: VaultDb) -> bytes:
    """The key of the register's keyed hashes (watch list, "already in the hall").

    A random key kept inside the encrypted vault, made on first use: unlike a key derived from
    the data key, it survives a rekey, and a restored backup carries it along.
    """
    value = get_meta(db, _HASH_KEY)
    if value is None:
        with db.transaction():
            value = get_meta(db, _HASH_KEY)
            if value is None:
                value = secrets.token_hex(32)
                set_meta(db, _HASH_KEY, value)
    return bytes.fromhex(value)


_HASH_KEY = "visitor_hash_key"


@dataclass(frozen=True)
class HallWatchRow:
    ref: str
    seat_id: str
    kind: str
    reason: str


def replace_hall_watch(db: VaultDb, entries: list[dict[str, Any]]) -> None:
    """The hall's watch list as just fetched replaces the copy (one transaction)."""
    with db.transaction():
        db.execute("DELETE FROM hall_watch")
        for e in entries:
            db.execute(
                "INSERT OR REPLACE INTO hall_watch(ref, seat_id, kind, id_hash, match_key, shown, "
                "reason, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    f"{e.get('seat_id')}/{e.get('ref')}", str(e.get("seat_id", "")),
                    str(e.get("kind", "")), e.get("id_hash"), e.get("match_key"),
                    str(e.get("shown") or ""), str(e.get("reason") or ""),
                    str(e.get("added_by") or ""), str(e.get("added_at") or ""),
                ),
            )  # fmt: skip


def hall_watch_matches(
    db: VaultDb, id_hash: str | None, match_key: str | None, other_than_seat: str
) -> list[HallWatchRow]:
    """Entries of the hall's list (made at other seats) that the hashes match."""
    rows = db.execute(
        "SELECT ref, seat_id, kind, reason FROM hall_watch WHERE seat_id != ? AND "
        "((id_hash IS NOT NULL AND id_hash = ?) OR (match_key IS NOT NULL AND match_key = ?)) "
        "ORDER BY ref",
        (other_than_seat, id_hash, match_key),
    )
    return [HallWatchRow(str(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in rows]


def hall_watch_added_at(db: VaultDb, ref: str) -> str | None:
    value = db.scalar("SELECT added_at FROM hall_watch WHERE ref = ?", (ref,))
    return None if value is None else str(value)
