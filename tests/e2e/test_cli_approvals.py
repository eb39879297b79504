"""`seatdesk approvals list` as real processes against a real hall: a supervisor sees the hall's
open requests for their role (none, then one), and the agent is refused with exit 3."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg

from tests.e2e.test_hall_cli import new_seat
from tests.helpers.cli import ADMIN_PW, AGENT_PW, SEC_PW, Cli
from tests.helpers.hall import RunningHall

SUPER_PW = "Super-pass-2026"
OFFICER_PW = "Secur-own-pass-2027"


def staffed_seat(hall: RunningHall, tmp_path: Path) -> tuple[Cli, str]:
    seat = new_seat(tmp_path)
    enrolled = seat.run(
        "hall", "enrol", "--vault", str(seat.vault), "--as", "admin01", "--hall", hall.url,
        "--seat", "seat-07", "--json", password=ADMIN_PW,
        env_extra={"SEATDESK_ENROL_CODE": hall.code("seat-07")},
    )  # fmt: skip
    seat_id = str(json.loads(enrolled.stdout)["seat_id"])
    add = ("user", "add", "--vault", str(seat.vault), "--as", "admin01")
    seat.run(
        *add, "sec01", "--role", "security", "--first-officer", password=ADMIN_PW,
        new_password=SEC_PW, env_extra={"SEATDESK_OFFICER_CODE": hall.officer_code()},
    )  # fmt: skip
    seat.run(  # an officer approves only once they chose their own password
        "user", "passwd", "--vault", str(seat.vault), "--as", "sec01", password=SEC_PW,
        new_password=OFFICER_PW,
    )  # fmt: skip
    for staff_id, role, password in (("super01", "supervisor", SUPER_PW),
                                     ("agent01", "agent", AGENT_PW)):  # fmt: skip
        seat.run(
            *add, staff_id, "--role", role, "--approver", "sec01", password=ADMIN_PW,
            new_password=password, env_extra={"SEATDESK_APPROVER_PASSWORD": OFFICER_PW},
        )  # fmt: skip
    return seat, seat_id


def test_approvals_list_for_the_supervisor_and_refused_to_the_agent(
    running_hall: RunningHall, tmp_path: Path
) -> None:
    seat, seat_id = staffed_seat(running_hall, tmp_path / "a")
    none = seat.as_("super01", SUPER_PW, "approvals", "list")
    assert "(no open request)" in none.stdout
    with psycopg.connect(running_hall.dsn) as conn:  # as the hall keeps an agent's request
        conn.execute(
            "INSERT INTO approval_requests(request_id, seat_id, requester, requester_name, "
            "customer_no, field, field_class, tier, needs, reason_code, reason_note, asked_at, "
            "expires_at) VALUES ('AR0000000000000001', %s, 'agent01', 'agent01', 'C00000006', "
            "'mobile', '二类', '机密', 'supervisor', 'callback', '', now(), "
            "now() + interval '10 minutes')",
            (seat_id,),
        )
    listed = json.loads(seat.as_("super01", SUPER_PW, "approvals", "list", "--json").stdout)
    assert [(r["request_id"], r["seat_name"], r["status"]) for r in listed] == [
        ("AR0000000000000001", "seat-07", "open")
    ]
    text = seat.as_("super01", SUPER_PW, "approvals", "list").stdout
    assert "AR0000000000000001" in text and "C00000006" in text and "waiting" in text
    refused = seat.as_("agent01", AGENT_PW, "approvals", "list", check=3)
    assert "Traceback" not in refused.stderr and "approve" in refused.stderr
