"""The security officer's audit search and "who saw this customer" (issue 17)."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from seatdesk.core.clock import FixedClock
from seatdesk.core.errors import PermissionDenied, UsageError
from seatdesk.services.audit_view import AuditFilter, AuditViewer
from seatdesk.services.record_desk import RecordDesk
from tests.helpers.demo import CALLER
from tests.helpers.vaults import StaffedVault


def seen_by(vault: StaffedVault, staff_id: str, customer_no: str) -> None:
    session = vault.session(staff_id)
    try:
        records = RecordDesk(session)
        records.view(records.find(customer_no)[0].customer_id)
    finally:
        session.close()


def test_who_saw_this_customer_and_the_look_is_audited(
    customer_vault: StaffedVault, clock: FixedClock
) -> None:
    seen_by(customer_vault, "agent01", CALLER["customer_no"])
    clock.advance(minutes=5)
    seen_by(customer_vault, "super01", CALLER["customer_no"])
    officer = customer_vault.session("sec01")
    try:
        viewer = AuditViewer(officer)
        exposure = viewer.exposure(CALLER["customer_no"])
        assert [(e["staff"], e["action"], e["mode"]) for e in exposure] == [
            ("agent01", "view", "masked"),
            ("super01", "view", "masked"),
        ]
        assert viewer.exposure(CALLER["customer_no"], days=1)  # within a day too
        clock.advance(days=2)
        assert viewer.exposure(CALLER["customer_no"], days=1) == []
        looks = [e for e in officer.audit.entries() if e.action == "audit.exposure"]
        assert len(looks) == 3 and looks[0].target == CALLER["customer_no"]
        with pytest.raises(UsageError):
            viewer.exposure("  ")
    finally:
        officer.close()


def test_the_search_filters_by_who_what_whom_outcome_and_when(
    customer_vault: StaffedVault, clock: FixedClock
) -> None:
    start = clock.now()
    seen_by(customer_vault, "agent01", CALLER["customer_no"])
    officer = customer_vault.session("sec01")
    try:
        viewer = AuditViewer(officer)
        views = viewer.search(AuditFilter(actor="agent01", action="record.view"))
        assert views and all(e.actor == "agent01" and e.action == "record.view" for e in views)
        records = viewer.search(AuditFilter(action="record.", target=CALLER["customer_no"]))
        assert {e.action for e in records} >= {"record.view"}
        assert all(e.action.startswith("record.") for e in records)
        assert viewer.search(AuditFilter(action="record")) == []  # not a prefix without "."
        assert viewer.search(AuditFilter(outcome="denied", actor="agent01")) == []
        later = viewer.search(AuditFilter(since=start + timedelta(hours=1)))
        assert all(e.action == "audit.search" for e in later)  # only the searches since
        newest = viewer.search(AuditFilter())
        assert [e.seq for e in newest] == sorted((e.seq for e in newest), reverse=True)
        with pytest.raises(UsageError):
            viewer.search(AuditFilter(since=start, until=start - timedelta(days=1)))
        searches = [e for e in officer.audit.entries() if e.action == "audit.search"]
        assert json.loads(searches[0].detail)["actor"] == "agent01"
    finally:
        officer.close()


@pytest.mark.parametrize("staff_id", ["agent01", "super01", "admin01"])
def test_no_one_but_the_security_officer_reads_the_log_here(
    customer_vault: StaffedVault, staff_id: str
) -> None:
    session = customer_vault.session(staff_id)
    try:
        with pytest.raises(PermissionDenied):
            AuditViewer(session)
    finally:
        session.close()
