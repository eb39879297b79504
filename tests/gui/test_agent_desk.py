"""The agent desk with real widgets (offscreen) and an injected clock: screen pop from a real
`seatdesk pop` process, verify, timed reveal with seat authorisation, idle lock, watermark,
agreement gate, and the audit entry of each."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog
from pytestqt.qtbot import QtBot

from seatdesk.core.clock import FixedClock
from seatdesk.services.agreement import acknowledgement_due
from seatdesk.services.factory import Services
from seatdesk.services.session import Session
from seatdesk.ui.desk_app import connect_pop_server, pass_gates
from seatdesk.ui.dialogs import AgreementDialog, ApprovalDialog, RevealReasonDialog, VerifyDialog
from seatdesk.ui.incident_dialog import ContainmentDialog, IncidentDialog
from seatdesk.ui.main_window import DeskWindow
from seatdesk.ui.pop_server import PopServer
from seatdesk.ui.revealed_value import RevealedValueView
from tests.helpers.demo import CALLER, MOBILE, ROWS
from tests.helpers.pop import finish_ok, start_pop
from tests.helpers.qt import visible_texts, when_modal
from tests.helpers.vaults import (
    PASSWORDS,
    StaffedVault,
    audit_behind,
    make_staffed_vault,
    session_behind,
)

CONFIDENTIAL = next(r for r in ROWS if r["tier"] == "机密" and r["mobile"])


@pytest.fixture
def desk(qtbot: QtBot, customer_vault: StaffedVault) -> Iterator[DeskWindow]:
    window = DeskWindow(customer_vault.signed_in("agent01"), "zh_CN")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def actions(session: Session) -> list[str]:
    return [e.action for e in session.audit.entries()]


def test_screen_pop_from_a_real_seatdesk_pop_process(qtbot: QtBot, desk: DeskWindow) -> None:
    server = PopServer()
    assert server.start()
    connect_pop_server(server, desk)
    try:
        with qtbot.waitSignal(desk.record_shown, timeout=15000) as shown:
            proc = start_pop(f"+86 {MOBILE}")
        finish_ok(qtbot, proc)
        record = shown.args[0]
        assert record.customer_no == CALLER["customer_no"]
        assert desk.calls.is_on_call_with(record.customer_id)
        bar = desk.call_label.text()
        assert f"{MOBILE[:3]}****{MOBILE[-4:]}" in bar and MOBILE not in bar
        proc = start_pop("--end")
        qtbot.waitUntil(lambda: desk.calls.active is None, timeout=15000)
        finish_ok(qtbot, proc)
    finally:
        server.close()
    assert {"call.start", "call.bind", "record.search", "record.view", "call.end"} <= set(
        actions(session_behind(desk.who))
    )
    assert all(MOBILE not in e.detail for e in audit_behind(desk.who))


def test_unknown_caller_shows_new_caller(desk: DeskWindow) -> None:
    desk.on_pop("13000000000")
    assert "新来电" in desk.card.hint.text() or "New caller" in desk.card.hint.text()
    assert desk.calls.active is not None and desk.calls.active.customer_id is None


def test_verify_dialog_shows_only_match_and_locks_after_three(
    qtbot: QtBot, desk: DeskWindow
) -> None:
    desk.on_pop(MOBILE)
    record = desk.card.record
    assert record is not None
    dialog = VerifyDialog(record, desk.verifier, "zh_CN", "id_number", desk)
    qtbot.addWidget(dialog)
    dialog.show()  # Enter presses the shown dialog's default button
    qtbot.waitExposed(dialog)
    dialog.mode.setCurrentIndex(dialog.mode.findData("last6"))
    qtbot.keyClicks(dialog.answer, CALLER["id_number"][-6:])
    qtbot.keyClick(dialog.answer, Qt.Key.Key_Return)
    assert dialog.outcome is not None and dialog.outcome.matched
    assert "一致" in dialog.verdict.text() or "Match" in dialog.verdict.text()
    assert dialog.answer.text() == ""  # the typed value does not stay on screen
    for _ in range(2):
        qtbot.keyClicks(dialog.answer, "000000")
        qtbot.keyClick(dialog.answer, Qt.Key.Key_Return)
    assert not dialog.outcome.matched and dialog.outcome.locked
    assert not dialog.check_button.isEnabled()
    verifies = [e for e in audit_behind(desk.who) if e.action == "record.verify"]
    assert [e.outcome for e in verifies] == ["match", "no_match", "no_match"]
    assert all(CALLER["id_number"][-6:] not in e.detail for e in verifies)


def test_reveal_counts_down_remasks_and_leaks_nowhere(
    qtbot: QtBot, desk: DeskWindow, clock: FixedClock
) -> None:
    desk.on_pop(MOBILE)

    def give_reason(dialog: QDialog) -> None:
        assert isinstance(dialog, RevealReasonDialog)
        dialog.accept()

    when_modal(give_reason)
    view = desk.reveal_field("name")
    assert isinstance(view, RevealedValueView) and view.active
    assert desk.card.revealed["name"] is view and not desk.card.value_labels["name"].isVisible()
    secret = CALLER["name"]
    # Nothing readable carries the revealed value: labels, tooltips, accessibility, selection.
    assert not any(secret in text for text in visible_texts(desk))
    assert secret not in desk.windowTitle()
    assert QApplication.clipboard().text() == ""
    assert view.seconds_left == 15
    clock.advance(seconds=9)
    view.tick()
    assert view.seconds_left == 6
    clock.advance(seconds=6)
    with qtbot.waitSignal(view.expired, timeout=2000):
        pass
    assert "name" not in desk.card.revealed
    assert desk.card.value_labels["name"].isVisible()
    assert "*" in desk.card.value_labels["name"].text()
    entry = [e for e in audit_behind(desk.who) if e.action == "record.reveal"][-1]
    assert entry.outcome == "ok" and json.loads(entry.detail)["on_call"] is True


def test_confidential_customer_needs_a_supervisor_at_the_seat(
    qtbot: QtBot, desk: DeskWindow
) -> None:
    customer_id = desk.records.find(CONFIDENTIAL["customer_no"])[0].customer_id
    desk.show_customer(customer_id)
    steps: list[str] = []

    def reason(dialog: QDialog) -> None:
        assert isinstance(dialog, RevealReasonDialog)
        dialog.reason.setCurrentIndex(0)  # off the call nothing is preselected (issue 19.7)
        dialog.note.setText("客户投诉需要核对")
        dialog.accept()
        when_modal(wrong_then_right)

    def wrong_then_right(dialog: QDialog) -> None:
        assert isinstance(dialog, ApprovalDialog)
        dialog.staff_id.setText("super01")
        dialog.password.setText("Wrong-pass-2026")
        dialog.try_authorise()
        steps.append(dialog.error.text())
        dialog.password.setText(PASSWORDS["super01"])
        dialog.try_authorise()

    when_modal(reason)
    view = desk.reveal_field("name")
    assert view is not None and view.active
    assert steps and steps[0]  # the wrong password was refused with a message
    reveal = [e for e in audit_behind(desk.who) if e.action == "record.reveal"][-1]
    detail = json.loads(reveal.detail)
    assert reveal.actor == "agent01" and detail["approver"] == "super01"
    assert detail["flag"] == "off_call"
    outcomes = [
        e.outcome for e in audit_behind(desk.who) if e.action == "approval" and e.actor == "agent01"
    ]
    assert outcomes == ["denied", "ok"]


def test_idle_lock_leaves_nothing_on_screen_and_unlock_needs_the_password(
    qtbot: QtBot, desk: DeskWindow, clock: FixedClock
) -> None:
    desk.on_pop(MOBILE)
    record = desk.card.record
    assert record is not None
    masked_name = record.field("name").text
    # During a call the lock waits for the call limit (issue 19.5), then locks as usual.
    clock.advance(seconds=desk.who.policy.limits.idle_lock_during_call_seconds - 1)
    desk.idle.check()
    assert not desk.is_locked
    clock.advance(seconds=2)
    with qtbot.waitSignal(desk.locked_changed, timeout=3000):
        desk.idle.check()
    assert desk.is_locked
    texts = visible_texts(desk)
    for value in (CALLER["customer_no"], masked_name, MOBILE[-4:]):
        assert not any(value in text for text in texts), value
    assert desk.results.rowCount() == 0 and desk.card.record is None
    # The lock screen keeps the incident entry point.
    assert desk.lock_screen.findChild(QAbstractButton, "lockReportButton").isVisible()
    assert not desk.try_unlock("Wrong-pass-2026")
    assert desk.is_locked and desk.lock_screen.error.text()
    assert desk.try_unlock(PASSWORDS["agent01"])
    assert not desk.is_locked and desk.card.record is not None  # the live call comes back
    tail = [(e.action, e.outcome) for e in audit_behind(desk.who)][-6:]
    assert ("desk.lock", "ok") in tail and ("desk.unlock", "denied") in tail
    assert ("desk.unlock", "ok") in tail


def test_ctrl_l_locks(qtbot: QtBot, desk: DeskWindow) -> None:
    desk.on_pop(MOBILE)
    qtbot.keyClick(desk, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert desk.is_locked


def test_watermark_is_in_the_grabbed_image(qtbot: QtBot, desk: DeskWindow) -> None:
    desk.on_pop(MOBILE)
    assert desk.watermark.isVisible()
    assert "agent01" in desk.watermark.current_text() and "seat-07" in desk.watermark.current_text()
    with_mark = desk.grab().toImage()
    desk.watermark.hide()
    without = desk.grab().toImage()
    desk.watermark.show()
    assert with_mark != without
    differing = sum(
        with_mark.pixel(x, y) != without.pixel(x, y)
        for x in range(0, with_mark.width(), 4)
        for y in range(0, with_mark.height(), 4)
    )
    assert differing > 200  # tiled over the whole window, not a corner


def test_agreement_gate_before_any_customer_data(
    qtbot: QtBot,
    runtime,
    tmp_path,
) -> None:
    vault = make_staffed_vault(runtime, tmp_path / "fresh", acknowledge_agreement=False)
    who = vault.signed_in("agent01")
    session = session_behind(who)
    try:
        assert acknowledgement_due(session)

        def refuse(dialog: QDialog) -> None:
            assert isinstance(dialog, AgreementDialog)
            dialog.reject()

        when_modal(refuse)
        assert not pass_gates(who, "zh_CN")

        def accept(dialog: QDialog) -> None:
            assert isinstance(dialog, AgreementDialog)
            assert not dialog._ok.isEnabled()
            dialog.read.setChecked(True)
            dialog.typed.setText("agent01")
            assert dialog._ok.isEnabled()
            dialog.accept()

        when_modal(accept)
        assert pass_gates(who, "zh_CN")
        assert not acknowledgement_due(session)
        assert "agreement.ack" in actions(session)
    finally:
        who.close()


def test_report_incident_in_two_clicks_and_one_sentence(qtbot: QtBot, desk: DeskWindow) -> None:
    desk.on_pop(MOBILE)  # the caller's record was viewed: it is offered as affected

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, IncidentDialog)
        assert dialog.customers.count() >= 1
        dialog.customers.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.description.setText("客户说接到冒充我行的电话 13912345678")
        dialog.accept()
        when_modal(contain)

    def contain(dialog: QDialog) -> None:
        assert isinstance(dialog, ContainmentDialog)
        assert dialog.lock_seat.isChecked()
        dialog.accept()

    when_modal(fill)
    desk.report_incident()
    assert desk.is_locked  # containment: the seat was locked at once
    entry = [e for e in audit_behind(desk.who) if e.action == "incident.report"][-1]
    detail = json.loads(entry.detail)
    assert detail["affected"] == 1 and detail["anchor"]
    assert "13912345678" not in entry.detail
    assert [e.action for e in audit_behind(desk.who)][-2:] == [
        "incident.contain",
        "desk.lock",
    ]


def test_security_officer_board_shows_overdue_in_red(
    qtbot: QtBot, customer_vault: StaffedVault, clock: FixedClock
) -> None:
    from seatdesk.services.incidents import IncidentDesk
    from seatdesk.ui.incident_board import IncidentBoard

    reporter = customer_vault.session("agent01")
    ref = IncidentDesk(reporter).submit("data_leak", "客户资料出现在外部群", []).ref
    reporter.close()
    who = customer_vault.signed_in("sec01")
    try:
        board = IncidentBoard(Services(who), "zh_CN")
        qtbot.addWidget(board)
        board.table.selectRow(0)
        grade = board.reporting.open_grade()  # 较大 from the people affected
        assert grade is not None
        grade.people.setValue(1_200_000)
        grade._check()
        assert board.overdue_rows() == []
        clock.advance(hours=4, minutes=1)
        board.refresh_countdowns()
        assert board.overdue_rows() == [0]
        assert board.table.model().index(0, 6).data().startswith("overdue")  # the initial report
        board.table.selectRow(0)
        board._advance()
        assert board.desk.show(ref).status == "confirmed"
    finally:
        who.close()


@pytest.mark.usefixtures("chinese")
def test_agent_records_a_consent_withdrawal_during_the_call(qtbot: QtBot, desk: DeskWindow) -> None:
    from PySide6.QtWidgets import QMessageBox, QToolButton

    desk.on_pop(MOBILE)

    def yes(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    when_modal(yes)
    button = desk.card.findChild(QToolButton, "withdrawConsent")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert "已撤回" in desk.card.value_labels["consent"].text()
    assert "record.consent_withdrawn" in actions(session_behind(desk.who))


def test_reminders_for_security_and_admin(
    qtbot: QtBot, customer_vault: StaffedVault, clock: FixedClock
) -> None:
    for staff_id, expected in (("sec01", "到期待删除"), ("admin01", "近期没有备份")):
        window = DeskWindow(customer_vault.signed_in(staff_id), "zh_CN")
        qtbot.addWidget(window)
        text = window.notice.text()
        assert (
            expected in text
            or ("due for deletion" if staff_id == "sec01" else "No recent backup") in text
        )
        window.close()
    agent = DeskWindow(customer_vault.signed_in("agent01"), "zh_CN")
    qtbot.addWidget(agent)
    assert agent.notice.text() == ""
    agent.close()


def test_name_prefix_search_lists_masked_names(qtbot: QtBot, desk: DeskWindow) -> None:
    surname = CALLER["name"][0]
    desk.search.setText(surname)  # typed through the input method: QTest cannot type CJK
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    rows = desk.results.rowCount()
    assert rows >= 1
    names = [desk.results.data(desk.results.index(r, 0)) for r in range(rows)]
    assert all(str(n).startswith(surname) and "*" in str(n) for n in names)
    assert CALLER["name"] not in names or len(CALLER["name"]) == 1


TOP_SECRET = next(r for r in ROWS if r["tier"] == "绝密" and r["mobile"])


def test_top_secret_reveal_buttons_are_disabled_and_a_refusal_is_audited(
    desk: DeskWindow,
) -> None:
    """Issue 19.4: the policy says never, so the button is off; asked anyway, services refuse
    and audit it, and the desk shows the refusal."""
    customer_id = desk.records.find(TOP_SECRET["customer_no"])[0].customer_id
    desk.show_customer(customer_id)
    button = desk.card.findChild(QAbstractButton, "reveal_mobile")
    assert button is not None and not button.isEnabled()
    assert desk.reveal_field("mobile") is None  # no dialog opens
    assert desk.notice.text()
    denied = [
        e for e in audit_behind(desk.who) if e.action == "record.reveal" and e.outcome == "denied"
    ]
    assert len(denied) == 1 and json.loads(denied[0].detail)["field"] == "mobile"


def test_a_screen_pop_counts_as_activity(qtbot: QtBot, desk: DeskWindow, clock: FixedClock) -> None:
    """Issue 19.5: a call arriving at an untouched desk restarts the idle time."""
    clock.advance(seconds=100)
    desk.on_pop(MOBILE)
    desk.end_call()  # no call holds the lock off: only the pop's activity counts
    clock.advance(seconds=100)
    desk.idle.check()
    assert not desk.is_locked  # 100 s since the pop, not 200 s since the last key
    clock.advance(seconds=21)
    desk.idle.check()
    assert desk.is_locked


def test_an_active_call_holds_the_idle_lock_off_up_to_the_policy_limit(
    qtbot: QtBot, desk: DeskWindow, clock: FixedClock
) -> None:
    """Issue 19.5: the agent is talking, not typing; after the policy's limit it locks."""
    limit = desk.who.policy.limits.idle_lock_during_call_seconds
    desk.on_pop(MOBILE)
    clock.advance(seconds=limit - 1)
    desk.idle.check()
    assert not desk.is_locked
    clock.advance(seconds=2)
    desk.idle.check()
    assert desk.is_locked
