"""The incident rules of `seatdesk.incidents.model`, pure: the workflow's steps, the deadlines,
the vocabulary and the policy's penalties (the gate's use of them is in tests/unit/services)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import pairwise

import pytest

from seatdesk.core.errors import UsageError
from seatdesk.incidents.model import (
    ORDER,
    PAY_DEDUCTION_RANGE,
    check_category,
    check_penalty,
    check_severity,
    deadlines,
    next_status,
)

REPORTED = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)


def test_the_workflow_goes_forward_one_step_at_a_time() -> None:
    for current, wanted in pairwise(ORDER):
        assert next_status(current, wanted) == wanted
    with pytest.raises(UsageError, match="the next step is 已确认"):
        next_status("reported", "contained")
    with pytest.raises(UsageError):
        next_status("contained", "confirmed")  # never backwards
    with pytest.raises(UsageError, match="unknown status"):
        next_status("reported", "archived")


@pytest.mark.parametrize("current", ORDER[:-1])
def test_any_open_incident_can_be_closed_and_a_closed_one_stays_closed(current: str) -> None:
    assert next_status(current, "closed") == "closed"
    with pytest.raises(UsageError, match="closed"):
        next_status("closed", current)


def test_confirmation_is_due_in_24_hours_and_met_once_confirmed() -> None:
    [confirm] = deadlines(REPORTED, None, "reported")
    assert (confirm.what, confirm.due, confirm.met) == (
        "confirm",
        REPORTED + timedelta(hours=24),
        False,
    )
    assert confirm.seconds_left(REPORTED) == 24 * 3600
    assert not confirm.overdue(REPORTED + timedelta(hours=24))
    assert confirm.overdue(REPORTED + timedelta(hours=24, seconds=1))
    [met] = deadlines(REPORTED, None, "confirmed")
    assert met.met and not met.overdue(REPORTED + timedelta(days=3))


@pytest.mark.parametrize(
    ("severity", "regulator"),
    [(None, False), ("general", False), ("major", True), ("serious", True), ("critical", True)],
)
def test_the_regulator_is_due_in_4_hours_from_major_up(
    severity: str | None, regulator: bool
) -> None:
    """The 2025 rules: the initial report (not the 已通报 step) meets the regulator's deadline;
    a general operator's 4 hours are the default (the policy's operator type sets it)."""
    found = {d.what: d for d in deadlines(REPORTED, severity, "confirmed")}
    assert ("initial_report" in found) is regulator
    if regulator:
        assert found["initial_report"].due == REPORTED + timedelta(hours=4)
        assert not found["initial_report"].met
        assert not {d.what: d for d in deadlines(REPORTED, severity, "notified")}[
            "initial_report"
        ].met
        assert {d.what: d for d in deadlines(REPORTED, severity, "notified", filed={"initial"})}[
            "initial_report"
        ].met


def test_vocabulary_is_checked() -> None:
    check_category("data_leak")
    check_severity("major")
    with pytest.raises(UsageError, match="unknown category"):
        check_category("gossip")
    with pytest.raises(UsageError, match="unknown severity"):
        check_severity("huge")


def test_pay_deductions_stay_within_the_policy_range() -> None:
    low, high = PAY_DEDUCTION_RANGE
    check_penalty("pay_deduction", low)
    check_penalty("pay_deduction", high)
    check_penalty("warning", None)
    for amount in (None, low - 1, high + 1):
        with pytest.raises(UsageError, match="扣发工资"):
            check_penalty("pay_deduction", amount)
    with pytest.raises(UsageError, match="unknown outcome"):
        check_penalty("fine", 100)
