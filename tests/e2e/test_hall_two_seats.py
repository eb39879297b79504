"""Two seats of one hall: a visitor registered at the supervisor's seat turns the agent's seat
strict within seconds, and back when the visitor signs out; an incident reported at the agent's
seat reaches the hall for the security officer."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from pytestqt.qtbot import QtBot

from seatdesk.core.errors import PermissionDenied
from seatdesk.link.client import HallRefused
from seatdesk.policy.model import TierAccess
from seatdesk.services.factory import Services
from seatdesk.services.strictness import VISITORS
from seatdesk.services.visitors import WatchListBlocked
from tests.helpers.hall import RunningHall, enrol_staffed
from tests.helpers.vaults import StaffedVault, make_staffed_vault, session_behind
from tests.helpers.visitors import VISITOR_ID, admit_visitor, draft_for_check


def enrol(vault: StaffedVault, hall: RunningHall, seat: str) -> None:
    enrol_staffed(vault, hall, seat)


def test_a_visitor_at_one_seat_makes_every_seat_strict(
    qtbot: QtBot, customer_vault: StaffedVault, running_hall: RunningHall, tmp_path: Path
) -> None:
    door_seat = make_staffed_vault(customer_vault.runtime, tmp_path / "door")
    enrol(customer_vault, running_hall, "seat-07")
    enrol(door_seat, running_hall, "door-01")
    with (
        Services(customer_vault.signed_in("agent01")) as agent,
        Services(door_seat.signed_in("super01")) as door,
    ):
        agent.hall_worker.start()
        door.hall_worker.start()
        qtbot.waitUntil(lambda: agent.hall_worker.state.connected, timeout=20000)
        match = next(m for m in map(agent.records.match, range(1, 300)) if m.tier == "秘密")
        assert agent.strict.reasons() == set()
        assert agent.revealer.requirement(match.customer_id, "mobile") is TierAccess.ALLOWED

        visitor = admit_visitor(door.visitors)
        door.hall_worker.wake()
        qtbot.waitUntil(lambda: VISITORS in agent.strict.reasons(), timeout=5000)
        need = agent.revealer.requirement(match.customer_id, "mobile")
        assert need is TierAccess.SUPERVISOR_APPROVAL
        assert agent.hall_worker.state.hall_visitors == 1

        door.visitors.sign_out(visitor.visitor_id, badge_returned=True)
        door.hall_worker.wake()
        qtbot.waitUntil(lambda: not agent.strict.reasons(), timeout=5000)
    with psycopg.connect(running_hall.dsn) as conn:
        left = conn.execute("SELECT count(*) FROM visitors_on_floor").fetchone()
    assert left == (0,)


def test_an_incident_reported_at_a_seat_reaches_the_security_officer_at_another(
    qtbot: QtBot, customer_vault: StaffedVault, running_hall: RunningHall, tmp_path: Path
) -> None:
    office = make_staffed_vault(customer_vault.runtime, tmp_path / "office")
    enrol(customer_vault, running_hall, "seat-07")
    enrol(office, running_hall, "office-01")
    running_hall.stop()  # the reporter is offline: the report waits in the outbox
    with Services(customer_vault.signed_in("agent01")) as agent:
        row = agent.incidents.submit("data_leak", "客户资料出现在外部群", [], anonymous=True)
        assert agent.hall.unsent_incidents() == {row.ref}  # "not yet sent" for the reporter
        running_hall.start()
        agent.hall_worker.start()
        qtbot.waitUntil(lambda: not agent.hall.unsent_incidents(), timeout=20000)
    with Services(office.signed_in("sec01")) as security:
        board = security.incident_board
        assert board.refs() == [row.ref]
        view = board.show(row.ref)
        assert view.anonymous and view.reporter is None  # the hall was never told who
        assert view.seat == "seat-07" and view.deadlines and view.status == "reported"
        board.set_severity(row.ref, "major")
        board.advance(row.ref, "confirmed", "已核实 13912345678")
        assert board.show(row.ref).steps[-1][2:] == ("confirmed", "已核实 139****5678")
        with pytest.raises(HallRefused, match="finding"):
            board.advance(row.ref, "closed")
        board.close(row.ref, "外部群截图来自离职员工", {"kind": "warning", "amount": None})
        pdf = tmp_path / "incident.pdf"
        security.incident_pdf(row.ref, pdf, with_outcome=True)
        local = [e.action for e in session_behind(security.who).audit.entries()]
        assert {"incident.severity", "incident.step", "incident.close", "incident.pdf"} <= set(
            local
        )
    with Services(customer_vault.signed_in("agent01")) as agent:  # the reporter contains later
        agent.incidents.contain(row.ref, locked_seat=True, force_password_change=[])
        agent.hall.sync()
    with Services(office.signed_in("sec01")) as security:
        closed = security.incident_board.show(row.ref)
        assert closed.status == "closed" and closed.containment["locked_seat"] is True
    with Services(office.signed_in("super01")) as supervisor, pytest.raises(PermissionDenied):
        supervisor.incident_board.refs()


def test_a_seat_flagged_by_the_hall_reaches_the_security_officers_desk(
    qtbot: QtBot, customer_vault: StaffedVault, running_hall: RunningHall, tmp_path: Path
) -> None:
    office = make_staffed_vault(customer_vault.runtime, tmp_path / "office")
    enrol(customer_vault, running_hall, "seat-07")
    enrol(office, running_hall, "office-01")
    with Services(office.signed_in("sec01")) as security:
        security.hall_worker.start()
        qtbot.waitUntil(lambda: security.hall_worker.state.connected, timeout=20000)
        assert security.hall_worker.state.alerts == 0
        with Services(customer_vault.signed_in("agent01")) as agent:
            agent.hall.sync()
        session = customer_vault.session("agent01")  # the agent cuts the tail of the log
        try:
            with session.db.transaction():
                session.db.execute("DELETE FROM audit WHERE seq > 3")
        finally:
            session.close()
        with Services(customer_vault.signed_in("agent01")) as agent:
            assert agent.hall.sync().flagged
        qtbot.waitUntil(lambda: security.hall_worker.state.alerts == 1, timeout=5000)


def test_a_watch_list_entry_made_at_one_seat_stops_the_visitor_at_every_door(
    qtbot: QtBot, customer_vault: StaffedVault, running_hall: RunningHall, tmp_path: Path
) -> None:
    door_seat = make_staffed_vault(customer_vault.runtime, tmp_path / "door")
    enrol(customer_vault, running_hall, "office-01")
    enrol(door_seat, running_hall, "door-01")
    with (
        Services(customer_vault.signed_in("sec01")) as security,
        Services(door_seat.signed_in("super01")) as door,
    ):
        door.hall_worker.start()
        qtbot.waitUntil(lambda: door.hall_worker.state.connected, timeout=20000)
        listed = security.visitors.add_watch_by_id("居民身份证", VISITOR_ID, "曾试图拍摄客户资料")
        by_name = security.visitors.add_watch_by_name("陈某某", "某某调查公司", "冒充审计")
        security.hall.sync()

        def blocked() -> bool:
            try:
                admit_visitor(door.visitors)
            except WatchListBlocked:
                return True
            raise AssertionError("admitted although the hall's watch list names the visitor")

        qtbot.waitUntil(
            lambda: door.visitors.check_watch_list(draft_for_check()) != [], timeout=5000
        )
        assert blocked()
        hits = door.visitors.check_watch_list(draft_for_check())
        assert [h.kind for h in hits] == ["id_number"] and hits[0].hall_ref.endswith("W0001")
        assert VISITOR_ID not in str(hits)
        security.visitors.remove_watch(listed.watch_id, "误列")
        security.visitors.remove_watch(by_name.watch_id, "误列")
        security.hall.sync()
        qtbot.waitUntil(
            lambda: door.visitors.check_watch_list(draft_for_check()) == [], timeout=5000
        )
        assert admit_visitor(door.visitors).badge == "V-01"
    with psycopg.connect(running_hall.dsn) as conn:
        rows = conn.execute("SELECT kind, shown, removed_at IS NOT NULL FROM watch_list").fetchall()
    assert sorted(r[0] for r in rows) == ["id_number", "name_org"] and all(r[2] for r in rows)
    assert all(VISITOR_ID not in str(r[1]) for r in rows)
