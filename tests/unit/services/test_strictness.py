"""Strict masking is decided in services and fails closed."""

from __future__ import annotations

import dataclasses
import inspect
from datetime import timedelta

import pytest

from seatdesk.policy.model import Policy, TierAccess
from seatdesk.records.validation import resident_id_check_char
from seatdesk.services.factory import Services
from seatdesk.services.reveal import RevealDesk
from seatdesk.services.strictness import CAPTURE, VISITORS, CaptureState, StrictMasking
from seatdesk.services.visitors import Acknowledgement, Arrival, VisitorDesk, VisitorDraft
from tests.conftest import StaffedVault, session_behind


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
        strict = StrictMasking(session_behind(services.who), unreadable)
        assert strict.reasons() == {VISITORS}


def admit_visitor(desk: VisitorDesk) -> None:
    """A walk-in at the hall door, registered by a supervisor as the register's form does."""
    body = "11010519880512345"
    draft = VisitorDraft(
        name="欧阳明月",
        id_type="居民身份证",
        id_number=body + resident_id_check_char(body),
        organisation="华信网络设备有限公司",
        purpose="交换机例行维护",
        host="super01",
        approver="sec01",
        approval_ref="OA-2026-0107",
        mobile="13987654321",
    )
    arrival = Arrival(
        badge="V-01",
        expected_departure=desk.now() + timedelta(hours=1),
        acknowledgement=Acknowledgement.typed("欧阳明月"),
        escort="super01",
        devices=("phone",),
        held_at_door=False,
    )
    desk.register_walk_in(draft, arrival)


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
