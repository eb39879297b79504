"""The hall in a real desk window (offscreen): connected, offline since when with what waits,
and the red warning when the hall says this seat's log differs from its copy."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from seatdesk.services.factory import Services
from seatdesk.ui.incident_dialog import ContainmentDialog, IncidentDialog
from seatdesk.ui.main_window import DeskWindow
from tests.helpers.hall import RunningHall, enrol_staffed
from tests.helpers.qt import when_modal
from tests.helpers.vaults import PASSWORDS, StaffedVault


def shows(text: str, chinese: str, english: str) -> bool:
    """The label in whichever language the test run's desk speaks."""
    return chinese in text or english in text


def ticked(window: DeskWindow, chinese: str, english: str) -> bool:
    """The desk's tick ran and its hall label says so."""
    window.tick()
    return shows(window.hall_indicator.label.text(), chinese, english)


def test_the_status_bar_follows_the_hall(
    qtbot: QtBot, customer_vault: StaffedVault, running_hall: RunningHall
) -> None:
    enrol_staffed(customer_vault, running_hall, "seat-07")
    window = DeskWindow(customer_vault.signed_in("agent01"), "zh_CN")
    qtbot.addWidget(window)
    label = window.hall_indicator.label
    try:
        qtbot.waitUntil(lambda: ticked(window, "大厅已连接", "Hall connected"), timeout=20000)
        assert not shows(label.text(), "严格掩码", "strict masking")
        running_hall.stop(kill=True)
        window.show_customer(window.records.find("C00000001")[0].customer_id)
        window.services.hall_worker.wake()
        qtbot.waitUntil(lambda: ticked(window, "无法连接大厅", "Hall unreachable"), timeout=20000)
        assert shows(label.text(), "条待发送", "waiting to be sent")
    finally:
        window.close()
    # The agent deletes the tail of the log, then opens the desk again with the hall back.
    session = customer_vault.session("agent01")
    try:
        with session.db.transaction():
            session.db.execute("DELETE FROM audit WHERE seq > 5")
    finally:
        session.close()
    running_hall.start()
    window = DeskWindow(customer_vault.signed_in("agent01"), "zh_CN")
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(
            lambda: ticked(window, "日志与大厅记录不一致", "Log differs"), timeout=20000
        )
        assert window.hall_indicator.label.isVisible() or not window.isVisible()
    finally:
        window.close()


def test_an_incident_reported_while_the_hall_is_away_says_not_yet_sent(
    qtbot: QtBot, customer_vault: StaffedVault, running_hall: RunningHall
) -> None:
    enrol_staffed(customer_vault, running_hall, "seat-07")
    running_hall.stop(kill=True)
    window = DeskWindow(customer_vault.signed_in("agent01"), "zh_CN")
    qtbot.addWidget(window)

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, IncidentDialog)
        dialog.description.setText("客户资料出现在外部群")
        dialog.accept()
        when_modal(contain)

    def contain(dialog: QDialog) -> None:
        assert isinstance(dialog, ContainmentDialog)
        dialog.lock_seat.setChecked(False)
        dialog.accept()

    try:
        when_modal(fill)
        window.report_incident()
        message = window.statusBar().currentMessage()
        assert shows(message, "待发送至大厅", "not yet sent to the hall")
        (ref,) = window.services.hall.unsent_incidents()
        assert ref in message
    finally:
        window.close()


def test_a_desk_whose_account_the_hall_disables_locks_and_does_not_unlock(
    qtbot: QtBot, customer_vault: StaffedVault, running_hall: RunningHall
) -> None:
    enrol_staffed(customer_vault, running_hall, "seat-07")
    window = DeskWindow(customer_vault.signed_in("agent01"), "zh_CN")
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: ticked(window, "大厅已连接", "Hall connected"), timeout=20000)
        with Services(customer_vault.signed_in("admin01")) as admin:
            admin.staff.disable("agent01")
        qtbot.waitUntil(lambda: (window.tick(), window.is_locked)[1], timeout=20000)
        assert shows(window.lock_screen.reason.text(), "大厅已停用此账号", "hall disabled")
        assert not window.try_unlock(PASSWORDS["agent01"])
        assert window.is_locked
    finally:
        window.close()
