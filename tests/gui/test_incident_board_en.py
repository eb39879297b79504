"""The English desk's incident board speaks English (issue 18.6: it showed 类别, 已报告 and
"Next step: 已确认"): no word of the Chinese incident vocabulary in the board, the grading form
or the report forms; the countdowns of each deadline show, overdue rows highlighted."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from seatdesk.core.clock import FixedClock
from seatdesk.incidents.model import CATEGORIES, CHECKLIST, PENALTIES, SEVERITIES, STATUSES
from seatdesk.services.factory import Services
from seatdesk.services.incidents import IncidentDesk
from seatdesk.ui.i18n import install_translator
from seatdesk.ui.incident_board import IncidentBoard
from tests.helpers.qt import visible_texts
from tests.helpers.vaults import StaffedVault

VOCABULARY = {
    *CATEGORIES.values(), *STATUSES.values(), *SEVERITIES.values(), *CHECKLIST.values(),
    *PENALTIES.values(), "元", "类别", "下一步",
}  # fmt: skip


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    translators = install_translator(qapp, "en")
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


def chinese_words(texts: list[str]) -> list[str]:
    return sorted({t for t in texts for word in VOCABULARY if word in t})


@pytest.mark.usefixtures("english")
def test_the_english_board_and_its_forms_show_no_chinese_incident_words(
    qtbot: QtBot, customer_vault: StaffedVault, clock: FixedClock
) -> None:
    session = customer_vault.session("agent01")
    try:
        desk = IncidentDesk(session)
        first = desk.submit("data_leak", "Customer data posted in an outside chat", []).ref
        desk.submit("misoperation", "Number read to the wrong caller", [])
    finally:
        session.close()
    services = Services(customer_vault.signed_in("sec01"))
    board = IncidentBoard(services, "en")
    qtbot.addWidget(board)
    board.show()
    row = next(i for i, v in enumerate(board.views) if v.ref == first)
    board.table.selectRow(row)
    seen = visible_texts(board)
    assert "Next step: Confirmed" in seen and "Data leak" in seen and "New report" in seen
    assert chinese_words(seen) == []
    grade = board.reporting.open_grade()
    assert grade is not None
    grade.people.setValue(1_000_000)
    assert grade.suggested.text() == "Major"
    assert chinese_words(visible_texts(grade)) == []
    grade.override.setCurrentIndex(grade.override.findData("serious"))
    grade._check()
    assert "reason" in grade.error.text() and grade.isVisible()  # refused, the form stays
    grade.override.setCurrentIndex(0)
    grade._check()
    assert not grade.isVisible()

    def graded() -> bool:
        view = board.selected()
        return view is not None and view.severity == "major"

    qtbot.waitUntil(graded)
    cells = [board.model.cells(row)[i] for i in range(board.model.columnCount())]
    assert cells[3] == "Major" and cells[4] == "New report"
    assert cells[5:] == ["24:00:00", "04:00:00", "—"]  # confirm, initial, closure
    for kind in ("initial", "supplement", "closure"):
        form = board.reporting.open_form(kind)
        assert form is not None
        assert chinese_words(visible_texts(form)) == []
        form.reject()
    clock.advance(hours=4, minutes=1)
    board.refresh_countdowns()
    assert board.model.cells(row)[6].startswith("overdue ")
    assert row in board.overdue_rows()
    assert chinese_words(visible_texts(board)) == []
    board.close()
    services.close()
