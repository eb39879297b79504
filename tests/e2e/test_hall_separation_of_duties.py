"""The admin of an enrolled seat tries to give themselves customer access through the hall's
directory (issue 15): with the seat's own staff desk, and with SeatDesk's own modules posting to
the hall directly with the admin's token (so nothing the seat checks is in the way). The hall
refuses each (403 with a code; the seat says it with exit 3), nothing changes, and the hall's
directory_log has the refusal, and the approver of what it let through."""

from __future__ import annotations

import json
from typing import Any

import psycopg
import pytest

from seatdesk.core.errors import AuthenticationError
from seatdesk.link.client import HallRefused
from seatdesk.services import door
from seatdesk.services.approval import ApprovalRefused
from seatdesk.services.countersign import Countersign
from seatdesk.services.directory_sign_in import SeatOnHall
from seatdesk.services.factory import Services
from seatdesk.vault.hall_slots import new_account_keys, password_keys, seal_access
from tests.helpers.hall import RunningHall, enrol_staffed
from tests.helpers.vaults import PASSWORDS, TEST_KDF, StaffedVault, by_officer, session_behind

SHADOW_PW = "Shadow-pass-2026"


@pytest.fixture
def seat(customer_vault: StaffedVault, running_hall: RunningHall) -> StaffedVault:
    enrol_staffed(customer_vault, running_hall, "seat-a")
    return customer_vault


def _opens(seat: StaffedVault, staff_id: str, password: str) -> bool:
    try:
        door.sign_in(seat.runtime, seat.paths, staff_id, password).close()
    except AuthenticationError:
        return False
    return True


def _log(hall: RunningHall) -> list[tuple[str, str, str, str, dict[str, Any]]]:
    with psycopg.connect(hall.dsn) as conn:
        rows = conn.execute(
            "SELECT actor, action, target, outcome, detail FROM directory_log ORDER BY id"
        ).fetchall()
    return [(str(r[0]), str(r[1]), str(r[2]), str(r[3]), json.loads(r[4])) for r in rows]


def _refusals(hall: RunningHall, target: str) -> list[dict[str, Any]]:
    return [
        detail
        for actor, action, on, outcome, detail in _log(hall)
        if (action, on, outcome) == ("approval", target, "denied") and actor == "admin01"
    ]


def test_the_admin_alone_cannot_add_a_supervisor_or_reset_an_agent_at_the_hall(
    seat: StaffedVault, running_hall: RunningHall
) -> None:
    with Services(seat.signed_in("admin01")) as admin:
        with pytest.raises(ApprovalRefused, match=r"creating an account .* --approver ID") as add:
            admin.staff.add("shadow1", "supervisor", "影子", SHADOW_PW, must_change_password=False)
        assert add.value.exit_code == 3
        with pytest.raises(ApprovalRefused, match=r"resetting the password .* --approver ID"):
            admin.staff.set_password("agent01", SHADOW_PW)
        with pytest.raises(ApprovalRefused, match="own request"):
            admin.staff.add(
                "shadow1", "supervisor", "影子", SHADOW_PW,
                countersign=Countersign("admin01", lambda: PASSWORDS["admin01"]),
            )  # fmt: skip
        with pytest.raises(ApprovalRefused, match="approver's staff ID or password is wrong"):
            admin.staff.set_password(
                "agent01", SHADOW_PW, countersign=Countersign("sec01", lambda: "Guessed-2026-pw")
            )
        seat_log = [
            (e.action, e.target, e.outcome) for e in session_behind(admin.who).audit.entries()
        ]
    assert not _opens(seat, "shadow1", SHADOW_PW)
    assert _opens(seat, "agent01", PASSWORDS["agent01"]) and not _opens(seat, "agent01", SHADOW_PW)
    reasons = [d["reason"] for d in _refusals(running_hall, "shadow1")]
    assert reasons == ["approval.needed", "approval.self"]
    (guess,) = _refusals(running_hall, "agent01")[1:]
    assert guess["reason"] == "approval.credentials" and guess["approver"] == "sec01"
    # the guess counted towards the officer's lockout at the hall, as a failed sign-in would
    assert ("sec01", "login.failed", "sec01", "denied", {}) in _log(running_hall)
    assert seat_log.count(("approval", "shadow1", "denied")) == 2  # and the seat's log has it


