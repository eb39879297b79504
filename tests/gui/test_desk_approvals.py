"""Approval requests in real desk windows (offscreen), two seats of one real hall: the agent asks
in the authorisation dialog and waits there; the supervisor's desk at the other seat is told
once, lists the request in its Approvals window and says "on my way"; the agent's dialog then
says who is coming, and the supervisor signs in it. A seat without a hall offers no asking."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from seatdesk.core.clock import FixedClock
from seatdesk.services.factory import Services
from seatdesk.ui.approvals_window import ApprovalsWindow
from seatdesk.ui.dialogs import ApprovalDialog, RevealReasonDialog
from seatdesk.ui.main_window import DeskWindow
from tests.helpers.hall import RunningHall, enrol_staffed
from tests.helpers.qt import visible_texts, when_modal
from tests.helpers.translations import english_left
from tests.helpers.vaults import PASSWORDS, StaffedVault, make_staffed_vault


def shows(text: str, chinese: str, english: str) -> bool:
    return chinese in text or english in text


def confidential(window: DeskWindow) -> int:
    records = window.services.records
    return next(m.customer_id for m in map(records.match, range(1, 300)) if m.tier == "机密")


def give_reason(then: object) -> object:
    def reason(dialog: QDialog) -> None:
        assert isinstance(dialog, RevealReasonDialog)
        dialog.reason.setCurrentIndex(0)
        dialog.note.setText("客户要求回拨")
        dialog.accept()
        when_modal(then)  # type: ignore[arg-type]

    return reason


@pytest.mark.usefixtures("chinese")
def test_the_agent_asks_in_the_dialog_and_the_supervisor_comes_from_another_seat(
    qtbot: QtBot,
    customer_vault: StaffedVault,
    running_hall: RunningHall,
    tmp_path: Path,
    clock: FixedClock,
) -> None:
    office = make_staffed_vault(customer_vault.runtime, tmp_path / "office")
    enrol_staffed(customer_vault, running_hall, "seat-07")
    enrol_staffed(office, running_hall, "office-01")
    agent = DeskWindow(customer_vault.signed_in("agent01"), "zh_CN")
    supervisor = DeskWindow(office.signed_in("super01"), "zh_CN")
    for window in (agent, supervisor):
        qtbot.addWidget(window)
    seen: dict[str, str] = {}
    english: dict[str, list[str]] = {}

    def ask_and_wait(dialog: QDialog) -> None:
        try:
            steps(dialog)
        except Exception as exc:  # said after the dialog is closed (a failure must not hang)
            seen["failed"] = repr(exc)
            dialog.reject()

    def steps(dialog: QDialog) -> None:
        assert isinstance(dialog, ApprovalDialog) and dialog.ask_panel is not None
        panel = dialog.ask_panel
        panel.ask_button.click()
        assert panel.open_request is not None and not panel.ask_button.isVisible()
        seen["waiting"] = panel.state.text()
        english["dialog"] = english_left(visible_texts(dialog))

        # At seat B: the supervisor's desk hears of it from the hall, is told once, lists it.
        def told() -> list[str]:
            supervisor.tick()
            return [t for t in supervisor.notifier.shown if shows(t, "请求复核", "asks for an")]

        qtbot.waitUntil(lambda: bool(told()), timeout=20000)
        assert len(told()) == 1 and "seat-07" in told()[0] and "agent01" in told()[0]
        clock.advance(minutes=2)  # past the once-a-minute look: still told only once
        agent.idle.touch()  # (the agent is at the seat, waiting: no idle lock)
        supervisor.idle.touch()
        supervisor.tick()
        assert len([t for t in supervisor.notifier.shown if "seat-07" in t]) == 1
        supervisor.open_approvals()
        board = supervisor.approvals_window
        assert isinstance(board, ApprovalsWindow) and board.model.row_total() == 1
        assert board.model.cells(0)[1] == "seat-07"
        english["board"] = english_left(visible_texts(board))
        board.take_button.click()
        assert shows(board.model.cells(0)[7], "super01", "super01")
        # At seat A: the dialog, refreshed, says who is coming; they sign here.
        panel.refresh()
        seen["coming"] = panel.state.text()
        dialog.staff_id.setText("super01")
        dialog.password.setText(PASSWORDS["super01"])
        dialog.try_authorise()

    try:
        customer = confidential(agent)
        agent.show_customer(customer)
        when_modal(give_reason(ask_and_wait))  # type: ignore[arg-type]
        view = agent.reveal_field("mobile")
        assert "failed" not in seen, seen
        assert view is not None and view.active, agent.notice.text()
        assert english == {"dialog": [], "board": []}  # the desk's language only
        assert shows(seen["waiting"], "等待", "waiting")
        assert "super01" in seen["coming"] and shows(seen["coming"], "正在前来", "is coming")
        with psycopg.connect(running_hall.dsn) as conn:
            rows = conn.execute("SELECT status, granted_by FROM approval_requests").fetchall()
        assert rows == [("granted", "super01")]
        board = supervisor.approvals_window
        assert board is not None
        # The hall pushes the news of the grant; the supervisor's tick lists again.
        qtbot.waitUntil(lambda: (supervisor.tick(), board.model.row_total() == 0)[1], timeout=20000)
    finally:
        supervisor.close()
        agent.close()


def test_a_decline_in_the_approvals_window_reaches_the_agents_dialog(
    qtbot: QtBot, customer_vault: StaffedVault, running_hall: RunningHall, tmp_path: Path
) -> None:
    office = make_staffed_vault(customer_vault.runtime, tmp_path / "office")
    enrol_staffed(customer_vault, running_hall, "seat-07")
    enrol_staffed(office, running_hall, "office-01")
    agent = DeskWindow(customer_vault.signed_in("agent01"), "zh_CN")
    qtbot.addWidget(agent)
    seen: dict[str, str] = {}

    def ask_and_be_declined(dialog: QDialog) -> None:
        try:
            assert isinstance(dialog, ApprovalDialog) and dialog.ask_panel is not None
            panel = dialog.ask_panel
            panel.ask_button.click()
            with Services(office.signed_in("super01")) as supervisor:
                board = ApprovalsWindow(supervisor, "zh_CN")
                qtbot.addWidget(board)
                board.decline_button.click()  # no reason: refused, said
                seen["no_reason"] = board.error.text()
                board.reason.setText("请先核验来电身份")
                board.decline_button.click()
                seen["left"] = str(board.model.row_total())
                board.close()
            panel.refresh()
            seen["declined"] = panel.state.text()
            seen["ask_again"] = str(panel.ask_button.isVisible())
        finally:
            dialog.reject()

    try:
        agent.show_customer(confidential(agent))
        when_modal(give_reason(ask_and_be_declined))  # type: ignore[arg-type]
        assert agent.reveal_field("mobile") is None
        assert "approval.decline_reason" in seen["no_reason"] and seen["left"] == "0"
        assert "请先核验来电身份" in seen["declined"] and "super01" in seen["declined"]
        assert seen["ask_again"] == "True"
        with psycopg.connect(running_hall.dsn) as conn:
            rows = conn.execute("SELECT status, decline_reason FROM approval_requests").fetchall()
        assert rows == [
            ("declined", "请先核验来电身份")
        ]  # closing the dialog after changes nothing
    finally:
        agent.close()


def test_closing_the_dialog_withdraws_the_request(
    qtbot: QtBot, customer_vault: StaffedVault, running_hall: RunningHall
) -> None:
    enrol_staffed(customer_vault, running_hall, "seat-07")
    agent = DeskWindow(customer_vault.signed_in("agent01"), "zh_CN")
    qtbot.addWidget(agent)

    def ask_then_close(dialog: QDialog) -> None:
        assert isinstance(dialog, ApprovalDialog) and dialog.ask_panel is not None
        dialog.ask_panel.ask_button.click()
        dialog.reject()

    try:
        agent.show_customer(confidential(agent))
        when_modal(give_reason(ask_then_close))  # type: ignore[arg-type]
        assert agent.reveal_field("mobile") is None
        with psycopg.connect(running_hall.dsn) as conn:
            rows = conn.execute("SELECT status FROM approval_requests").fetchall()
        assert rows == [("cancelled",)]
    finally:
        agent.close()


def test_a_seat_without_a_hall_offers_only_the_signature_at_the_seat(
    qtbot: QtBot, customer_vault: StaffedVault
) -> None:
    agent = DeskWindow(customer_vault.signed_in("agent01"), "zh_CN")
    qtbot.addWidget(agent)
    found: list[object] = []

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, ApprovalDialog)
        found.append(dialog.ask_panel)
        dialog.reject()

    try:
        agent.show_customer(confidential(agent))
        when_modal(give_reason(look))  # type: ignore[arg-type]
        assert agent.reveal_field("mobile") is None
        assert found == [None]
        assert not any(a.name == "open_approvals" for a in agent.menu.actions)
    finally:
        agent.close()
    with Services(customer_vault.signed_in("super01")) as supervisor:
        assert not supervisor.approvals.available
