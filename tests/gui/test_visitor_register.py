"""The visitor register with real widgets (offscreen) and an injected clock: the indicator every
desk shows, strict masking while visitors are in, the supervisor's window (walk-in in one form,
watch-list override, board with overstays, sign-out with the badge, end of day, expected
visitors), the reports and the one print the guards allow, and the lock.

The clock starts at 2026-01-01 09:00 UTC, 17:00 in the hall; the hall closes at 20:00.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from seatdesk.core.clock import FixedClock
from seatdesk.policy.model import TierAccess
from seatdesk.records.validation import resident_id_check_char
from seatdesk.services.session import Session
from seatdesk.services.visitors import Acknowledgement, Arrival, VisitorDesk, VisitorDraft
from seatdesk.ui.main_window import DeskWindow
from seatdesk.ui.visitors import reports as visitor_reports
from seatdesk.ui.visitors.board import OVERSTAY_BRUSH
from seatdesk.ui.visitors.dialogs import OverrideDialog, SignOutDialog
from seatdesk.ui.visitors.form import CHECK_IN, WALK_IN
from tests.helpers.qt import open_visitors, select_row, visible_texts, when_modal
from tests.helpers.vaults import PASSWORDS, StaffedVault, audit_behind, session_behind

ID_A = "11010519880512345" + resident_id_check_char("11010519880512345")
ID_B = "44030619900101123" + resident_id_check_char("44030619900101123")
NAME = "欧阳明月"


def hall(hour: int, minute: int = 0, day: int = 1) -> datetime:
    return datetime(2026, 1, day, hour, minute, tzinfo=UTC) - timedelta(hours=8)


def register(
    session: Session,
    id_number: str = ID_A,
    name: str = NAME,
    badge: str = "V-01",
    until: datetime | None = None,
) -> int:
    desk = VisitorDesk(session)
    view = desk.register_walk_in(
        VisitorDraft(
            name=name,
            id_type="居民身份证",
            id_number=id_number,
            organisation="华信网络",
            purpose="设备维护",
            host="super01",
            approver="sec01",
            approval_ref="OA-1",
        ),
        Arrival(badge, until or hall(19), Acknowledgement.typed(name), escort="super01"),
    )
    return view.visitor_id


def actions(session: Session) -> list[tuple[str, str]]:
    return [(e.action, e.outcome) for e in session.audit.entries()]


def test_agent_sees_only_the_indicator_and_strict_follows_the_hall(
    desk_for: Callable[[str], DeskWindow], customer_vault: StaffedVault
) -> None:
    agent = desk_for("agent01")
    assert agent.visitor_link.button is None
    assert agent.findChild(QPushButton, "visitorsButton") is None
    assert agent.visitor_link.open_window() is None
    assert not agent.visitor_link.indicator.isVisible()
    customer = next(m for m in (agent.records.match(i) for i in range(1, 300)) if m.tier == "秘密")
    assert agent.revealer.requirement(customer.customer_id, "mobile") is TierAccess.ALLOWED

    supervisor = customer_vault.session("super01")
    try:
        visitor_id = register(supervisor)
        assert agent.visitor_link.refresh() == 1
        assert agent.visitor_link.indicator.isVisible()
        assert "1" in agent.visitor_link.indicator.text()
        shown = agent.visitor_link.indicator.text()
        assert "外来人员" in shown or "Visitors in the hall" in shown
        need = agent.revealer.requirement(customer.customer_id, "mobile")
        assert need is TierAccess.SUPERVISOR_APPROVAL
        texts = visible_texts(agent)
        assert not any(NAME in t or "V-01" in t for t in texts)  # only the indicator
        VisitorDesk(supervisor).sign_out(visitor_id, badge_returned=True)
    finally:
        supervisor.close()
    assert agent.visitor_link.refresh() == 0
    assert not agent.visitor_link.indicator.isVisible()
    assert agent.revealer.requirement(customer.customer_id, "mobile") is TierAccess.ALLOWED


def test_walk_in_through_the_form(qtbot: QtBot, desk_for: Callable[[str], DeskWindow]) -> None:
    desk = desk_for("super01")
    window = open_visitors(qtbot, desk)
    assert window.count_label.text().startswith("0")
    form = window.form
    window.tabs.setCurrentWidget(form)
    assert form.mode == WALK_IN and form.host.currentData() == "super01"
    assert form.escort.text() == "super01" and form.approver.currentData() == "sec01"
    assert form.departure.time().toString("HH:mm") == "19:00"  # now + 2 h
    # Chinese text comes from the input method (QTest cannot type it); the rest is typed.
    form.name.setText(NAME)
    qtbot.keyClicks(form.id_number, ID_A)
    form.organisation.setText("华信网络")
    form.purpose.setText("设备维护")
    qtbot.keyClicks(form.approval_ref, "OA-9")
    qtbot.keyClicks(form.badge, "V-07")
    form.devices["camera"].setChecked(True)
    assert form.held.isVisibleTo(form)
    form.typed_name.setText(NAME)
    qtbot.keyClick(form.typed_name, Qt.Key.Key_Return)
    assert "may not enter the hall" in form.error.text()  # the camera stays at the door
    form.held.setChecked(True)
    qtbot.keyClick(form.badge, Qt.Key.Key_Return)
    assert form.error.text().startswith(NAME), form.error.text()
    assert form.name.text() == "" and form.id_number.text() == ""
    assert window.tabs.currentIndex() == 0
    assert window.board_model.rowCount() == 1
    row = window.board_model.items[0]
    assert row.badge == "V-07" and row.devices_held == ("camera",)
    assert desk.visitor_link.indicator.isVisible()
    assert "严格掩码" in window.count_label.text() or "strict" in window.count_label.text()
    texts = visible_texts(window)
    assert any(NAME in t for t in texts)
    assert not any(ID_A in t for t in texts)
    assert window.watermark.isVisible() and "super01" in window.watermark.current_text()
    done = [a for a in actions(session_behind(desk.who)) if a[0].startswith("visitor.")]
    assert ("visitor.register", "ok") in done and ("visitor.check_in", "ok") in done
    assert ("visitor.board", "ok") in done


def test_watch_list_match_is_overridden_by_the_security_officer_at_the_seat(
    qtbot: QtBot, desk_for: Callable[[str], DeskWindow], customer_vault: StaffedVault
) -> None:
    security = customer_vault.session("sec01")
    try:
        VisitorDesk(security).add_watch_by_id("居民身份证", ID_A, "曾在大厅拍照")
    finally:
        security.close()
    desk = desk_for("super01")
    window = open_visitors(qtbot, desk)
    assert window.watch_model.rowCount() == 1
    assert not window.findChild(QPushButton, "watchAddButton").isEnabled()
    form = window.form
    for edit, text in (
        (form.name, NAME),
        (form.id_number, ID_A),
        (form.organisation, "华信网络"),
        (form.purpose, "维护"),
        (form.approval_ref, "OA-2"),
        (form.badge, "W1"),
        (form.typed_name, NAME),
    ):
        edit.setText(text)
    seen: list[str] = []

    def refuse(dialog: QDialog) -> None:
        assert isinstance(dialog, OverrideDialog)
        seen.append(dialog.findChild(object, "watchOverrideIntro").text())
        dialog.reject()

    when_modal(refuse)
    assert form.submit() is None
    assert "曾在大厅拍照" in seen[0] and "watch list" in form.error.text()

    def override(dialog: QDialog) -> None:
        assert isinstance(dialog, OverrideDialog) and not dialog.self_approval
        dialog.staff_id.setText("sec01")
        dialog.password.setText(PASSWORDS["sec01"])
        dialog.try_override()
        assert "reason" in dialog.error.text()
        dialog.reason.setText("保卫部已核实")
        dialog.password.setText(PASSWORDS["sec01"])
        dialog.try_override()

    form.id_number.setText(ID_A)
    when_modal(override)
    view = form.submit()
    assert view is not None and view.watch_override_by == "sec01"
    outcomes = [
        a
        for a in actions(session_behind(desk.who))
        if a[0] in ("visitor.watch_match", "visitor.watch_override")
    ]
    assert outcomes == [
        ("visitor.watch_match", "blocked"),  # refused at the first try
        ("visitor.watch_match", "blocked"),  # the second try, before the override
        ("visitor.watch_match", "overridden"),
        ("visitor.watch_override", "ok"),
    ]


def test_overstay_is_red_and_sign_out_records_the_badge(
    qtbot: QtBot, desk_for: Callable[[str], DeskWindow], clock: FixedClock
) -> None:
    desk = desk_for("super01")
    register(session_behind(desk.who), until=hall(18))
    window = open_visitors(qtbot, desk)
    model = window.board_model
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is None
    clock.current = hall(18, 20)
    window.refresh()
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is OVERSTAY_BRUSH
    assert "20" in model.data(model.index(0, 8))
    assert "超时" in window.count_label.text() or "overstaying" in window.count_label.text()

    def badge_missing(dialog: QDialog) -> None:
        assert isinstance(dialog, SignOutDialog)
        dialog.returned.setChecked(False)
        dialog.accept()

    assert window.sign_out_selected() is None  # nothing selected
    select_row(window.board, 0)
    when_modal(badge_missing)
    done = window.sign_out_selected()
    assert done is not None and done.badge_returned is False
    assert model.rowCount() == 0 and not desk.visitor_link.indicator.isVisible()
    assert ("visitor.sign_out", "badge_missing") in actions(session_behind(desk.who))


def test_end_of_day_from_the_desk_and_by_hand(
    qtbot: QtBot, desk_for: Callable[[str], DeskWindow], clock: FixedClock
) -> None:
    desk = desk_for("super01")
    register(session_behind(desk.who), until=hall(19, 30))
    register(session_behind(desk.who), ID_B, "李雷", "V-02")
    window = open_visitors(qtbot, desk)

    def yes(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        dialog.button(QMessageBox.StandardButton.No).click()

    when_modal(yes)
    assert window.end_of_day() == []
    assert window.board_model.rowCount() == 2

    clock.current = hall(20, 5)
    assert desk.visitor_link.refresh() == 0  # closing time passed: forced out, flagged
    assert "2" in desk.statusBar().currentMessage()
    assert window.board_model.rowCount() == 0
    assert actions(session_behind(desk.who)).count(("visitor.forced_sign_out", "flagged")) == 2

    late = register(session_behind(desk.who), ID_A, NAME, "V-03", until=hall(22))
    window.refresh()

    def confirm(dialog: QDialog) -> None:
        dialog.button(QMessageBox.StandardButton.Yes).click()  # type: ignore[attr-defined]

    when_modal(confirm)
    forced = window.end_of_day()
    assert [v.visitor_id for v in forced] == [late] and forced[0].forced_sign_out


def test_expected_visitor_signs_in_with_the_same_document(
    qtbot: QtBot, desk_for: Callable[[str], DeskWindow]
) -> None:
    desk = desk_for("super01")
    window = open_visitors(qtbot, desk)
    form = window.form
    form.pre_register.setChecked(True)
    assert not form.door.isEnabled() and form.expected_date.isEnabled()
    form.name.setText(NAME)
    form.id_number.setText(ID_A)
    form.organisation.setText("华信网络")
    form.purpose.setText("年度巡检")
    form.approval_ref.setText("OA-5")
    form.expected_date.setDate(form.expected_date.minimumDate())  # today
    view = form.submit()
    assert view is not None and view.status == "expected" and view.expected_date == "2026-01-01"
    assert window.expected_model.rowCount() == 1 and window.board_model.rowCount() == 0

    select_row(window.expected_table, 0)
    window.check_in_selected()
    assert form.mode == CHECK_IN and window.tabs.currentWidget() is form
    assert form.name.text() == NAME and not form.name.isEnabled()
    assert "V000001" in form.banner.text()
    form.id_number.setText(ID_B)
    form.badge.setText("E-1")
    form.ack_paper.setChecked(True)
    form.form_no.setText("F-2026-001")
    assert form.submit() is None and "does not match" in form.error.text()
    form.id_number.setText(ID_A)
    signed = form.submit()
    assert (
        signed is not None and signed.status == "on_floor" and signed.notice == "paper F-2026-001"
    )
    assert form.mode == WALK_IN and window.board_model.rowCount() == 1
    assert window.expected_model.rowCount() == 0


def _pdftotext(path: Path) -> str:
    tool = shutil.which("pdftotext")
    assert tool, "pdftotext (poppler-utils) is needed"
    return subprocess.run(
        [tool, "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_reports_and_the_one_allowed_print(
    qtbot: QtBot,
    desk_for: Callable[[str], DeskWindow],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    desk = desk_for("super01")
    register(session_behind(desk.who))
    window = open_visitors(qtbot, desk)
    monkeypatch.setattr(
        visitor_reports, "choose_pdf_path", lambda parent, title, name: tmp_path / name
    )
    roster = window.export_roster()
    assert roster is not None and roster.name == "roster-20260101-1700.pdf"
    assert "SHA-256" in window.status.text()
    log = window.export_log()
    assert log is not None and log.name == "visitors-2026-01-01.pdf"
    assert NAME in _pdftotext(log) and ID_A not in _pdftotext(log)

    printed = tmp_path / "printed.pdf"

    def pdf_printer() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return printer

    monkeypatch.setattr(visitor_reports, "make_printer", pdf_printer)
    monkeypatch.setattr(visitor_reports, "confirm_print", lambda printer, parent: False)
    assert not window.print_roster()
    monkeypatch.setattr(visitor_reports, "confirm_print", lambda printer, parent: True)
    assert window.print_roster()
    text = _pdftotext(printed)
    assert "疏散名单" in text and NAME in text and ID_A not in text
    kinds = [
        json.loads(e.detail)["output"]
        for e in audit_behind(desk.who)
        if e.action == "visitor.report"
    ]
    assert kinds == ["pdf", "pdf", "print"]

    # Every other print stays refused in the register window, as on the desk.
    qtbot.keyClick(window.board, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    blocked = [e for e in audit_behind(desk.who) if e.action == "guard.blocked"]
    assert blocked and blocked[-1].target == "print"


def test_the_desk_lock_closes_the_register(
    qtbot: QtBot, desk_for: Callable[[str], DeskWindow]
) -> None:
    desk = desk_for("super01")
    register(session_behind(desk.who))
    window = open_visitors(qtbot, desk)
    assert window.board_model.rowCount() == 1
    desk.lock("manual")
    assert not window.isVisible() and window.board_model.rowCount() == 0
    assert desk.visitor_link.open_window() is None  # not while locked
    assert desk.try_unlock(PASSWORDS["super01"])
    again = open_visitors(qtbot, desk)
    assert again.board_model.rowCount() == 1


def test_registering_needs_the_register_role(desk_for: Callable[[str], DeskWindow]) -> None:
    desk = desk_for("sec01")
    window = desk.visitor_link.open_window()
    assert window is not None
    assert window.findChild(QPushButton, "watchAddButton").isEnabled()
    assert window.findChild(QPushButton, "purgeButton").isEnabled()
    window.close()
    QApplication.processEvents()
    assert date(2026, 1, 1) == VisitorDesk(session_behind(desk.who)).today()
