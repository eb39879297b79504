"""The impact-assessment register: validation, masking of typed text, what the access review
is told, and the three years it is kept (the vault refuses an earlier delete)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from seatdesk.core.clock import FixedClock
from seatdesk.core.errors import PermissionDenied, UsageError
from seatdesk.services.factory import Services
from tests.helpers.vaults import StaffedVault, session_behind


def _add(services: Services, day: str, review: str, trigger: str = "sensitive") -> str:
    return services.assessments.add(
        assessed_on=day,
        scope="外呼名单处理 / outbound call lists",
        trigger=trigger,
        result="approved",
        reviewer="李审核",
        next_review=review,
    ).ref


def test_bad_input_changes_nothing(staffed_vault: StaffedVault) -> None:
    with Services(staffed_vault.signed_in("sec01")) as officer:
        register = officer.assessments
        for wrong in (
            {"assessed_on": "2026-13-01"},
            {"assessed_on": "2027-01-01"},  # the future (the clock says 2026-01-01)
            {"trigger": "because"},
            {"result": "maybe"},
            {"next_review": "2025-01-01"},
            {"scope": "  "},
            {"attachment_sha256": "abc"},
            {"result": "approved_with_measures"},  # without measures
        ):
            values: dict[str, str] = {
                "assessed_on": "2025-06-01",
                "scope": "x",
                "trigger": "sensitive",
                "result": "approved",
                "reviewer": "r",
                "next_review": "2026-06-01",
                **wrong,
            }
            with pytest.raises(UsageError):
                register.add(**values)
        assert register.all() == []


def test_only_the_security_officer_records_them(staffed_vault: StaffedVault) -> None:
    for staff_id in ("agent01", "super01", "admin01"):
        with Services(staffed_vault.signed_in(staff_id)) as other:
            with pytest.raises(PermissionDenied):
                other.assessments.all()
            with pytest.raises(PermissionDenied):
                _add(other, "2025-01-01", "2026-01-01")


def test_a_two_year_old_assessment_is_kept_by_every_purge(staffed_vault: StaffedVault) -> None:
    clock = staffed_vault.runtime.clock
    assert isinstance(clock, FixedClock)
    clock.current = datetime.now(UTC)  # the vault's backstop reads the computer's own date
    two_years = (clock.current - timedelta(days=730)).date().isoformat()
    review = (clock.current + timedelta(days=30)).date().isoformat()
    with Services(staffed_vault.signed_in("sec01")) as officer:
        ref = _add(officer, two_years, review)
        officer.purge(dry_run=False)
        officer.purge_audit(dry_run=False)
        assert [a.ref for a in officer.assessments.all()] == [ref]
        db = session_behind(officer.who).db
        with pytest.raises(Exception, match=r"kept at least three years \(PIPL Art\. 56\)"):
            db.execute("DELETE FROM impact_assessments")  # the vault's own backstop
        assert int(db.scalar("SELECT count(*) FROM impact_assessments")) == 1


def test_the_review_is_told_what_is_due_and_missing(customer_vault: StaffedVault) -> None:
    with Services(customer_vault.signed_in("sec01")) as officer:
        due = officer.assessments.due()
        assert [(d.trigger, d.why) for d in due] == [("sensitive", "missing")]
        ref = _add(officer, "2025-01-01", "2025-12-31")  # overdue on 2026-01-01
        review = officer.access_review().assessments
        assert [(d.trigger, d.why, d.ref) for d in review] == [("sensitive", "review_due", ref)]
        fresh = _add(officer, "2025-12-30", "2026-12-30")
        assert officer.access_review().assessments == ()
        assert fresh != ref
