"""The desk's small prompts and notices: confirming a consent withdrawal, the reminders that
the services' tick finds due (retention purge, backup), and what a refused copy or print says."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from seatdesk.services.lifecycle import Reminders
from seatdesk.ui.dialog_kit import confirm

translate = QCoreApplication.translate


def confirm_withdrawal(parent: QWidget, customer_no: str) -> bool:
    return confirm(
        parent,
        translate("DeskPrompts", "Consent withdrawn"),
        translate(
            "DeskPrompts",
            "Record that customer %1 withdraws consent? The record will be deleted at "
            "the next retention purge.",
        ).replace("%1", customer_no),
    )


def reminder_text(due: Reminders) -> str:
    texts = []
    if due.purge_due:
        texts.append(
            translate(
                "DeskPrompts", "%1 customer(s) are due for deletion: run the retention purge."
            ).replace("%1", str(due.purge_due))
        )
    if due.backup_due:
        last = due.last_backup.isoformat() if due.last_backup else translate("DeskPrompts", "never")
        texts.append(
            translate("DeskPrompts", "No recent backup (last: %1): run seatdesk backup.").replace(
                "%1", last
            )
        )
    return " ".join(texts)


def blocked_text(action: str) -> str:
    return translate(
        "DeskPrompts",
        "Blocked: customer data cannot leave the seat (%1). The attempt was recorded.",
    ).replace("%1", action)


def print_refused_text() -> str:
    return translate(
        "DeskPrompts", "Printing customer data is not allowed; the attempt was recorded."
    )