def test_the_hall_itself_refuses_a_request_that_skips_the_seat(
    seat: StaffedVault, running_hall: RunningHall
) -> None:
    """SeatDesk's own modules, the admin's token, the seat's certificate: no seat check."""
    with Services(seat.signed_in("admin01")) as admin:
        session = session_behind(admin.who)
        access = session.hall_access
        assert access is not None and access.token
        client = SeatOnHall.of(session.runtime, session.paths, session.keyfile).client()
        keys = new_account_keys(access.hall_id, "shadow1", SHADOW_PW, TEST_KDF)
        payload: dict[str, Any] = {
            "token": access.token,
            "staff_id": "shadow1",
            "display_name": "影子",
            "role": "security",
            "must_change_password": False,
            "keys": keys.for_hall(),
            "access": seal_access(access.hall_id, "shadow1", keys.public, access.access_key),
        }
        admin_proof = _proof(client, "admin01", PASSWORDS["admin01"])
        tries = {
            "approval.needed": {},
            "approval.self": {"approval": {"staff_id": "admin01", "proof": admin_proof}},
            "approval.credentials": {"approval": {"staff_id": "sec01", "proof": admin_proof}},
            "approval.role": {"approval": {"staff_id": "agent01", "proof": _agent(client)}},
        }
        for code, extra in tries.items():
            with pytest.raises(HallRefused) as refused:
                client.post("/v1/staff/add", {**payload, **extra})
            assert (refused.value.status, refused.value.refusal) == (403, code)
        # a first-officer code, where an officer exists, whatever the code
        with pytest.raises(HallRefused) as first:
            client.post(
                "/v1/staff/add",
                {**payload, "approval": {"officer_code": running_hall.officer_code()}},
            )
        assert first.value.refusal == "approval.needed"
        # nor may a reset of the agent's password skip the officer
        reset = new_account_keys(access.hall_id, "agent01", SHADOW_PW, TEST_KDF)
        with pytest.raises(HallRefused) as passwd:
            client.post(
                "/v1/staff/passwd",
                {"token": access.token, "staff_id": "agent01", "keys": reset.for_hall(),
                 "access": seal_access(access.hall_id, "agent01", reset.public, access.access_key)},
            )  # fmt: skip
        assert (passwd.value.status, passwd.value.refusal) == (403, "approval.needed")
    assert not _opens(seat, "shadow1", SHADOW_PW) and not _opens(seat, "agent01", SHADOW_PW)
    assert [d["reason"] for d in _refusals(running_hall, "shadow1")] == [*tries, "approval.needed"]


def test_with_an_officers_proof_the_hall_adds_and_resets_and_logs_the_approver(
    seat: StaffedVault, running_hall: RunningHall
) -> None:
    with Services(seat.signed_in("admin01")) as admin:
        admin.staff.add("super02", "supervisor", "新组长", SHADOW_PW, countersign=by_officer())
        admin.staff.set_password("agent01", SHADOW_PW, countersign=by_officer())
        admin.staff.add("admin02", "admin", "管理员二", SHADOW_PW)  # sees no customer data
    assert _opens(seat, "super02", SHADOW_PW) and _opens(seat, "agent01", SHADOW_PW)
    changes = {
        (action, target): detail
        for actor, action, target, outcome, detail in _log(running_hall)
        if actor == "admin01" and outcome == "ok" and action.startswith("staff.")
    }
    assert changes[("staff.add", "super02")]["approver"] == "sec01"
    assert changes[("staff.password", "agent01")]["approver"] == "sec01"
    assert "approver" not in changes[("staff.add", "admin02")]
    assert changes[("staff.add", "sec01")]["approver"] == "officer-code"  # the first officer


