"""The desk's small prompts and notices: confirming a consent withdrawal, and the reminders
that the services' tick finds due (retention purge, backup)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from seatdesk.services.lifecycle import Reminders


def _tr(text: str) -> str:
    return QCoreApplication.translate("DeskPrompts", text)


def confirm_withdrawal(parent: QWidget, customer_no: str) -> bool:
    answer = QMessageBox.question(
        parent,
        _tr("Consent withdrawn"),
        _tr(
            "Record that customer %1 withdraws consent? The record will be deleted at "
            "the next retention purge."
        ).replace("%1", customer_no),
    )
    return answer == QMessageBox.StandardButton.Yes


def reminder_text(due: Reminders) -> str:
    texts = []
    if due.purge_due:
        texts.append(
            _tr("%1 customer(s) are due for deletion: run the retention purge.").replace(
                "%1", str(due.purge_due)
            )
        )
    if due.backup_due:
        last = due.last_backup.isoformat() if due.last_backup else _tr("never")
        texts.append(_tr("No recent backup (last: %1): run seatdesk backup.").replace("%1", last))
    return " ".join(texts)
