"""The desk's small prompts and notices: confirming a consent withdrawal, the reminders that
the services' tick finds due (retention purge, backup), and what a refused copy or print says."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

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


def reminder_text(due: Reminders, hall_time: Callable[[datetime], str]) -> str:
    texts = []
    if due.purge_due:
        texts.append(
            translate(
                "DeskPrompts", "%1 customer(s) are due for deletion: run the retention purge."
            ).replace("%1", str(due.purge_due))
        )
    if due.backup_due:
        last = hall_time(due.last_backup) if due.last_backup else translate("DeskPrompts", "never")
        texts.append(
            translate(
                "DeskPrompts",
                "No recent backup (last: %1): back up now under Administration.",
            ).replace("%1", last)
        )
    return " ".join(texts)


def _action_names() -> dict[str, str]:
    """The guards' codes for a way out (as the audit records them), as a person says them."""
    return {
        "copy": translate("DeskPrompts", "copying"),
        "cut": translate("DeskPrompts", "cutting"),
        "select_all": translate("DeskPrompts", "selecting all"),
        "print": translate("DeskPrompts", "printing"),
        "context_menu": translate("DeskPrompts", "the context menu"),
        "drag": translate("DeskPrompts", "dragging"),
        "drop": translate("DeskPrompts", "dropping"),
        "clipboard": translate("DeskPrompts", "the clipboard"),
    }


def blocked_text(action: str) -> str:
    name = _action_names().get(action, translate("DeskPrompts", "another way out"))
    return translate(
        "DeskPrompts",
        "Blocked: customer data cannot leave the seat (%1). The attempt was recorded.",
    ).replace("%1", name)


def print_refused_text() -> str:
    return translate(
        "DeskPrompts", "Printing customer data is not allowed; the attempt was recorded."
    )
