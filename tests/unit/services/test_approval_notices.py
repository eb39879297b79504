"""The approver's notices of approval requests (issue 17): told once; looked at again as soon as
the hall pushes news of a request, else once a minute, also when the hall is out of reach (a
hall that does not answer must not hold up every tick of the desk)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from seatdesk.core.clock import FixedClock
from seatdesk.link.client import HallUnreachable
from seatdesk.services.hall_approvals import ApprovalRequest
from seatdesk.services.hall_incidents import IncidentBoardDesk
from seatdesk.services.notifications import Watcher
from seatdesk.services.session import Session
from seatdesk.services.visitors import VisitorDesk
from tests.helpers.vaults import StaffedVault

REQUEST = ApprovalRequest(
    request_id="AR0000000000000001", seat_id="S1", seat_name="seat-07", requester="agent01",
    requester_name="坐席一", customer_no="C00000006", field="mobile", field_class="二类",
    tier="机密", needs="supervisor", reason_code="callback", reason_note="",
    asked_at="2026-01-01T09:00:00+00:00", expires_at="2026-01-01T09:10:00+00:00",
    status="open",
)  # fmt: skip


class Lister:
    def __init__(self) -> None:
        self.calls = 0
        self.requests: list[ApprovalRequest] = []
        self.reachable = True

    @property
    def available(self) -> bool:
        return True

    def open_requests(self) -> list[ApprovalRequest]:
        self.calls += 1
        if not self.reachable:
            raise HallUnreachable("the hall cannot be reached")
        return self.requests


@pytest.fixture
def opened() -> Iterator[list[Session]]:
    sessions: list[Session] = []
    yield sessions
    for session in sessions:
        session.close()


def watcher(
    vault: StaffedVault, staff_id: str, lister: Lister, events: list[int], opened: list[Session]
) -> Watcher:
    session = vault.session(staff_id)
    opened.append(session)
    return Watcher(
        session,
        session_board,
        lambda: VisitorDesk(session),
        approvals=lambda: lister,
        approval_events=lambda: events[0],
    )


def session_board() -> IncidentBoardDesk:
    raise AssertionError("no incident board in these tests")


def test_told_once_and_looked_at_when_the_hall_pushes_news(
    customer_vault: StaffedVault, clock: FixedClock, opened: list[Session]
) -> None:
    lister, events = Lister(), [0]
    watch = watcher(customer_vault, "super01", lister, events, opened)
    now = clock.now()
    assert watch.look(now) == []
    lister.requests = [REQUEST]
    assert watch.look(now + timedelta(seconds=5)) == []  # no news, within the minute
    events[0] = 1
    (told,) = watch.look(now + timedelta(seconds=10))
    assert (told.kind, told.ref, told.who, told.seat) == (
        "approval.asked", REQUEST.request_id, "坐席一", "seat-07"
    )  # fmt: skip
    events[0] = 2
    assert watch.look(now + timedelta(seconds=15)) == []  # told once
    assert watch.look(now + timedelta(minutes=5)) == []


def test_an_unreachable_hall_is_asked_again_only_a_minute_on(
    customer_vault: StaffedVault, clock: FixedClock, opened: list[Session]
) -> None:
    lister, events = Lister(), [0]
    lister.reachable = False
    watch = watcher(customer_vault, "super01", lister, events, opened)
    now = clock.now()
    for seconds in (0, 5, 10, 30, 55):
        assert watch.look(now + timedelta(seconds=seconds)) == []
    assert lister.calls == 1
    watch.look(now + timedelta(seconds=61))
    assert lister.calls == 2


def test_an_agent_is_told_nothing_of_requests(
    customer_vault: StaffedVault, clock: FixedClock, opened: list[Session]
) -> None:
    lister, events = Lister(), [1]
    lister.requests = [REQUEST]
    watch = watcher(customer_vault, "agent01", lister, events, opened)
    assert watch.look(clock.now()) == [] and lister.calls == 0
