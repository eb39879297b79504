"""Audit retention without a hall: a seat never enrolled keeps every entry, however old; the
refusal says why and is itself audited."""

from __future__ import annotations

import json

from seatdesk.core.clock import FixedClock
from seatdesk.services.audit_retention import NOT_ENROLLED
from seatdesk.services.factory import Services
from tests.helpers.vaults import StaffedVault, session_behind


def test_a_seat_without_a_hall_purges_nothing(staffed_vault: StaffedVault) -> None:
    clock = staffed_vault.runtime.clock
    assert isinstance(clock, FixedClock)
    clock.advance(days=400)
    with Services(staffed_vault.signed_in("sec01")) as officer:
        audit = session_behind(officer.who).audit
        before = [entry.seq for entry in audit.entries()]
        for dry_run in (True, False):
            result = officer.purge_audit(dry_run=dry_run)
            assert not result.enrolled and result.refused == NOT_ENROLLED
            assert result.purged == 0 and result.anchor_seq == 0
        after = list(audit.entries())
        assert [entry.seq for entry in after][: len(before)] == before and after[0].seq == 1
        last = after[-1]
        assert last.action == "audit.purge" and last.outcome == "refused"
        assert json.loads(last.detail)["why"] == NOT_ENROLLED
        assert officer.verify_audit().ok
