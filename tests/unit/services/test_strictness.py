"""Strict masking is decided in services and fails closed."""

from __future__ import annotations

import dataclasses
import inspect
from datetime import timedelta

import pytest

from seatdesk.core.clock import FixedClock
from seatdesk.policy.model import Policy, TierAccess
from seatdesk.services.factory import Services
from seatdesk.services.reveal import RevealDesk
from seatdesk.services.strictness import (
    CAPTURE,
    HALL_SILENT,
    NO_HALL,
    VISITORS,
    CaptureState,
    HallSignal,
    StrictMasking,
)
from tests.helpers.vaults import StaffedVault, session_behind
from tests.helpers.visitors import admit_visitor


def test_reveal_has_no_default_that_could_make_it_weaker() -> None:
    parameter = inspect.signature(RevealDesk).parameters["strict"]
    assert parameter.default is inspect.Parameter.empty
    assert parameter.annotation in (StrictMasking, "StrictMasking")


def test_a_register_that_cannot_be_read_counts_as_visitors_present(
    customer_vault: StaffedVault,
) -> None:
    def unreadable() -> bool:
        raise RuntimeError("database is locked")

    with Services(customer_vault.signed_in("agent01")) as services:
        strict = StrictMasking(session_behind(services.who), unreadable, NO_HALL)
        assert strict.reasons() == {VISITORS}


def strict_capture_policy(policy: Policy) -> Policy:
    return dataclasses.replace(
        policy, guards=dataclasses.replace(policy.guards, capture_unprotected="strict")
    )


@pytest.mark.parametrize(
    ("reported", "expected"),
    [
        (None, {CAPTURE}),  # the desk never said: unprotected
        (CaptureState(False, "x11", "no capture exclusion"), {CAPTURE}),
        (CaptureState(True, "windows", ""), set()),
    ],
)
def test_capture_counts_as_unprotected_until_the_desk_reports_otherwise(
    customer_vault: StaffedVault, reported: CaptureState | None, expected: set[str]
) -> None:
    customer_vault.runtime.policy = strict_capture_policy(customer_vault.runtime.policy)
    with Services(customer_vault.signed_in("agent01")) as services:
        if reported is not None:
            services.strict.report_capture(reported)
        assert services.strict.reasons() == expected
        match = next(m for m in map(services.records.match, range(1, 300)) if m.tier == "秘密")
        need = services.revealer.requirement(match.customer_id, "mobile")
        assert need is (TierAccess.SUPERVISOR_APPROVAL if expected else TierAccess.ALLOWED)


def test_every_desk_built_by_the_factory_reveals_strictly_while_a_visitor_is_in(
    customer_vault: StaffedVault,
) -> None:
    """The factory wires the register in: nobody can build a reveal desk that ignores it."""
    with Services(customer_vault.signed_in("agent01")) as services:
        match = next(m for m in map(services.records.match, range(1, 300)) if m.tier == "秘密")
        assert services.revealer.requirement(match.customer_id, "mobile") is TierAccess.ALLOWED
        with Services(customer_vault.signed_in("super01")) as door_keeper:
            admit_visitor(door_keeper.visitors)
        assert services.visitors.present()
        assert services.strict.reasons() == {VISITORS}
        need = services.revealer.requirement(match.customer_id, "mobile")
        assert need is TierAccess.SUPERVISOR_APPROVAL


@pytest.mark.parametrize(
    ("signal", "expected"),
    [
        (HallSignal(enrolled=False), set()),  # no hall: nothing to hear
        (HallSignal(enrolled=True), {HALL_SILENT}),  # not heard since the desk started
        (HallSignal(enrolled=True, last_heard=FixedClock().now()), set()),
        (
            HallSignal(enrolled=True, last_heard=FixedClock().now() - timedelta(seconds=61)),
            {HALL_SILENT},
        ),
        (HallSignal(enrolled=True, last_heard=FixedClock().now(), visitors_in_hall=1), {VISITORS}),
    ],
)
def test_a_silent_hall_or_a_visitor_at_another_seat_makes_the_seat_strict(
    customer_vault: StaffedVault, signal: HallSignal, expected: set[str]
) -> None:
    with Services(customer_vault.signed_in("agent01")) as services:
        strict = StrictMasking(session_behind(services.who), lambda: False, lambda: signal)
        assert strict.reasons() == expected


def test_a_hall_signal_that_cannot_be_read_counts_as_silence(
    customer_vault: StaffedVault,
) -> None:
    def broken() -> HallSignal:
        raise OSError("gone")

    with Services(customer_vault.signed_in("agent01")) as services:
        strict = StrictMasking(session_behind(services.who), lambda: False, broken)
        assert strict.reasons() == {HALL_SILENT}
