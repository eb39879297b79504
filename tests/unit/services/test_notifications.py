"""What the desk tells without being asked (issue 17): a new incident, a deadline gone overdue,
a visitor overstaying; each once, looked at no more than once a minute."""

from __future__ import annotations

from seatdesk.core.clock import FixedClock
from seatdesk.services.factory import Services
from seatdesk.services.incidents import IncidentDesk
from tests.helpers.vaults import StaffedVault
from tests.helpers.visitors import VISITOR_NAME, admit_visitor


def report(vault: StaffedVault, text: str) -> str:
    session = vault.session("agent01")
    try:
        return IncidentDesk(session).submit("suspected_leak", text, []).ref
    finally:
        session.close()


def test_the_officer_hears_of_new_incidents_and_overdue_deadlines_once(
    customer_vault: StaffedVault, clock: FixedClock
) -> None:
    first = report(customer_vault, "疑似截屏")
    with Services(customer_vault.signed_in("sec01")) as officer:
        assert officer.tick().notices == ()  # the incident there at sign-in is not "new"
        second = report(customer_vault, "资料外传")
        assert officer.tick().notices == ()  # looked less than a minute ago
        clock.advance(minutes=2)
        assert [(n.kind, n.ref) for n in officer.tick().notices] == [("incident.new", second)]
        clock.advance(hours=25)  # past the 24 h to confirm either
        overdue = officer.tick().notices
        assert {(n.kind, n.ref, n.what) for n in overdue} == {
            ("incident.overdue", first, "confirm"),
            ("incident.overdue", second, "confirm"),
        }
        clock.advance(minutes=2)
        assert officer.tick().notices == ()  # told once
        assert all(VISITOR_NAME not in n.ref for n in overdue)


def test_the_supervisor_hears_of_a_visitor_overstaying_and_an_agent_of_neither(
    customer_vault: StaffedVault, clock: FixedClock
) -> None:
    report(customer_vault, "疑似截屏")
    with Services(customer_vault.signed_in("super01")) as supervisor:
        visit = admit_visitor(supervisor.visitors)
        assert supervisor.tick().notices == ()
        clock.advance(hours=1, minutes=50)  # an hour expected, and the grace gone (before 20:00)
        notices = supervisor.tick().notices
        assert [(n.kind, n.ref) for n in notices] == [("visitor.overstay", visit.reference)]
    with Services(customer_vault.signed_in("agent01")) as agent:
        assert agent.tick().notices == ()
        clock.advance(hours=30)
        assert agent.tick().notices == ()
