"""Approval requests through a real hall, between two seats: the agent at seat A asks, the
supervisor at seat B sees it (told once), says "on my way", and signs at seat A; a decline's
reason reaches seat A; a request expires by the policy's minutes; the agent cannot list or take
requests (tried as the agent would: the seat's credentials and the agent's token); a request
that needs the security officer is not shown to a supervisor; and no clear customer value
reaches the hall."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from seatdesk.core.clock import FixedClock
from seatdesk.core.errors import PermissionDenied, UsageError
from seatdesk.link.client import HallRefused
from seatdesk.policy.model import TierAccess
from seatdesk.records.customers import load_customer
from seatdesk.services import door
from seatdesk.services.countersign import Countersign
from seatdesk.services.factory import Services
from seatdesk.services.hall_approvals import ApprovalRequest
from seatdesk.services.session import Session
from tests.helpers.hall import RunningHall, enrol_staffed, every_value_in
from tests.helpers.vaults import (
    OFFICER,
    PASSWORDS,
    StaffedVault,
    audit_behind,
    make_staffed_vault,
)

SUPER2 = "super02"
SUPER2_PASSWORD = "Super-two-2026"


def two_seats(vault: StaffedVault, hall: RunningHall, tmp_path: Path) -> StaffedVault:
    office = make_staffed_vault(vault.runtime, tmp_path / "office")
    enrol_staffed(vault, hall, "seat-07")
    enrol_staffed(office, hall, "office-01")
    return office


def in_tier(services: Services, tier: str) -> int:
    return next(m.customer_id for m in map(services.records.match, range(1, 300)) if m.tier == tier)


def clear_mobile(session: Session, customer_id: int) -> str:
    """The customer's stored mobile, read as the seat's supervisor may (the marker to hunt)."""
    row = load_customer(session.db, customer_id, session.opener)
    assert row is not None and row.mobiles
    return row.mobiles[0]


def hall_status(hall: RunningHall, request_id: str) -> str:
    with psycopg.connect(hall.dsn) as conn:
        row = conn.execute(
            "SELECT status FROM approval_requests WHERE request_id = %s", (request_id,)
        ).fetchone()
    assert row is not None
    return str(row[0])


def test_the_agent_asks_the_supervisor_comes_and_signs_at_the_seat(
    customer_vault: StaffedVault, running_hall: RunningHall, tmp_path: Path, clock: FixedClock
) -> None:
    office = two_seats(customer_vault, running_hall, tmp_path)
    session = customer_vault.session("super01")
    try:
        customer = in_tier(Services(customer_vault.signed_in("agent01")), "机密")
        marker = clear_mobile(session, customer)
    finally:
        session.close()
    with (
        Services(customer_vault.signed_in("agent01")) as agent,
        Services(office.signed_in("super01")) as supervisor,
    ):
        assert agent.approvals.available
        need = agent.revealer.ask(customer, "mobile")
        assert need is TierAccess.SUPERVISOR_APPROVAL
        asked = agent.approvals.ask(customer, "mobile", "callback", f"客户报出 {marker}")
        assert asked.status == "open" and asked.needs == "supervisor"
        assert asked.seat_name == "seat-07" and asked.requester == "agent01"
        assert asked.field == "mobile" and asked.tier == "机密" and asked.field_class == "二类"
        assert marker not in asked.reason_note and "客户报出" in asked.reason_note

        (seen,) = supervisor.approvals.open_requests()
        assert seen.request_id == asked.request_id and seen.customer_no == asked.customer_no
        told = [n for n in supervisor.tick(clock.now()).notices if n.kind == "approval.asked"]
        assert [(n.ref, n.who, n.seat) for n in told] == [(asked.request_id, "agent01", "seat-07")]
        clock.advance(minutes=2)
        assert not [n for n in supervisor.tick(clock.now()).notices if n.kind == "approval.asked"]

        taken = supervisor.approvals.take(asked.request_id)
        assert taken.status == "taken" and taken.taken_by == "super01"
        coming = agent.approvals.mine(asked.request_id)
        assert coming.status == "taken" and coming.taken_by_name == "super01"

        # The supervisor has come to seat A: the approval is signed there, as ever.
        approval = agent.approvals.authorise(
            asked.request_id, "super01", PASSWORDS["super01"], need
        )
        value = agent.revealer.reveal(customer, "mobile", "callback", "核对", approval)
        assert marker in value.text
        assert hall_status(running_hall, asked.request_id) == "granted"
        assert agent.approvals.mine(asked.request_id).granted_by == "super01"
        assert supervisor.approvals.open_requests() == []
        entries = audit_behind(agent.who)
        assert not [e for e in entries if marker in e.detail or marker in e.target]
        assert marker not in repr(asked) and marker not in repr(seen)
        actions = [e.action for e in entries]
        assert {"approval.ask", "approval", "approval.granted", "record.reveal"} <= set(actions)
        assert "approval.take" in [e.action for e in audit_behind(supervisor.who)]
    dump = every_value_in(running_hall.dsn)
    assert asked.request_id in dump and marker not in dump
    for path in tmp_path.rglob("*"):  # both seats' folders, the hall's folder and its log
        if path.is_file():
            assert marker.encode() not in path.read_bytes(), path


def test_a_decline_reaches_the_agent_with_its_reason_masked(
    customer_vault: StaffedVault, running_hall: RunningHall, tmp_path: Path
) -> None:
    office = two_seats(customer_vault, running_hall, tmp_path)
    with (
        Services(customer_vault.signed_in("agent01")) as agent,
        Services(office.signed_in("super01")) as supervisor,
    ):
        customer = in_tier(agent, "机密")
        asked = agent.approvals.ask(customer, "mobile", "callback", "回拨")
        with pytest.raises(UsageError):
            supervisor.approvals.decline(asked.request_id, "  ")  # a decline says why
        declined = supervisor.approvals.decline(asked.request_id, "请先核验身份 13912345678")
        assert declined.status == "declined"
        seen = agent.approvals.mine(asked.request_id)
        assert seen.status == "declined" and seen.taken_by == "super01"
        assert "请先核验身份" in seen.decline_reason and "13912345678" not in seen.decline_reason
        with pytest.raises(UsageError) as closed:
            supervisor.approvals.take(asked.request_id)
        assert closed.value.code == "approval.closed"
        assert "13912345678" not in every_value_in(running_hall.dsn)


def test_a_request_expires_after_the_policys_minutes(
    customer_vault: StaffedVault, running_hall: RunningHall, tmp_path: Path, clock: FixedClock
) -> None:
    office = two_seats(customer_vault, running_hall, tmp_path)
    minutes = customer_vault.runtime.policy.approval_request_minutes
    with (
        Services(customer_vault.signed_in("agent01")) as agent,
        Services(office.signed_in("super01")) as supervisor,
    ):
        customer = in_tier(agent, "机密")
        first = agent.approvals.ask(customer, "mobile", "callback", "回拨")
        clock.advance(minutes=minutes - 1)
        assert agent.approvals.mine(first.request_id).status == "open"
        clock.advance(minutes=1)
        assert agent.approvals.mine(first.request_id).status == "expired"
        assert hall_status(running_hall, first.request_id) == "expired"
        # The hall closes one by its own clock too (a seat that went away): its time is past.
        second = agent.approvals.ask(customer, "mobile", "callback", "回拨")
        with psycopg.connect(running_hall.dsn) as conn:
            conn.execute(
                "UPDATE approval_requests SET asked_at = asked_at - interval '1 hour', "
                "expires_at = now() - interval '1 second' WHERE request_id = %s",
                (second.request_id,),
            )
        assert supervisor.approvals.open_requests() == []
        assert hall_status(running_hall, second.request_id) == "expired"
        assert "approval.expired" in [e.action for e in audit_behind(agent.who)]


def test_the_agent_cannot_list_or_take_requests(
    customer_vault: StaffedVault, running_hall: RunningHall, tmp_path: Path
) -> None:
    two_seats(customer_vault, running_hall, tmp_path)
    with Services(customer_vault.signed_in("agent01")) as agent:
        customer = in_tier(agent, "机密")
        asked = agent.approvals.ask(customer, "mobile", "callback", "回拨")
        with pytest.raises(PermissionDenied):
            agent.approvals.open_requests()
        # Past the desk, straight to the route: the seat's own signature, the agent's token.
        session = agent._s
        assert session.hall_access is not None
        token = session.hall_access.token
        client = agent.hall.client()
        with pytest.raises(HallRefused) as listed:
            client.post("/v1/approvals/open", {"token": token})
        assert listed.value.status == 403
        for action in ("take", "decline"):
            with pytest.raises(HallRefused) as taken:
                client.post(
                    "/v1/approvals/step",
                    {"token": token, "request_id": asked.request_id, "action": action,
                     "reason": "x"},
                )  # fmt: skip
            assert taken.value.status == 403
        with pytest.raises(HallRefused) as forged:
            client.post("/v1/approvals/open", {"token": "0" * 43})
        assert forged.value.status == 401
        assert hall_status(running_hall, asked.request_id) == "open"


def test_a_request_for_the_security_officer_is_not_shown_to_a_supervisor_nor_taken_twice(
    customer_vault: StaffedVault, running_hall: RunningHall, tmp_path: Path
) -> None:
    office = two_seats(customer_vault, running_hall, tmp_path)
    with Services(customer_vault.signed_in("admin01")) as admin:
        admin.staff.add(
            SUPER2,
            "supervisor",
            SUPER2,
            SUPER2_PASSWORD,
            must_change_password=False,
            countersign=Countersign(OFFICER, lambda: PASSWORDS[OFFICER]),
        )
    who = door.sign_in(customer_vault.runtime, customer_vault.paths, SUPER2, SUPER2_PASSWORD)
    with Services(who) as super2, Services(office.signed_in("super01")) as supervisor:
        customer = in_tier(super2, "绝密")
        asked = super2.approvals.ask(customer, "mobile", "callback", "回拨")
        assert asked.needs == "security"
        assert supervisor.approvals.open_requests() == []
        with pytest.raises(PermissionDenied) as taken:  # the hall's refusal (403)
            supervisor.approvals.take(asked.request_id)
        assert taken.value.code == "approval.not_yours"
        # Two supervisors, one request: the second is told the first is on the way.
        with Services(customer_vault.signed_in("agent01")) as agent:
            wanted = agent.approvals.ask(in_tier(agent, "机密"), "mobile", "callback", "回拨")
        supervisor.approvals.take(wanted.request_id)
        for step in (super2.approvals.take, lambda r: super2.approvals.decline(r, "忙")):
            with pytest.raises(UsageError) as second:
                step(wanted.request_id)
            assert second.value.code == "approval.taken"
    with Services(office.signed_in("sec01")) as officer:
        listed: list[ApprovalRequest] = officer.approvals.open_requests()
        assert [r.request_id for r in listed] == [asked.request_id]


def test_a_seat_without_a_hall_offers_no_request(customer_vault: StaffedVault) -> None:
    with Services(customer_vault.signed_in("agent01")) as agent:
        assert not agent.approvals.available
        customer = in_tier(agent, "机密")
        with pytest.raises(UsageError, match="no hall") as refused:
            agent.approvals.ask(customer, "mobile", "callback", "回拨")
        assert refused.value.code == "approval.no_hall"
