"""Audit retention on a seat with a real hall (PostgreSQL started by the tests): only entries the
hall has acknowledged and older than the retention go; the chain verifies from the anchor; the
hall keeps the full chain and does not flag the seat."""

from __future__ import annotations

import psycopg
import pytest

from seatdesk.core.clock import FixedClock
from seatdesk.core.errors import PermissionDenied
from seatdesk.services.audit_retention import BROKEN
from seatdesk.services.factory import Services
from tests.helpers.hall import RunningHall, enrol_staffed
from tests.helpers.vaults import StaffedVault, session_behind


def test_retention_purges_only_what_the_hall_acknowledged(
    customer_vault: StaffedVault, running_hall: RunningHall
) -> None:
    clock = customer_vault.runtime.clock
    assert isinstance(clock, FixedClock)
    seat_id = enrol_staffed(customer_vault, running_hall, "seat-07")
    with Services(customer_vault.signed_in("agent01")) as agent:
        acked = agent.hall.sync().acked_seq
        agent.records.find("C00000001")  # written after the sync: not acknowledged
    clock.advance(days=200)
    with Services(customer_vault.signed_in("sec01")) as officer:
        dry = officer.purge_audit(dry_run=True)
        assert dry.enrolled and not dry.refused and dry.acked_seq == acked
        assert dry.purged == acked and dry.through_seq == acked
        assert dry.kept_unacknowledged >= 1  # the agent's search after the sync, 200 days old
        assert dry.kept_recent >= 1  # the officer's own sign-in, today
        head_before = session_behind(officer.who).audit.head()[0]
        done = officer.purge_audit(dry_run=False)
        assert done.purged == acked and done.anchor_seq > head_before
        audit = session_behind(officer.who).audit
        kept = [entry.seq for entry in audit.entries()]
        assert kept[0] == acked + 1  # the unacknowledged old entries stayed
        assert kept[-1] == audit.head()[0]
        result = officer.verify_audit()
        assert result.ok and result.purged_through == acked
        # the hall still holds everything the seat purged, and the seat is not flagged
        again = officer.hall.sync()
        assert not again.flagged and again.acked_seq == audit.head()[0]
    with psycopg.connect(running_hall.dsn) as conn:
        low = conn.execute(
            "SELECT min(seq), count(*) FROM audit WHERE seat_id = %s", (seat_id,)
        ).fetchone()
    assert low is not None and low[0] == 1 and low[1] >= again.acked_seq
    # now acknowledged, the old search goes too; what is within the retention stays
    with Services(customer_vault.signed_in("sec01")) as officer:
        second = officer.purge_audit(dry_run=False)
        assert second.purged == dry.kept_unacknowledged and second.kept_unacknowledged == 0
        assert second.kept_recent > 0 and officer.verify_audit().ok
        third = officer.purge_audit(dry_run=False)
        assert third.purged == 0 and third.anchor_seq == 0
        # an entry after the anchor, edited on the seat, is still caught
        session = session_behind(officer.who)
        target = second.through_seq + 2
        session.db.execute("UPDATE audit SET target = 'C99999999' WHERE seq = ?", (target,))
        broken = officer.verify_audit()
        assert not broken.ok and broken.first_broken == target


def test_an_agent_may_not_purge_the_audit(customer_vault: StaffedVault) -> None:
    with Services(customer_vault.signed_in("agent01")) as agent, pytest.raises(PermissionDenied):
        agent.purge_audit(dry_run=True)


def test_an_old_incident_s_anchor_is_checked_against_the_hall(
    customer_vault: StaffedVault, running_hall: RunningHall
) -> None:
    """On an enrolled seat incidents are the hall's (closed there, not here): an incident's
    anchor older than the retention goes with the rest, and `verify --anchor` says why it is
    not on the seat any more; the hall's copy holds it."""
    clock = customer_vault.runtime.clock
    assert isinstance(clock, FixedClock)
    seat_id = enrol_staffed(customer_vault, running_hall, "seat-07")
    with Services(customer_vault.signed_in("agent01")) as agent:
        report = agent.incidents.submit("data_leak", "疑似截屏外传", [])
        acked = agent.hall.sync().acked_seq
    assert report.anchor_seq < acked
    clock.advance(days=200)
    with Services(customer_vault.signed_in("sec01")) as officer:
        assert officer.purge_audit(dry_run=False).through_seq == acked
        checked = officer.verify_audit(report.anchor)
        assert not checked.ok and "purged" in checked.reason and "hall" in checked.reason
        assert officer.verify_audit().ok
    with psycopg.connect(running_hall.dsn) as conn:
        held = conn.execute(
            "SELECT mac FROM audit WHERE seat_id = %s AND seq = %s", (seat_id, report.anchor_seq)
        ).fetchone()
    assert held is not None and held[0] == report.anchor


def test_a_chain_that_does_not_verify_is_not_purged(
    customer_vault: StaffedVault, running_hall: RunningHall
) -> None:
    clock = customer_vault.runtime.clock
    assert isinstance(clock, FixedClock)
    enrol_staffed(customer_vault, running_hall, "seat-07")
    with Services(customer_vault.signed_in("agent01")) as agent:
        assert agent.hall.sync().acked_seq > 3
    clock.advance(days=200)
    with Services(customer_vault.signed_in("sec01")) as officer:
        session = session_behind(officer.who)
        session.db.execute("UPDATE audit SET target = 'C99999999' WHERE seq = 3")
        done = officer.purge_audit(dry_run=False)
        assert done.refused == BROKEN and done.purged == 0 and done.anchor_seq == 0
        assert next(session.audit.entries()).seq == 1
        last = list(session.audit.entries())[-1]
        assert (last.action, last.outcome) == ("audit.purge", "refused")
