"""Nothing protected reaches the hall in clear. A seat does a day's work on a caller — a screen
pop, a view, a verify, a timed reveal of the mobile, an incident whose description and workflow
notes quote the caller's numbers, name, address and e-mail — and syncs; then every row of every
table of the hall's database is read back as text and searched for the caller's values."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from seatdesk.services.factory import Services
from tests.helpers.demo import CALLER, MOBILE
from tests.helpers.hall import RunningHall, enrol_staffed, every_value_in
from tests.helpers.vaults import StaffedVault


def test_the_hall_holds_no_protected_value_in_clear(
    qtbot: QtBot, customer_vault: StaffedVault, running_hall: RunningHall
) -> None:
    enrol_staffed(customer_vault, running_hall, "seat-07")
    with Services(customer_vault.signed_in("agent01")) as agent:
        agent.start_hall_link()  # an enrolled seat that has not heard its hall is strict
        qtbot.waitUntil(lambda: agent.hall_worker.state.connected, timeout=20000)
        (match,) = agent.calls.start(MOBILE)
        customer_id = match.customer_id
        agent.calls.bind(customer_id)
        agent.records.view(customer_id)
        agent.verifier.verify(customer_id, "id_number", CALLER["id_number"][-6:], "last6")
        agent.revealer.reveal(customer_id, "mobile", "callback", f"回拨 {CALLER['name']} {MOBILE}")
        row = agent.incidents.submit(
            "data_leak",
            f"客户 {CALLER['name']} 的号码 {MOBILE} 和证件 {CALLER['id_number']} 出现在外部群",
            [CALLER["customer_no"]],
        )
        agent.calls.end()
        agent.hall.sync()
    with Services(customer_vault.signed_in("sec01")) as security:
        board = security.incident_board
        board.refs()
        # The security officer's seat has none of the caller open: the incident names them.
        quoted = f"{CALLER['name']} {CALLER['address']} {CALLER['email']}"
        board.advance(row.ref, "confirmed", f"已联系客户 {quoted} {MOBILE}")
        board.fill_checklist(row.ref, {"contact": quoted})
        security.hall.sync()
    held = every_value_in(running_hall.dsn)
    assert CALLER["customer_no"] in held  # the work did reach the hall
    for name, value in {
        "mobile": MOBILE,
        "id_number": CALLER["id_number"],
        "name": CALLER["name"],
        "bank_card": CALLER["bank_card"],
        "email": CALLER["email"],
        "address": CALLER["address"],
    }.items():
        if value and len(value) > 1:
            leaks = [line[:80] for line in held.splitlines() if value in line]
            assert not leaks, (name, leaks)
