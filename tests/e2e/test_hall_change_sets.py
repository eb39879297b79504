"""Customer change sets through the hall: published at one seat, applied at every seat, in order,
each all or nothing; sealed under the hall data key, so the hall holds no value in clear."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
import pytest

from seatdesk.core.errors import PermissionDenied, UsageError
from seatdesk.services.factory import Services
from tests.helpers.change_sets import (
    MARKER_ADDRESS,
    actions,
    changed_file,
    customers,
    demo_rows,
    enrol,
    second_seat,
)
from tests.helpers.hall import RunningHall, every_value_in
from tests.helpers.vaults import StaffedVault


@pytest.fixture
def two_seats(
    customer_vault: StaffedVault, running_hall: RunningHall, tmp_path: Path
) -> tuple[StaffedVault, StaffedVault]:
    seat_b = second_seat(customer_vault, tmp_path / "seat-b")
    enrol(customer_vault, running_hall, "seat-a")
    enrol(seat_b, running_hall, "seat-b")
    with Services(seat_b.signed_in("agent01")) as b:  # B registers its box key
        assert b.change_sets.catch_up().hdk_missing
    return customer_vault, seat_b


def test_an_update_published_at_one_seat_is_applied_at_the_other(
    two_seats: tuple[StaffedVault, StaffedVault], running_hall: RunningHall, tmp_path: Path
) -> None:
    seat_a, seat_b = two_seats
    before = customers(seat_b)
    update = changed_file(tmp_path, "update.csv", change=range(10, 15))
    with Services(seat_a.signed_in("sec01")) as a:
        done = a.change_sets.publish(update, "update")
    assert (done.added, done.changed, done.removed) == (0, 5, 0)
    assert done.delta_seq == 1 and done.applied == (1,)
    numbers = [row["customer_no"] for row in demo_rows()[10:15]]
    assert all(customers(seat_a)[n][1].startswith("上海市浦东新区标记路") for n in numbers)
    assert "customers.publish" in actions(seat_a)

    with Services(seat_b.signed_in("agent01")) as b:  # A sealed the hall data key for B
        assert b.change_sets.catch_up().applied == (1,)
        status = b.hall.status()
    assert status.customer_data_seq == 1 and "change set #1" in status.customer_data
    after = customers(seat_b)
    for n in numbers:  # changed in place: the same ids
        assert after[n][0] == before[n][0] and after[n][1] == MARKER_ADDRESS.format(
            n=f"0-{demo_rows().index(next(r for r in demo_rows() if r['customer_no'] == n))}"
        )
    assert {n: v for n, v in after.items() if n not in numbers} == {
        n: v for n, v in before.items() if n not in numbers
    }
    b_actions = actions(seat_b)
    assert "customers.change_set_applied" in b_actions and "customers.import" in b_actions

    hall_text = every_value_in(running_hall.dsn)
    assert "标记路" not in hall_text and "changes.example" not in hall_text
    with psycopg.connect(running_hall.dsn) as conn:
        events = conn.execute(
            "SELECT detail FROM events WHERE action = 'change_set.published'"
        ).fetchall()
    assert json.loads(events[0][0])["changed"] == 5


def test_a_snapshot_removes_what_it_lacks_once_confirmed(
    two_seats: tuple[StaffedVault, StaffedVault], tmp_path: Path
) -> None:
    seat_a, seat_b = two_seats
    snapshot = changed_file(tmp_path, "snap.csv", change=range(3), drop=range(290, 300))
    gone = [row["customer_no"] for row in demo_rows()[290:]]
    with Services(seat_a.signed_in("admin01")) as a:
        with pytest.raises(UsageError, match="removes 10 customer"):
            a.change_sets.publish(snapshot, "snapshot")
        dry = a.change_sets.publish(snapshot, "snapshot", dry_run=True)
        assert (dry.changed, dry.removed, dry.delta_seq) == (3, 10, None)
        done = a.change_sets.publish(snapshot, "snapshot", confirm_removals=10)
    assert (done.delta_seq, done.full_seq) == (1, 2) and done.applied == (2,)  # none before
    assert not set(gone) & set(customers(seat_a))
    with Services(seat_b.signed_in("agent01")) as b:  # none applied and a full exists: the full
        assert b.change_sets.catch_up().applied == (2,)
    remaining = customers(seat_b)
    assert not set(gone) & set(remaining) and len(remaining) == 290
    assert remaining[demo_rows()[0]["customer_no"]][1] == MARKER_ADDRESS.format(n="0-0")


def test_an_agent_may_not_publish(
    two_seats: tuple[StaffedVault, StaffedVault], tmp_path: Path
) -> None:
    update = changed_file(tmp_path, "update.csv", change=range(2))
    with Services(two_seats[0].signed_in("agent01")) as a, pytest.raises(PermissionDenied):
        a.change_sets.publish(update, "update")
