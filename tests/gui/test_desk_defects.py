"""Issue 17's defects met when the desk was tried as a new user would, each with its test."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMenu, QPushButton
from pytestqt.qtbot import QtBot

from seatdesk.services.incidents import IncidentDesk
from seatdesk.services.runtime import Runtime
from seatdesk.services.visitors import VisitorDesk
from seatdesk.ui.dialogs import ApprovalDialog, RevealReasonDialog, VerifyDialog
from seatdesk.ui.incident_board import IncidentBoard
from seatdesk.ui.incident_dialog import IncidentDialog
from seatdesk.ui.main_window import DeskWindow
from seatdesk.ui.watermark import Watermark
from tests.helpers.demo import CALLER, MOBILE, ROWS
from tests.helpers.qt import when_modal
from tests.helpers.vaults import (
    PASSWORDS,
    StaffedVault,
    audit_behind,
    make_staffed_vault,
    session_behind,
)
from tests.helpers.visitors import admit_visitor


def verifies(desk: DeskWindow) -> list[str]:
    return [e.outcome for e in audit_behind(desk.who) if e.action == "record.verify"]


def test_one_enter_in_the_verify_dialog_is_one_attempt(
    qtbot: QtBot, desk_for: Callable[[str], DeskWindow]
) -> None:
    desk = desk_for("agent01")
    desk.on_pop(MOBILE)
    record = desk.card.record
    assert record is not None
    dialog = VerifyDialog(record, desk.verifier, "zh_CN", "id_number", desk)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # The entry has the focus when the dialog opens: the agent types at once.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.answer)
    dialog.mode.setCurrentIndex(dialog.mode.findData("last6"))
    dialog.answer.setFocus()
    qtbot.keyClicks(dialog.answer, "000000")
    qtbot.keyClick(dialog.answer, Qt.Key.Key_Return)
    assert verifies(desk) == ["no_match"]
    assert dialog.outcome is not None and dialog.outcome.remaining == 2
    # An empty entry is never an attempt: Enter on it, or the button, changes nothing.
    qtbot.keyClick(dialog.answer, Qt.Key.Key_Return)
    dialog.check_button.click()
    assert verifies(desk) == ["no_match"]
    assert desk.verifier.remaining(record.customer_id, "id_number") == 2
    qtbot.keyClicks(dialog.answer, CALLER["id_number"][-6:])
    qtbot.keyClick(dialog.answer, Qt.Key.Key_Enter)
    assert verifies(desk) == ["no_match", "match"]
    dialog.close()


@pytest.mark.usefixtures("chinese")
def test_incident_categories_are_chinese_in_the_chinese_desk(
    qtbot: QtBot, desk_for: Callable[[str], DeskWindow]
) -> None:
    desk = desk_for("agent01")
    dialog = IncidentDialog(desk.services.incidents.prefill(), desk.who.policy.hall_time, desk)
    qtbot.addWidget(dialog)
    labels = [dialog.category.itemText(i) for i in range(dialog.category.count())]
    assert labels[0] == "疑似泄露", labels
    assert not any(label.isascii() for label in labels), labels
    assert [dialog.category.itemData(i) for i in range(dialog.category.count())][:2] == [
        "suspected_leak",
        "data_leak",
    ]


@pytest.mark.usefixtures("chinese")
def test_an_approver_who_never_accepted_the_agreement_cannot_approve_a_reveal(
    qtbot: QtBot, desk_for: Callable[[str], DeskWindow]
) -> None:
    desk = desk_for("agent01")
    behind = session_behind(desk.who)
    behind.db.execute(
        "UPDATE staff SET agreement_ack_at = NULL, agreement_sha256 = NULL WHERE staff_id = ?",
        ("super01",),
    )
    confidential = next(r for r in ROWS if r["tier"] == "机密" and r["mobile"])
    desk.on_pop(confidential["mobile"])
    said: list[str] = []

    def reason(dialog: QDialog) -> None:
        assert isinstance(dialog, RevealReasonDialog)
        dialog.accept()
        when_modal(approve)

    def approve(dialog: QDialog) -> None:
        assert isinstance(dialog, ApprovalDialog)
        dialog.staff_id.setText("super01")
        dialog.password.setText(PASSWORDS["super01"])
        dialog.try_authorise()
        said.append(dialog.error.text())
        dialog.reject()

    when_modal(reason)
    assert desk.reveal_field("name") is None
    assert said and "保密协议" in said[0] and "super01" in said[0]
    denied = [
        json.loads(e.detail)
        for e in audit_behind(desk.who)
        if e.action == "approval" and e.outcome == "denied"
    ]
    assert denied and denied[-1]["reason"] == "agreement" and denied[-1]["approver"] == "super01"
    assert not [
        e for e in audit_behind(desk.who) if e.action == "record.reveal" and e.outcome == "ok"
    ]


def test_the_admins_desk_offers_no_customer_search_and_no_export(
    qtbot: QtBot, desk_for: Callable[[str], DeskWindow]
) -> None:
    admin = desk_for("admin01")
    offered = [b.objectName() for b in admin.findChildren(QPushButton) if b.isVisible()]
    assert "exportButton" not in offered and "searchButton" not in offered
    assert not admin.search.isVisible() and not admin.table.isVisible()
    assert "reportButton" in offered  # what the admin may do is still there
    assert "endCallButton" not in offered and not admin.call_label.isVisible()
    menus = {a.text() for a in admin.menuBar().actions()}
    assert "Call" not in menus and "Seat" in menus
    every = [a.text() for menu in admin.findChildren(QMenu) for a in menu.actions()]
    assert "End call" not in every and "Lock the seat" in every
    agent = desk_for("agent01")
    offered = [b.objectName() for b in agent.findChildren(QPushButton) if b.isVisible()]
    assert {"exportButton", "searchButton", "endCallButton"} <= set(offered)
    assert "Call" in {a.text() for a in agent.menuBar().actions()}
    assert agent.search.isVisible() and agent.table.isVisible()


@pytest.mark.usefixtures("chinese")
def test_the_incident_board_follows_each_step_shows_its_notes_and_is_marked(
    qtbot: QtBot, desk_for: Callable[[str], DeskWindow], customer_vault: StaffedVault
) -> None:
    reporter = customer_vault.session("agent01")
    ref = IncidentDesk(reporter).submit("data_leak", "客户资料出现在外部群", []).ref
    reporter.close()
    security = desk_for("sec01")
    board = IncidentBoard(
        security.services, security.language, security, watermark=security.watermark_text
    )
    qtbot.addWidget(board)
    board.show()
    qtbot.waitExposed(board)
    board.table.selectRow(0)
    assert board.advance_button.text() == "下一步：已确认"
    board.note.setText("已联系群主删除")
    board._advance()
    assert board.desk.show(ref).status == "confirmed"
    assert board.advance_button.text() == "下一步：已控制"  # the button follows the step
    assert "已联系群主删除" in board.details.toPlainText()  # the step's note is shown
    assert "已确认" in board.details.toPlainText()
    board._advance()
    board._advance()
    assert board.desk.show(ref).status == "notified"
    assert not board.advance_button.isEnabled() and "已控制" not in board.advance_button.text()
    # Every column reads whole without scrolling sideways: the reference and the status.
    table = board.table
    for column in range(board.model.columnCount()):
        assert table.columnWidth(column) >= table.sizeHintForColumn(column)
    right_edge = table.columnViewportPosition(5) + table.columnWidth(5)
    assert right_edge <= table.viewport().width()
    watermark = board.findChild(Watermark)
    assert watermark is not None and watermark.isVisible()
    assert security.who.staff_id in watermark.current_text()


def test_the_result_list_shows_every_column_without_scrolling(
    qtbot: QtBot, desk_for: Callable[[str], DeskWindow]
) -> None:
    desk = desk_for("agent01")
    desk.resize(1280, 760)
    desk.run_search(CALLER["name"][0])
    table = desk.table
    qtbot.waitUntil(lambda: desk.results.rowCount() > 0)
    assert not table.horizontalScrollBar().isVisible()
    last = desk.results.columnCount() - 1
    assert table.columnViewportPosition(last) + table.columnWidth(last) <= table.viewport().width()
    table.resize(table.width() + 240, table.height())  # the splitter gives the list more room
    qtbot.waitUntil(
        lambda: (
            abs(
                table.columnViewportPosition(last)
                + table.columnWidth(last)
                - table.viewport().width()
            )
            <= 1
        )
    )  # the columns fill it: no empty band on the right
    for column in range(desk.results.columnCount()):
        title = str(desk.results.headerData(column, Qt.Orientation.Horizontal))
        assert table.columnWidth(column) >= table.fontMetrics().horizontalAdvance(title)


def test_a_reveal_does_not_move_the_rows_below_it(
    qtbot: QtBot, desk_for: Callable[[str], DeskWindow]
) -> None:
    desk = desk_for("agent01")
    desk.on_pop(MOBILE)
    below = desk.card.value_labels["address"]
    qtbot.waitUntil(below.isVisible)
    before = below.mapTo(desk.card, below.rect().topLeft()).y()
    seen: list[str] = []

    def reason(dialog: QDialog) -> None:
        assert isinstance(dialog, RevealReasonDialog)
        seen.extend(label.text() for label in dialog.findChildren(QLabel))
        seen.append(str(dialog.minimumWidth()))
        dialog.accept()

    when_modal(reason)
    view = desk.reveal_field("mobile")
    assert view is not None and view.active
    QApplication.processEvents()
    assert below.mapTo(desk.card, below.rect().topLeft()).y() == before
    # The reason dialog says which field of which customer it reveals, and is not a sliver.
    assert any("手机" in text and CALLER["customer_no"] in text for text in seen[:-1]), seen
    assert int(seen[-1]) >= 420


def test_the_verify_dialog_is_wide_enough_to_read_and_names_the_customer(
    qtbot: QtBot, desk_for: Callable[[str], DeskWindow]
) -> None:
    desk = desk_for("agent01")
    desk.on_pop(MOBILE)
    record = desk.card.record
    assert record is not None
    dialog = VerifyDialog(record, desk.verifier, "zh_CN", "id_number", desk)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() >= 460
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any(CALLER["customer_no"] in text for text in texts), texts


def test_the_block_message_is_read_whole_in_the_english_desk(
    qtbot: QtBot, customer_vault: StaffedVault
) -> None:
    desk = DeskWindow(customer_vault.signed_in("agent01"), "en")
    qtbot.addWidget(desk)
    desk.resize(1280, 760)
    desk.show()
    qtbot.waitExposed(desk)
    desk.on_pop(MOBILE)
    desk.table.setFocus()
    qtbot.keyClick(desk.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    shown = [
        label
        for label in desk.findChildren(QLabel)
        if label.isVisible() and "attempt was recorded" in label.text()
    ]
    assert shown, "the block message is shown in a label of its own"
    label = shown[0]
    assert label.width() >= label.fontMetrics().horizontalAdvance(label.text())
    desk.close()


def test_the_english_status_bar_shows_who_is_signed_in_whole(
    qtbot: QtBot, runtime: Runtime, tmp_path: Path
) -> None:
    """Every badge at once (no device secret, a visitor in the hall) on a 1280-pixel screen: the
    bar's labels all fit, the signed-in person first and whole."""
    vault = make_staffed_vault(runtime, tmp_path / "weak", key_storage="none")
    supervisor = vault.session("super01")
    try:
        admit_visitor(VisitorDesk(supervisor))
    finally:
        supervisor.close()
    desk = DeskWindow(vault.signed_in("sec01"), "en")
    qtbot.addWidget(desk)
    desk.resize(1180, 760)
    desk.show()
    qtbot.waitExposed(desk)
    bar = desk.statusBar()
    names = {"statusWho", "weakKeyBadge", "captureStatus", "policyStatus"}
    assert names <= {label.objectName() for label in bar.findChildren(QLabel)}
    shown = [label for label in bar.findChildren(QLabel) if label.isVisible() and label.text()]
    assert any("Visitors in the hall" in label.text() for label in shown)
    assert desk.width() <= 1180, "the bar pushed the window past the screen"
    for label in shown:
        assert label.width() >= label.fontMetrics().horizontalAdvance(label.text()), label.text()
    who = bar.findChild(QLabel, "statusWho")
    assert who is not None and "sec01" in who.text() and "Security officer" in who.text()
    policy = bar.findChild(QLabel, "policyStatus")
    assert policy is not None and desk.who.policy.source in policy.toolTip()
    desk.close()
