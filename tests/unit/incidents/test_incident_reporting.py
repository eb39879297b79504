"""The 2025 reporting rules, pure: the grade the number of people affected suggests, an override
needing a reason, the report forms, and each deadline for each operator type."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from seatdesk.core.errors import UsageError
from seatdesk.incidents.model import deadlines
from seatdesk.incidents.reporting import (
    REPORT_FIELDS,
    check_form,
    chosen_severity,
    handling_ended,
    regulator_clock_from,
    suggest_severity,
)
from seatdesk.policy.incident_rules import IncidentRules

REPORTED = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("people", "severity"),
    [
        (0, "general"),
        (999_999, "general"),
        (1_000_000, "major"),
        (9_999_999, "major"),
        (10_000_000, "serious"),
        (99_999_999, "serious"),
        (100_000_000, "critical"),
        (1_400_000_000, "critical"),
    ],
)
def test_the_number_of_people_suggests_the_grade(people: int, severity: str) -> None:
    assert suggest_severity(people) == severity


@pytest.mark.parametrize("people", [-1, True, 1.5, "1000000"])
def test_a_count_that_is_no_count_is_refused(people: object) -> None:
    with pytest.raises(UsageError, match="whole number"):
        suggest_severity(people)  # type: ignore[arg-type]


def test_an_override_needs_a_reason() -> None:
    assert chosen_severity(999_999, None, "") == ("general", "general", False)
    assert chosen_severity(999_999, "general", "") == ("general", "general", False)
    for reason in ("", "   "):
        with pytest.raises(UsageError, match="needs a reason") as refused:
            chosen_severity(999_999, "major", reason)
        assert refused.value.code == "incident.override_reason"
    assert chosen_severity(999_999, "major", "含金融账户") == ("general", "major", True)
    with pytest.raises(UsageError):
        chosen_severity(5_000_000, "general", "")  # downgrading too


@pytest.mark.parametrize(("operator", "hours"), [("general", 4), ("cii", 1), ("state", 2)])
def test_the_initial_report_is_due_within_the_operators_deadline(operator: str, hours: int) -> None:
    rules = IncidentRules(operator)
    found = {
        d.what: d
        for d in deadlines(
            REPORTED, "major", "confirmed", regulator_within=rules.regulator_deadline
        )
    }
    initial = found["initial_report"]
    assert initial.due == REPORTED + timedelta(hours=hours) and not initial.met
    assert not initial.overdue(REPORTED + timedelta(hours=hours))
    assert initial.overdue(REPORTED + timedelta(hours=hours, seconds=1))
    assert "closure_report" not in found  # handling has not ended
    filed = deadlines(
        REPORTED, "major", "confirmed", regulator_within=rules.regulator_deadline,
        filed={"initial"},
    )  # fmt: skip
    assert {d.what: d for d in filed}["initial_report"].met


def test_nothing_goes_to_the_regulator_below_major() -> None:
    for severity in (None, "general"):
        found = deadlines(REPORTED, severity, "contained", handling_ended_at=REPORTED)
        assert [d.what for d in found] == ["confirm"]


def test_the_closure_report_is_due_30_days_after_handling_ends() -> None:
    contained = REPORTED + timedelta(hours=6)
    steps = [(REPORTED, "reported"), (REPORTED + timedelta(hours=1), "confirmed"),
             (contained, "contained"), (contained + timedelta(days=2), "closed")]  # fmt: skip
    assert handling_ended(steps) == contained
    assert handling_ended([(REPORTED, "reported"), (contained, "closed")]) == contained
    assert handling_ended([(REPORTED, "reported")]) is None
    closure = {
        d.what: d for d in deadlines(REPORTED, "serious", "closed", handling_ended_at=contained)
    }["closure_report"]
    assert closure.due == contained + timedelta(days=30) and not closure.met
    assert closure.overdue(contained + timedelta(days=30, seconds=1))
    met = deadlines(REPORTED, "serious", "closed", handling_ended_at=contained, filed={"closure"})
    assert {d.what: d for d in met}["closure_report"].met


def test_the_regulators_clock_runs_from_discovery_or_from_the_raise() -> None:
    raised = REPORTED + timedelta(hours=10)
    assert regulator_clock_from(REPORTED, []) == REPORTED
    assert regulator_clock_from(REPORTED, [(REPORTED + timedelta(hours=1), "major")]) == REPORTED
    assert regulator_clock_from(REPORTED, [(REPORTED, "general"), (raised, "serious")]) == raised
    assert regulator_clock_from(REPORTED, [(REPORTED, "general")]) == REPORTED


def test_the_forms_follow_article_7() -> None:
    assert list(REPORT_FIELDS["initial"]) == [
        "unit_system", "occurred_at", "place", "event_type", "impact", "measures",
    ]  # fmt: skip
    assert list(REPORT_FIELDS["supplement"]) == [
        "development", "cause", "further_measures", "scene", "other",
    ]  # fmt: skip
    with pytest.raises(UsageError, match="needs: place"):
        check_form("initial", {k: "x" for k in REPORT_FIELDS["initial"] if k != "place"})
    with pytest.raises(UsageError, match="unknown fields"):
        check_form("supplement", {"cause": "x", "gossip": "y"})
    with pytest.raises(UsageError, match="at least one"):
        check_form("supplement", {"cause": "  "})
    with pytest.raises(UsageError, match="unknown report"):
        check_form("final", {})
    with pytest.raises(UsageError, match="must be text"):
        check_form("supplement", {"cause": 3})
    with pytest.raises(UsageError, match="longer than"):
        check_form("supplement", {"cause": "长" * 2001})
    assert check_form("supplement", {"cause": "钓鱼邮件", "other": ""}) == {"cause": "钓鱼邮件"}
