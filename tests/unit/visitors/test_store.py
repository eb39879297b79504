"""Visitor register and watch-list rows in a real vault (written through the store, read back)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from seatdesk.core.masked_text import seal_masked
from seatdesk.vault.db import VaultDb
from seatdesk.visitors import store
from seatdesk.visitors.model import EXPECTED, ON_FLOOR, SIGNED_OUT
from tests.helpers.vaults import StaffedVault


@pytest.fixture
def db(staffed_vault: StaffedVault) -> Iterator[VaultDb]:
    session = staffed_vault.session("super01")
    try:
        yield session.db
    finally:
        session.close()


def entry(**changes: Any) -> dict[str, Any]:
    columns: dict[str, Any] = {
        "status": ON_FLOOR,
        "name": "欧阳明月",
        "id_type": "护照",
        "id_number": "E12345678",
        "id_hash": "h1",
        "organisation": "华信",
        "purpose": seal_masked("维护"),  # stores take typed text only from the gate
        "host": "super01",
        "approver": "sec01",
        "approval_ref": "OA-1",
        "approved_at": "2026-01-01T08:00:00+00:00",
        "badge": "V-01",
        "escort": seal_masked("super01"),
        "devices": ("phone",),
        "devices_held": (),
        "registered_at": "2026-01-01T08:00:00+00:00",
        "registered_by": "super01",
        "checked_in_at": "2026-01-01T08:05:00+00:00",
    }
    columns.update(changes)
    return columns


def insert(db: VaultDb, **changes: Any) -> int:
    with db.transaction():
        return store.insert_visitor(db, entry(**changes))


def test_an_entry_round_trips_with_its_types(db: VaultDb) -> None:
    visitor_id = insert(db, devices=("phone", "laptop"), devices_held=("camera",))
    row = store.load_visitor(db, visitor_id)
    assert row is not None and row.status == ON_FLOOR and row.name == "欧阳明月"
    assert row.devices == ("phone", "laptop") and row.devices_held == ("camera",)
    assert row.badge_returned is None and row.forced_sign_out is False
    assert "欧阳明月" not in repr(row) and "E12345678" not in repr(row)
    with db.transaction():
        store.update_visitor(db, visitor_id, {"status": SIGNED_OUT, "badge_returned": False})
    row = store.load_visitor(db, visitor_id)
    assert row is not None and row.badge_returned is False and row.status == SIGNED_OUT
    assert store.load_visitor(db, visitor_id + 1) is None


def test_unknown_columns_are_refused(db: VaultDb) -> None:
    with pytest.raises(ValueError, match="not visitor columns: colour"):
        store.insert_visitor(db, {**entry(), "colour": "red"})
    with pytest.raises(ValueError, match="not visitor columns: id"):
        store.update_visitor(db, 1, {"id": 2})


def test_who_is_in_the_hall(db: VaultDb) -> None:
    first = insert(db)
    insert(
        db,
        status=EXPECTED,
        badge=None,
        id_hash="h2",
        checked_in_at=None,
        expected_date="2026-01-02",
    )
    assert store.count_with_status(db, ON_FLOOR) == 1
    assert [r.id for r in store.visitors_with_status(db, ON_FLOOR)] == [first]
    assert store.badge_in_hall(db, "V-01") and not store.badge_in_hall(db, "V-02")
    assert store.in_hall_with_hash(db, "h1") == [first] and store.in_hall_with_hash(db, "h2") == []
    assert [r.expected_date for r in store.expected_from(db, "2026-01-02")] == ["2026-01-02"]
    assert store.expected_from(db, "2026-01-03") == []


def test_visitors_between_and_due_for_anonymisation(db: VaultDb) -> None:
    gone = insert(db, status=SIGNED_OUT, signed_out_at="2026-01-01T10:00:00+00:00")
    still = insert(db, badge="V-02", id_hash="h2")
    day = ("2026-01-01T00:00:00+00:00", "2026-01-02T00:00:00+00:00")
    assert [r.id for r in store.visitors_between(db, *day)] == [gone, still]
    assert store.visitors_between(db, "2026-01-01T11:00:00+00:00", day[1])[0].id == still
    assert store.due_for_anonymisation(db, "2026-06-01T00:00:00+00:00", "2026-06-01") == [gone]
    assert store.due_for_anonymisation(db, "2026-01-01T09:00:00+00:00", "2026-01-01") == []


def test_watch_entries_match_by_hash_or_key_until_removed(db: VaultDb) -> None:
    with db.transaction():
        by_id = store.insert_watch(
            db,
            {
                "kind": "id_number",
                "id_hash": "h1",
                "id_masked": "E*******8",
                "reason": seal_masked("r"),
                "added_at": "2026-01-01T08:00:00+00:00",
                "added_by": "sec01",
            },
        )
        by_name = store.insert_watch(
            db,
            {
                "kind": "name_org",
                "name": "张三",
                "organisation": "某公司",
                "match_key": "k1",
                "reason": seal_masked("r"),
                "added_at": "2026-01-01T08:00:00+00:00",
                "added_by": "sec01",
            },
        )
    assert [w.id for w in store.watch_matches(db, "h1", None)] == [by_id]
    assert [w.id for w in store.watch_matches(db, None, "k1")] == [by_name]
    assert [w.id for w in store.watch_matches(db, "h1", "k1")] == [by_id, by_name]
    assert store.watch_matches(db, None, None) == []
    assert "张三" not in repr(store.load_watch(db, by_name))
    with db.transaction():
        store.remove_watch(db, by_id, "2026-01-02T08:00:00+00:00", "sec01")
    assert [w.id for w in store.active_watch(db)] == [by_name]
    removed = store.load_watch(db, by_id)
    assert removed is not None and removed.removed_by == "sec01"


def test_the_hash_key_is_made_once_and_kept(db: VaultDb) -> None:
    key = store.visitor_hash_key(db)
    assert len(key) == 32 and store.visitor_hash_key(db) == key


def test_staff_lookups(db: VaultDb) -> None:
    assert store.staff_account(db, "sec01") == ("sec01", "security", False)
    assert store.staff_account(db, "nobody") is None
    assert ("admin01", "管理员", "admin") in store.active_staff(db)
    assert store.staff_names(db)["super01"] == "super01"
