"""Report an incident from the desk in one click (the form comes filled in), then containment;
and the incident board for those who handle incidents."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from seatdesk.core.errors import SeatDeskError
from seatdesk.ui.desk_host import DeskHost
from seatdesk.ui.error_text import error_text
from seatdesk.ui.incident_board import IncidentBoard
from seatdesk.ui.incident_dialog import ContainmentDialog, IncidentDialog


def report_incident(host: DeskHost, lock_seat: Callable[[], None]) -> None:
    desk = host.services.incidents
    active = host.services.calls.active
    window = host.host_widget()
    prefill = desk.prefill(active.masked_number if active else None)
    dialog = IncidentDialog(prefill, host.services.who.policy.hall_time, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    category, text, affected, anonymous = dialog.choice()
    try:
        row = desk.submit(
            category,
            text,
            affected,
            anonymous=anonymous,
            call_masked=active.masked_number if active else None,
        )
    except SeatDeskError as exc:
        host.show_notice(error_text(exc))
        return
    contain = ContainmentDialog(row.ref, window)
    contain.exec()
    desk.contain(
        row.ref,
        locked_seat=contain.lock_seat.isChecked(),
        force_password_change=contain.staff_ids(),
    )
    if row.ref in host.services.hall.unsent_incidents():
        # Queued in the outbox: the reporter is told it has not reached the hall yet.
        host.show_status(
            QCoreApplication.translate(
                "IncidentFlow",
                "Incident %1 recorded; not yet sent to the hall (sent when it is back).",
            ).replace("%1", row.ref),
            60000,
        )
    if contain.lock_seat.isChecked():
        lock_seat()


def open_incidents(host: DeskHost) -> None:
    board = IncidentBoard(
        host.services, host.language, host.host_widget(), watermark=host.watermark_text
    )
    board.exec()
