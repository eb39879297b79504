"""Change sets when things go wrong: a seat offline for several, far behind, killed mid-apply;
a damaged payload and a forged manifest are refused, reported, and nothing of them applied."""

from __future__ import annotations

import json
import signal
from pathlib import Path

import psycopg
import pytest

from seatdesk.hall import change_manifest as cm
from seatdesk.hall import pki
from seatdesk.services import change_apply
from seatdesk.services.factory import Services
from tests.helpers.change_sets import (
    MARKER_ADDRESS,
    actions,
    changed_file,
    customers,
    demo_rows,
    enrol,
    publish_updates,
    run_apply_child,
    second_seat,
)
from tests.helpers.hall import RunningHall
from tests.helpers.vaults import StaffedVault

FIRST = demo_rows()[0]["customer_no"]


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


def catch_up(vault: StaffedVault) -> change_apply.CatchUp:
    with Services(vault.signed_in("agent01")) as services:
        return services.change_sets.catch_up()


def test_a_seat_offline_for_several_change_sets_applies_them_in_order(
    two_seats: tuple[StaffedVault, StaffedVault], tmp_path: Path
) -> None:
    seat_a, seat_b = two_seats
    assert publish_updates(seat_a, tmp_path, range(1, 4)) == [1, 2, 3]
    result = catch_up(seat_b)
    assert result.applied == (1, 2, 3) and result.behind == 0
    assert customers(seat_b)[FIRST][1] == MARKER_ADDRESS.format(n="3-0")  # the last one won
    assert actions(seat_b).count("customers.change_set_applied") == 3


def test_a_seat_far_behind_takes_the_newest_full_snapshot_and_what_follows(
    two_seats: tuple[StaffedVault, StaffedVault],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(change_apply, "MAX_BEHIND", 2)
    seat_a, seat_b = two_seats
    publish_updates(seat_a, tmp_path, range(1, 2))
    assert catch_up(seat_b).applied == (1,)
    snapshot = changed_file(tmp_path, "snap.csv", change=range(5), drop=range(299, 300), mark=7)
    with Services(seat_a.signed_in("admin01")) as a:
        done = a.change_sets.publish(snapshot, "snapshot", confirm_removals=1)
    assert (done.delta_seq, done.full_seq) == (2, 3)
    publish_updates(seat_a, tmp_path, range(8, 11))  # 4, 5, 6
    result = catch_up(seat_b)
    assert result.applied == (3, 4, 5, 6)  # the full (not the delta 2), then the rest
    assert "record.destroyed" in actions(seat_b)  # the full removed the last customer
    assert len(customers(seat_b)) == 300  # and the next update (the whole file) added it back
    assert customers(seat_b)[FIRST][1] == MARKER_ADDRESS.format(n="10-0")


def test_kill_9_inside_the_apply_leaves_none_of_it_and_the_next_run_applies_it_all(
    two_seats: tuple[StaffedVault, StaffedVault], tmp_path: Path
) -> None:
    seat_a, seat_b = two_seats
    publish_updates(seat_a, tmp_path, range(1, 2))
    before = customers(seat_b)
    child = run_apply_child(seat_b)  # inside the transaction, rows written, nothing committed
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=30)  # reaped, its pipes closed
    assert child.returncode == -signal.SIGKILL
    assert customers(seat_b) == before
    assert "customers.change_set_applied" not in actions(seat_b)
    assert catch_up(seat_b).applied == (1,)
    assert customers(seat_b)[FIRST][1] == MARKER_ADDRESS.format(n="1-0")


def _refused(seat_b: StaffedVault, running_hall: RunningHall, reason: str) -> None:
    before = customers(seat_b)
    result = catch_up(seat_b)
    assert result.applied == () and result.refused_seq == 1 and reason in result.refused_reason
    assert result.behind == 2  # it does not apply the later one past it
    assert customers(seat_b) == before
    assert actions(seat_b).count("customers.change_set_refused") == 1
    catch_up(seat_b)  # tried again: still refused, reported once
    assert actions(seat_b).count("customers.change_set_refused") == 1
    with Services(seat_b.signed_in("agent01")) as b:
        assert "REFUSED" in b.hall.status().customer_data
    with psycopg.connect(running_hall.dsn) as conn:
        alerts = conn.execute(
            "SELECT kind, detail FROM alerts WHERE kind = 'change_set.refused'"
        ).fetchall()
    assert len(alerts) == 1 and json.loads(alerts[0][1])["seq"] == 1


def test_a_damaged_payload_is_refused_and_reported_and_nothing_applied(
    two_seats: tuple[StaffedVault, StaffedVault], running_hall: RunningHall, tmp_path: Path
) -> None:
    seat_a, seat_b = two_seats
    publish_updates(seat_a, tmp_path, range(1, 3))
    with psycopg.connect(running_hall.dsn) as conn:
        conn.execute(
            "UPDATE change_set_chunks SET data = overlay(data placing "
            "decode(lpad(to_hex(get_byte(data, 40) # 1), 2, '0'), 'hex') from 41 for 1) "
            "WHERE change_set_id = (SELECT id FROM change_sets WHERE seq = 1)"
        )
    _refused(seat_b, running_hall, "digest")


@pytest.mark.parametrize("forgery", ["counts", "signature"])
def test_a_forged_manifest_is_refused_and_reported_and_nothing_applied(
    two_seats: tuple[StaffedVault, StaffedVault],
    running_hall: RunningHall,
    tmp_path: Path,
    forgery: str,
) -> None:
    seat_a, seat_b = two_seats
    publish_updates(seat_a, tmp_path, range(1, 3))
    with psycopg.connect(running_hall.dsn) as conn:
        row = conn.execute("SELECT manifest FROM change_sets WHERE seq = 1").fetchone()
        assert row is not None
        manifest = json.loads(row[0])
        if forgery == "counts":
            manifest["counts"]["changed"] = 4
            conn.execute(
                "UPDATE change_sets SET manifest = %s WHERE seq = 1", (json.dumps(manifest),)
            )
        else:  # signed, but by a key that is not the publisher's
            signature = cm.sign_manifest(pki.new_seat_key(), manifest)
            conn.execute("UPDATE change_sets SET signature = %s WHERE seq = 1", (signature,))
    _refused(seat_b, running_hall, "signature")
