"""Confidentiality training results through a real hall, between two seats: a pass recorded by the
officer at seat A lets the person in at seat B and shows on B's register; a pass lapsed past the
grace days at the hall refuses them at B; an agent posting a result with the seat's credentials
and their own token is refused by the hall; an own assessment at A reaches the hall; and with the
hall away, recording is refused with a clear message and changes nothing."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import psycopg
import pytest
from pytestqt.qtbot import QtBot

from seatdesk.core.errors import PermissionDenied
from seatdesk.link.client import HallRefused, HallUnreachable
from seatdesk.policy.roles import Role
from seatdesk.services.directory_sign_in import SeatOnHall
from seatdesk.services.factory import Services
from seatdesk.services.runtime import Runtime
from seatdesk.services.session import Session
from seatdesk.services.training import (
    TrainingDesk,
    hall_today,
    require_training,
    training_refusal,
)
from seatdesk.services.training_questions import load_answer_key
from seatdesk.vault.keyslots import KeyFile
from tests.helpers.cli import Cli
from tests.helpers.hall import RunningHall, enrol_staffed
from tests.helpers.vaults import (
    OFFICER,
    PASSWORDS,
    StaffedVault,
    by_officer,
    make_staffed_vault,
    session_behind,
)

COURSE = "confidentiality"


def two_seats(staffed: StaffedVault, hall: RunningHall, tmp_path: Path) -> StaffedVault:
    """Seat A (staffed, no training recorded) and seat B, both enrolled with the hall."""
    office = make_staffed_vault(staffed.runtime, tmp_path / "office", record_training=False)
    enrol_staffed(staffed, hall, "seat-07")
    enrol_staffed(office, hall, "office-01")
    return office


@pytest.fixture
def seat_a(runtime: Runtime, tmp_path: Path) -> StaffedVault:
    return make_staffed_vault(runtime, tmp_path / "vault", record_training=False)


def hall_results(hall: RunningHall) -> list[tuple[str, str, int, str]]:
    with psycopg.connect(hall.dsn) as conn:
        rows = conn.execute(
            "SELECT staff_id, course, score, source FROM training_results ORDER BY staff_id"
        ).fetchall()
    return [(str(r[0]), str(r[1]), int(r[2]), str(r[3])) for r in rows]


def record(vault: StaffedVault, staff_id: str, score: int, days_ago: int = 0) -> None:
    officer = vault.session(OFFICER)
    try:
        day = hall_today(officer) - timedelta(days=days_ago)
        TrainingDesk(officer).record(COURSE, day, "王老师", [(staff_id, score)])
    finally:
        officer.close()


def gate(vault: StaffedVault, staff_id: str) -> None:
    session = vault.session(staff_id)
    try:
        require_training(session)
    finally:
        session.close()


def test_a_pass_at_seat_a_opens_seat_b_and_shows_on_its_register(
    seat_a: StaffedVault, running_hall: RunningHall, tmp_path: Path
) -> None:
    office = two_seats(seat_a, running_hall, tmp_path)
    with pytest.raises(PermissionDenied):
        gate(office, "agent01")  # never passed anywhere
    record(seat_a, "agent01", 90)
    assert hall_results(running_hall) == [("agent01", COURSE, 90, "session")]
    gate(office, "agent01")  # let in at seat B
    officer = office.session(OFFICER)
    try:
        people = {p.staff_id: p for p in TrainingDesk(officer).register()}
        assert people["agent01"].allowed
        assert people["agent01"].courses[0].last_passed == hall_today(officer)
        assert not people["super01"].allowed
        # The seat's own vault holds no local result: the standing is the hall's.
        assert officer.db.execute("SELECT count(*) FROM training_results")[0][0] == 0
    finally:
        officer.close()


def test_a_pass_lapsed_past_grace_at_the_hall_is_refused_at_seat_b(
    seat_a: StaffedVault, running_hall: RunningHall, tmp_path: Path
) -> None:
    office = two_seats(seat_a, running_hall, tmp_path)
    rules = seat_a.runtime.policy.training
    record(seat_a, "super01", 95, days_ago=rules.validity_days + rules.grace_days + 1)
    with pytest.raises(PermissionDenied) as refused:
        gate(office, "super01")
    assert refused.value.code == "training.lapsed"


def test_an_agent_cannot_post_results_with_the_seats_credentials(
    seat_a: StaffedVault, running_hall: RunningHall, tmp_path: Path
) -> None:
    two_seats(seat_a, running_hall, tmp_path)
    agent: Session = seat_a.session("agent01")
    try:
        assert agent.hall_access is not None and agent.hall_access.token
        token = agent.hall_access.token
        client = SeatOnHall.of(agent.runtime, agent.paths, KeyFile.load(agent.paths.keys)).client()
        today = hall_today(agent).isoformat()
        until = (hall_today(agent) + timedelta(days=365)).isoformat()

        def forged(staff_id: str) -> dict[str, object]:
            return {"result_id": "TR00112233445566AA", "staff_id": staff_id, "course": COURSE,
                    "held_on": today, "score": 100, "pass_mark": 80, "passed": True,
                    "valid_until": until}  # fmt: skip

        for source, staff_id in (("session", "agent01"), ("import", "agent01"),
                                 ("assessment", "super01")):  # fmt: skip
            with pytest.raises(HallRefused) as refused:
                client.post(
                    "/v1/training/record",
                    {"source": source, "results": [forged(staff_id)], "token": token},
                )
            assert refused.value.status == 403
        with pytest.raises(HallRefused) as refused:  # no token: no sign-in the hall knows
            client.post(
                "/v1/training/record", {"source": "session", "results": [forged("agent01")]}
            )
        assert refused.value.status == 401
    finally:
        agent.close()
    assert hall_results(running_hall) == []


def test_an_own_assessment_at_seat_a_reaches_the_hall(
    seat_a: StaffedVault, running_hall: RunningHall, tmp_path: Path
) -> None:
    office = two_seats(seat_a, running_hall, tmp_path)
    key = load_answer_key(COURSE)
    agent = seat_a.session("agent01")
    try:
        result = TrainingDesk(agent).submit(COURSE, {q.id: q.answer for q in key.questions})
        assert result.passed
        entries = [e for e in list(agent.audit.entries()) if e.action == "training.result"]
        assert [e.target for e in entries] == ["agent01"]
    finally:
        agent.close()
    assert hall_results(running_hall) == [("agent01", COURSE, 100, "assessment")]
    gate(office, "agent01")


def test_with_the_hall_away_recording_is_refused_and_changes_nothing(
    seat_a: StaffedVault, running_hall: RunningHall, tmp_path: Path
) -> None:
    two_seats(seat_a, running_hall, tmp_path)
    officer = seat_a.session(OFFICER)
    try:
        before = len(list(officer.audit.entries()))
        running_hall.stop()
        with pytest.raises(HallUnreachable) as refused:
            TrainingDesk(officer).record(COURSE, hall_today(officer), "王老师", [("agent01", 90)])
        assert "nothing was recorded" in str(refused.value)
        assert refused.value.code == "training.no_hall"
        assert officer.db.execute("SELECT count(*) FROM training_results")[0][0] == 0
        assert officer.db.execute("SELECT count(*) FROM training_sessions")[0][0] == 0
        assert len(list(officer.audit.entries())) == before
    finally:
        officer.close()


def test_a_desk_open_at_seat_b_follows_a_pass_recorded_at_seat_a(
    qtbot: QtBot, seat_a: StaffedVault, running_hall: RunningHall, tmp_path: Path
) -> None:
    office = two_seats(seat_a, running_hall, tmp_path)
    with Services(office.signed_in("agent01")) as agent:
        behind = session_behind(agent.who)
        assert training_refusal(behind, "agent01", Role.AGENT) is not None
        worker = agent.hall_worker
        worker.start()
        qtbot.waitUntil(lambda: worker.state.connected, timeout=20000)
        record(seat_a, "agent01", 88)  # the hall tells every seat; the worker fetches
        qtbot.waitUntil(
            lambda: training_refusal(behind, "agent01", Role.AGENT) is None, timeout=30000
        )


def test_a_hall_person_new_to_both_seats_is_recorded_once_and_listed_at_seat_b(
    seat_a: StaffedVault, running_hall: RunningHall, tmp_path: Path
) -> None:
    office = two_seats(seat_a, running_hall, tmp_path)
    with Services(seat_a.signed_in("admin01")) as admin:
        admin.staff.add(
            "agent02", "agent", "新坐席", "Agent-two-2026", must_change_password=False,
            countersign=by_officer(),
        )  # fmt: skip
    record(seat_a, "agent02", 85)  # never signed in at A: the directory copy knows them
    officer = office.session(OFFICER)
    try:
        people = {p.staff_id: p for p in TrainingDesk(officer).register()}
        assert people["agent02"].display_name == "新坐席" and people["agent02"].allowed
        # The same result posted again (a retry) is kept once.
        access = officer.hall_access
        assert access is not None and access.token
        client = SeatOnHall.of(officer.runtime, officer.paths, officer.keyfile).client()
        with psycopg.connect(running_hall.dsn) as conn:
            row = conn.execute(
                "SELECT result_id, held_on FROM training_results WHERE staff_id = 'agent02'"
            ).fetchone()
        assert row is not None
        again = {"result_id": row[0], "staff_id": "agent02", "course": COURSE,
                 "held_on": row[1].isoformat(), "score": 85, "pass_mark": 80, "passed": True,
                 "valid_until": (row[1] + timedelta(days=365)).isoformat()}  # fmt: skip
        answer = client.post(
            "/v1/training/record", {"source": "session", "results": [again], "token": access.token}
        )
        assert answer == {"stored": 0, "duplicates": 1}
    finally:
        officer.close()
    assert [r[0] for r in hall_results(running_hall)] == ["agent02"]


def test_an_approver_who_passed_at_seat_a_may_sign_at_seat_b(
    seat_a: StaffedVault, running_hall: RunningHall, tmp_path: Path
) -> None:
    office = two_seats(seat_a, running_hall, tmp_path)
    record(seat_a, "super01", 90)
    record(seat_a, "agent01", 90)
    agent = office.session("agent01")  # the agent's sign-in at B fetches the approvers' too
    try:
        assert training_refusal(agent, "super01", Role.SUPERVISOR) is None
    finally:
        agent.close()
    supervisor = office.session("super01")  # an agent's standing is not the supervisor's to see
    try:
        access = supervisor.hall_access
        assert access is not None and access.token
        client = SeatOnHall.of(supervisor.runtime, supervisor.paths, supervisor.keyfile).client()
        answer = client.post("/v1/training/results", {"token": access.token})
        assert {r["staff_id"] for r in answer["results"]} == {"super01"}
    finally:
        supervisor.close()


def test_the_command_line_with_the_hall_away_says_so_and_records_nothing(
    runtime: Runtime, running_hall: RunningHall, tmp_path: Path
) -> None:
    seat = make_staffed_vault(runtime, tmp_path / "cli", "none", record_training=False)
    enrol_staffed(seat, running_hall, "seat-07")
    running_hall.stop()
    cli = Cli(tmp_path / "home", seat.paths.vault)
    refused = cli.as_(
        OFFICER, PASSWORDS[OFFICER], "training", "record", "--course", COURSE,
        "--trainer", "王老师", "--result", "agent01=90", check=1,
    )  # fmt: skip
    assert "nothing was recorded" in refused.stderr and "Traceback" not in refused.stderr
    officer = seat.session(OFFICER)  # offline, from the seat's directory copy
    try:
        for table in ("training_sessions", "training_results"):
            assert officer.db.execute(f"SELECT count(*) FROM {table}")[0][0] == 0
    finally:
        officer.close()
