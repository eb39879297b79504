"""Issue 17's defects met when the desk was tried as a new user would, each with its test."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from seatdesk.ui.dialogs import VerifyDialog
from seatdesk.ui.incident_dialog import IncidentDialog
from seatdesk.ui.main_window import DeskWindow
from tests.helpers.demo import CALLER, MOBILE
from tests.helpers.vaults import audit_behind


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
