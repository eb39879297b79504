"""The hall for real: PostgreSQL started by the tests, `seatdesk hall init|code|serve|verify` as
processes, TLS 1.3, and seats enrolled and synced through the project's own services."""

from __future__ import annotations

import json
import shutil

import psycopg
import pytest

from seatdesk.link.client import HallRefused
from seatdesk.services.factory import Services
from tests.helpers.hall import RunningHall, enrol_staffed
from tests.helpers.vaults import PASSWORDS, StaffedVault, make_staffed_vault, session_behind


def enrol(vault: StaffedVault, hall: RunningHall, seat: str = "seat-07") -> str:
    return enrol_staffed(vault, hall, seat)


def sync(vault: StaffedVault, staff_id: str = "agent01"):  # type: ignore[no-untyped-def]
    with Services(vault.signed_in(staff_id)) as services:
        return services.hall.sync()


def verdicts(hall: RunningHall, check: int) -> dict[str, dict[str, object]]:
    return {v["name"]: v for v in json.loads(hall.verify(check=check).stdout)}


def test_a_seat_enrols_once_and_its_audit_reaches_the_hall(
    customer_vault: StaffedVault, running_hall: RunningHall
) -> None:
    seat_id = enrol(customer_vault, running_hall)
    assert seat_id.startswith("S")
    first = sync(customer_vault)
    assert first.stored == first.sent > 0 and not first.flagged
    assert first.acked_seq == first.hall_head_seq
    again = sync(customer_vault)  # the sign-in of this sync is new; nothing else is resent
    assert again.stored == again.sent and again.duplicates == 0
    with psycopg.connect(running_hall.dsn) as conn:
        stored = conn.execute(
            "SELECT count(*), max(seq) FROM audit WHERE seat_id = %s", (seat_id,)
        ).fetchone()
        events = [r[0] for r in conn.execute("SELECT action FROM events ORDER BY id")]
    assert stored is not None and stored[0] == stored[1] == again.hall_head_seq
    assert "seat.enrolled" in events
    assert verdicts(running_hall, check=0)["seat-07"]["ok"] is True
    with Services(customer_vault.signed_in("sec01")) as security:
        status = security.hall.status()
        local = [e.action for e in session_behind(security.who).audit.entries()]
    assert status.reachable and status.seat_id == seat_id and not status.flagged
    assert "hall.enrol" in local


def test_an_enrolment_code_works_once(
    customer_vault: StaffedVault, running_hall: RunningHall, tmp_path
) -> None:
    other_seat = make_staffed_vault(customer_vault.runtime, tmp_path / "seat-08")
    code = running_hall.code("seat-07")
    with Services(customer_vault.signed_in("admin01")) as admin:
        admin.hall.enrol(running_hall.url, code, "seat-07", password=PASSWORDS["admin01"])
    with Services(other_seat.signed_in("admin01")) as other, pytest.raises(HallRefused) as no:
        other.hall.enrol(running_hall.url, code, "seat-07", password=PASSWORDS["admin01"])
    assert no.value.status == 403 and code not in str(no.value)


@pytest.mark.parametrize("attack", ["rewrite", "truncate", "restore_old_copy"])
def test_an_agent_who_tampers_with_their_own_log_is_flagged_at_the_next_sync(
    customer_vault: StaffedVault, running_hall: RunningHall, attack: str, tmp_path
) -> None:
    enrol(customer_vault, running_hall)
    with Services(customer_vault.signed_in("agent01")) as agent:
        records = agent.records
        for customer_no in ("C00000001", "C00000002", "C00000003"):
            records.view(records.find(customer_no)[0].customer_id)
        agent.hall.sync()
    old_copy = tmp_path / "old"
    if attack == "restore_old_copy":
        old_copy.mkdir()
        for path in customer_vault.paths.vault.parent.iterdir():
            shutil.copy2(path, old_copy / path.name)
        with Services(customer_vault.signed_in("agent01")) as agent:
            agent.records.view(agent.records.find("C00000004")[0].customer_id)
            agent.hall.sync()
        for path in old_copy.iterdir():
            shutil.copy2(path, customer_vault.paths.vault.parent / path.name)
    else:
        # The agent, with their own password and SeatDesk's own modules, edits the log.
        session = customer_vault.session("agent01")
        try:
            views = [e.seq for e in session.audit.entries() if e.action == "record.view"]
            with session.db.transaction():
                session.db.execute("DELETE FROM audit WHERE seq >= ?", (views[0],))
                if attack == "rewrite":  # ...and writes a clean-looking chain in its place
                    session.audit.append("agent01", "record.search", detail={"count": 0})
        finally:
            session.close()
    result = sync(customer_vault)
    assert result.flagged, attack
    assert verdicts(running_hall, check=1)["seat-07"]["flagged"]
    with Services(customer_vault.signed_in("sec01")) as security:
        status = security.hall.status()
    assert status.flagged and status.flag_reason
    with psycopg.connect(running_hall.dsn) as conn:
        alerts = conn.execute("SELECT kind FROM alerts").fetchall()
    assert alerts == [("audit.diverged",)]


def test_the_service_role_may_insert_audit_but_never_change_it(
    customer_vault: StaffedVault, running_hall: RunningHall
) -> None:
    enrol(customer_vault, running_hall)
    sync(customer_vault)
    with psycopg.connect(running_hall.dsn, autocommit=True) as conn:
        conn.execute("SET ROLE seatdesk_hall")
        for statement in (
            "UPDATE audit SET actor = 'someone' WHERE seq = 1",
            "DELETE FROM audit WHERE seq = 1",
            "TRUNCATE audit",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
        conn.execute("RESET ROLE")  # the owner: the trigger refuses it too
        for statement in ("UPDATE audit SET actor = 'x' WHERE seq = 1", "DELETE FROM audit"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="append-only"):
                conn.execute(statement)
        count = conn.execute("SELECT count(*) FROM audit").fetchone()
    assert count is not None and count[0] > 0
