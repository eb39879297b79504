"""The impact-assessment tab of the officer's window: list, add (bad input said, nothing kept),
see one; and the access review tab naming what is due."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from seatdesk.ui.assessment_register import AssessmentRegisterTab
from seatdesk.ui.main_window import DeskWindow
from seatdesk.ui.officer_window import OfficerWindow
from tests.helpers.vaults import audit_behind


def _tab(window: OfficerWindow) -> AssessmentRegisterTab:
    tab = window.findChild(AssessmentRegisterTab)
    assert isinstance(tab, AssessmentRegisterTab)
    return tab


def test_the_officer_records_and_reads_an_assessment(
    qtbot: QtBot, desk_for: Callable[[str], DeskWindow], tmp_path: Path
) -> None:
    officer = desk_for("sec01")
    window = OfficerWindow(officer.services, "zh_CN", officer)
    qtbot.addWidget(window)
    tab = _tab(window)
    assert tab.items.rowCount() == 0
    assert "sensitive" not in window.review_assessments.text()  # worded, not the code
    assert window.review_assessments.text()
    assert tab.add() is None and tab.error.text()  # no scope, no reviewer: said, nothing kept
    assert tab.items.rowCount() == 0
    report = tmp_path / "report.pdf"
    report.write_bytes(b"%PDF-1.4 signed")
    tab.attach(report)
    tab.assessed_on.setDate(QDate(2025, 1, 2))
    tab.next_review.setDate(QDate(2025, 12, 1))  # overdue on the test clock's 2026-01-01
    tab.scope.setText("外呼名单 / outbound lists")
    tab.reviewer.setText("王审核")
    tab.result.setCurrentIndex(tab.result.findData("approved"))
    added = tab.add()
    assert added is not None and added.attachment_sha256 and tab.items.rowCount() == 1
    assert tab.items.items[0].ref == added.ref and not tab.error.text()
    shown = tab.show_item(0)
    assert shown is not None and added.ref in tab.detail.text()
    assert shown.keep_until in tab.detail.text()
    actions = [e.action for e in audit_behind(officer.who)]
    assert "assessment.recorded" in actions and "assessment.shown" in actions
    window.load_review()
    assert added.ref in window.review_assessments.text()


def test_a_supervisor_has_no_register(qtbot: QtBot, desk_for: Callable[[str], DeskWindow]) -> None:
    supervisor = desk_for("super01")
    window = OfficerWindow(supervisor.services, "en", supervisor)
    qtbot.addWidget(window)
    assert window.findChild(AssessmentRegisterTab) is None
