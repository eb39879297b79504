"""Issue 19.7: the smaller defects, each with its test (the SIGTERM one with a real desk
process in tests/gui/test_desk_sigterm.py)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from seatdesk.services.approval import Approval, ApprovalRefused
from seatdesk.ui import export_flow
from seatdesk.ui.dialogs import ApprovalDialog, RevealReasonDialog
from seatdesk.ui.incident_board import IncidentBoard
from seatdesk.ui.main_window import DeskWindow
from tests.helpers.demo import CALLER
from tests.helpers.partners import register_partner
from tests.helpers.qt import open_visitors, select_row, when_modal
from tests.helpers.vaults import StaffedVault, audit_behind
from tests.helpers.visitors import VISITOR_ID as ID_A
from tests.helpers.visitors import VISITOR_NAME as NAME


def blocked(desk: DeskWindow) -> list[str]:
    return [e.target for e in audit_behind(desk.who) if e.action == "guard.blocked"]


def test_admitting_a_pre_registration_shows_its_own_date(
    qtbot: QtBot, desk_for: Callable[[str], DeskWindow]
) -> None:
    desk = desk_for("super01")
    window = open_visitors(qtbot, desk)
    form = window.form
    form.pre_register.setChecked(True)
    form.name.setText(NAME)
    form.id_number.setText(ID_A)
    form.organisation.setText("华信网络")
    form.purpose.setText("年度巡检")
    form.approval_ref.setText("OA-5")
    booked = form.expected_date.minimumDate().addDays(3)
    form.expected_date.setDate(booked)
    view = form.submit()
    assert view is not None and view.expected_date == booked.toString("yyyy-MM-dd")
    select_row(window.expected_table, 0)
    window.check_in_selected()
    assert view.expected_date in form.banner.text()
    assert "today" not in form.banner.text()
    assert form.expected_date.date() == QDate.fromString(view.expected_date, "yyyy-MM-dd")


def test_select_all_is_one_rule_for_editing_fields(
    qtbot: QtBot, desk_for: Callable[[str], DeskWindow]
) -> None:
    """Fields without a protected value allow Ctrl+A (the incident's amount); a field holding a
    protected value (the visitor's ID number) refuses it and the attempt is recorded."""
    security = desk_for("sec01")
    board = IncidentBoard(security.services, security.language, security)
    board.show()
    qtbot.waitExposed(board)
    board.amount.setFocus()
    qtbot.keyClick(board.amount, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert "select_all" not in blocked(security)
    board.close()

    supervisor = desk_for("super01")
    window = open_visitors(qtbot, supervisor)
    window.form.id_number.setText(ID_A)
    window.form.id_number.setFocus()
    qtbot.keyClick(window.form.id_number, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert blocked(supervisor).count("select_all") == 1
    assert window.form.id_number.selectedText() == ""


def test_the_export_authorisation_speaks_of_the_export(
    qtbot: QtBot,
    desk_for: Callable[[str], DeskWindow],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    customer_vault: StaffedVault,
) -> None:
    register_partner(customer_vault)
    desk = desk_for("agent01")
    desk.run_search(CALLER["customer_no"])
    monkeypatch.setattr(export_flow, "choose_export_path", lambda parent: tmp_path / "x.sdx")
    texts: list[str] = []

    def request(dialog: QDialog) -> None:
        dialog.purpose.setCurrentText("核对")  # type: ignore[attr-defined]
        dialog.accept()
        when_modal(approve)

    def approve(dialog: QDialog) -> None:
        assert isinstance(dialog, ApprovalDialog)
        texts.extend(label.text() for label in dialog.findChildren(QLabel))
        dialog.reject()

    when_modal(request)
    assert export_flow.run_export(desk) is None
    intro = " ".join(texts)
    assert "export" in intro and "reveal" not in intro


def test_an_off_call_reveal_preselects_no_reason(
    qtbot: QtBot, desk_for: Callable[[str], DeskWindow]
) -> None:
    desk = desk_for("agent01")
    customer_id = desk.records.find(CALLER["customer_no"])[0].customer_id
    desk.show_customer(customer_id)  # no call: off-call
    seen: list[object] = []

    def reason(dialog: QDialog) -> None:
        assert isinstance(dialog, RevealReasonDialog)
        seen.append(dialog.reason.currentData())
        dialog.note.setText("客户来函要求核对")
        dialog.try_accept()
        seen.append(dialog.result())
        seen.append(dialog.error.text())
        dialog.reason.setCurrentIndex(dialog.reason.findData("complaint_handling"))
        dialog.try_accept()

    when_modal(reason)
    view = desk.reveal_field("name")
    assert view is not None
    assert seen[0] is None  # nothing chosen for the agent
    assert seen[1] == 0 and seen[2]  # not accepted without a reason, and told why
    entry = [e for e in audit_behind(desk.who) if e.action == "record.reveal"][-1]
    assert json.loads(entry.detail)["reason"] == "complaint_handling"


def test_a_search_past_the_rate_says_so_not_that_the_role_may_not_search(
    qtbot: QtBot, desk_for: Callable[[str], DeskWindow]
) -> None:
    desk = desk_for("agent01")
    for _ in range(desk.who.policy.limits.searches_per_minute):
        desk.run_search("C00000002")
    desk.run_search("C00000002")
    text = desk.notice.text()
    assert "30" in text and "record.rate_limit" in text
    assert "may not search" not in text and "无权" not in text


def test_the_approval_dialog_grows_with_its_error_instead_of_covering_the_form(
    qtbot: QtBot,
) -> None:
    def refuse(staff: str, password: str) -> Approval:  # what the service says to this approver
        raise ApprovalRefused("not acknowledged", code="approval.agreement", approver=staff)

    dialog = ApprovalDialog("班组长", refuse)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.staff_id.setText("super01")
    dialog.try_authorise()
    error = dialog.error
    assert error.text().count(" ") > 10  # a sentence that wraps onto more lines

    def laid_out() -> bool:
        buttons = dialog.findChildren(QDialogButtonBox)[0].geometry()
        return (
            error.heightForWidth(error.width()) <= error.height()  # every line of it shown
            and dialog.password.geometry().bottom() < error.y()
            and error.geometry().bottom() < buttons.top()
        )

    qtbot.waitUntil(laid_out)
