"""Export from the desk: masked fields only, a purpose and a recipient, a second person's
authorisation at the seat, an encrypted file, and a one-time password shown to the authoriser."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from seatdesk.core.errors import SeatDeskError
from seatdesk.services.export import ExportResult
from seatdesk.ui.desk_host import DeskHost
from seatdesk.ui.dialog_kit import error_label, inform, ok_cancel_buttons
from seatdesk.ui.dialogs import ApprovalDialog
from seatdesk.ui.error_text import error_text


class ExportRequestDialog(QDialog):
    def __init__(self, rows: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportRequestDialog")
        self.setWindowTitle(self.tr("Export (masked)"))
        intro = QLabel(
            self.tr(
                "%1 customer(s), masked fields only. A supervisor or security "
                "officer must authorise the export at this seat."
            ).replace("%1", str(rows))
        )
        intro.setWordWrap(True)
        self.purpose = QLineEdit()
        self.purpose.setObjectName("exportPurpose")
        self.purpose.setAccessibleName(self.tr("Purpose"))
        self.recipient = QLineEdit()
        self.recipient.setObjectName("exportRecipient")
        self.recipient.setAccessibleName(self.tr("Recipient"))
        form = QFormLayout()
        form.addRow(self.tr("Purpose"), self.purpose)
        form.addRow(self.tr("Recipient"), self.recipient)
        buttons = ok_cancel_buttons(self, self.tr("Continue"), self.tr("Cancel"))
        buttons.accepted.connect(self._check)
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _check(self) -> None:
        if not self.purpose.text().strip() or not self.recipient.text().strip():
            self.error.setText(self.tr("Give the purpose and the recipient."))
            return
        self.accept()


def choose_export_path(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ExportFlow", "Save the encrypted export"),
        "seatdesk-export.sdx",
        QCoreApplication.translate("ExportFlow", "SeatDesk export (*.sdx)"),
    )
    return Path(name) if name else None


def run_export(host: DeskHost) -> ExportResult | None:
    ids = host.listed_customer_ids()
    if not ids:
        host.show_notice(
            QCoreApplication.translate(
                "ExportFlow", "Search first: the export holds the customers listed."
            )
        )
        return None
    window = host.host_widget()
    request = ExportRequestDialog(len(ids), window)
    if request.exec() != QDialog.DialogCode.Accepted:
        return None
    desk = host.services.exports
    approval_dialog = ApprovalDialog(
        QCoreApplication.translate("ExportFlow", "supervisor or security officer"),
        desk.authorise,
        window,
        purpose="export",
    )
    if approval_dialog.exec() != QDialog.DialogCode.Accepted or approval_dialog.approval is None:
        return None
    out = choose_export_path(window)
    if out is None:
        return None
    try:
        result = desk.export(
            ids,
            purpose=request.purpose.text(),
            recipient=request.recipient.text(),
            approval=approval_dialog.approval,
            out=out,
        )
    except SeatDeskError as exc:
        host.show_notice(error_text(exc))
        return None
    inform(
        window,
        QCoreApplication.translate("ExportFlow", "Export (masked)"),
        QCoreApplication.translate(
            "ExportFlow",
            "Written to %1. One-time password for the recipient — for the authoriser's eyes "
            "only, shown once:\n\n%2",
        )
        .replace("%1", str(result.path))
        .replace("%2", result.one_time_password),
    )
    return result