def test_an_officer_code_makes_one_first_officer_once(
    seat: StaffedVault, running_hall: RunningHall
) -> None:
    code = running_hall.officer_code()
    with Services(seat.signed_in("admin01")) as admin:
        admin.staff.disable("sec01")  # now the hall has no active officer
        with pytest.raises(ApprovalRefused, match="officer code is not valid"):
            admin.staff.add("sec02", "security", "x", SHADOW_PW,
                            countersign=Countersign(officer_code=lambda: "AAAA-BBBB"))  # fmt: skip
        admin.staff.add(
            "sec02", "security", "x", SHADOW_PW, countersign=Countersign(officer_code=lambda: code)
        )
        admin.staff.disable("sec02")
        with pytest.raises(ApprovalRefused, match="used, or expired"):  # a code serves once
            admin.staff.add("sec03", "security", "x", SHADOW_PW,
                            countersign=Countersign(officer_code=lambda: code))  # fmt: skip
    assert _opens(seat, "sec02", SHADOW_PW) is False  # disabled again
    assert not _opens(seat, "sec03", SHADOW_PW)


def _proof(client: Any, staff_id: str, password: str) -> str:
    kdf = client.post("/v1/staff/kdf", {"staff_id": staff_id})["kdf"]
    return password_keys(staff_id, password, kdf).proof_b64


def _agent(client: Any) -> str:
    return _proof(client, "agent01", PASSWORDS["agent01"])


def test_a_role_change_at_the_hall_needs_an_officer_and_reaches_every_sign_in(
    seat: StaffedVault, running_hall: RunningHall
) -> None:
    """Issue 15: `user role` on an enrolled seat changes the role in the hall's directory."""
    agent = seat.signed_in("agent01")
    agent_session = session_behind(agent)
    assert agent_session.hall_access is not None
    agent_token = agent_session.hall_access.token
    with Services(seat.signed_in("admin01")) as admin:
        with pytest.raises(ApprovalRefused, match="changing the role") as alone:
            admin.staff.set_role("agent01", "supervisor")
        assert alone.value.exit_code == 3 and alone.value.code == "approval.needed"
        # SeatDesk's own modules and the admin's token: the hall itself refuses
        session = session_behind(admin.who)
        access = session.hall_access
        assert access is not None and access.token
        client = SeatOnHall.of(session.runtime, session.paths, session.keyfile).client()
        with pytest.raises(HallRefused) as raw:
            client.post(
                "/v1/staff/role",
                {"token": access.token, "staff_id": "agent01", "role": "supervisor"},
            )
        assert (raw.value.status, raw.value.refusal) == (403, "approval.needed")
        with pytest.raises(HallRefused) as last_admin:
            client.post(
                "/v1/staff/role",
                {"token": access.token, "staff_id": "admin01", "role": "agent"},
            )
        assert last_admin.value.status == 403  # nor their own role
        info = admin.staff.set_role("agent01", "supervisor", countersign=by_officer())
        assert info.role.value == "supervisor"
    # the agent's sign-in ended at the hall; the next one, at any seat, is a supervisor's
    with pytest.raises(HallRefused) as ended:
        client.post("/v1/staff/passwd", {"token": agent_token, "staff_id": "agent01", "keys": {}})
    assert ended.value.status in (400, 401)
    agent.close()
    again = door.sign_in(seat.runtime, seat.paths, "agent01", PASSWORDS["agent01"])
    try:
        assert again.role.value == "supervisor"
    finally:
        again.close()
    changes = [
        (detail.get("from"), detail.get("to"), detail.get("approver"))
        for actor, action, target, outcome, detail in _log(running_hall)
        if (actor, action, target, outcome) == ("admin01", "staff.role", "agent01", "ok")
    ]
    assert changes == [("agent", "supervisor", "sec01")]
    assert [d["reason"] for d in _refusals(running_hall, "agent01")] == [
        "approval.needed",
        "approval.needed",
    ]
