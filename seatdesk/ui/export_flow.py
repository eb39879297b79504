"""Export from the desk: masked fields only, a recipient picked from the partners whose agreement
is in force and a purpose that agreement names, a second person's authorisation at the seat, an
encrypted file, and a one-time password shown to the authoriser. Whether the agreement covers the
exported fields' classes is the services' check: a refusal is shown (and audited)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from seatdesk.core.errors import SeatDeskError
from seatdesk.services.export import ExportResult
from seatdesk.services.partners import PartnerChoice
from seatdesk.ui.desk_host import DeskHost
from seatdesk.ui.dialog_kit import error_label, inform, ok_cancel_buttons
from seatdesk.ui.dialogs import ApprovalDialog
from seatdesk.ui.error_text import error_text
from seatdesk.ui.style import set_tone


class ExportRequestDialog(QDialog):
    def __init__(
        self,
        rows: int,
        partners: Sequence[PartnerChoice],
        parent: QWidget | None = None,
        classes: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportRequestDialog")
        self.setWindowTitle(self.tr("Export (masked)"))
        self._partners = list(partners)
        self._classes = list(classes)  # of the exported fields
        intro = QLabel(
            self.tr(
                "%1 customer(s), masked fields only. A supervisor or security "
                "officer must authorise the export at this seat."
            ).replace("%1", str(rows))
        )
        intro.setWordWrap(True)
        self.partner = QComboBox()
        self.partner.setObjectName("exportPartner")
        self.partner.setAccessibleName(self.tr("Recipient"))
        for choice in self._partners:
            self.partner.addItem(f"{choice.name} · {choice.agreement_no}", choice.id)
        self.purpose = QComboBox()
        self.purpose.setObjectName("exportPurpose")
        self.purpose.setAccessibleName(self.tr("Purpose"))
        self.covers = QLabel()
        self.covers.setObjectName("exportCovers")
        self.covers.setWordWrap(True)
        self.covered_only = QCheckBox(
            self.tr("Leave out the fields of the classes the agreement does not cover")
        )
        self.covered_only.setObjectName("exportCoveredOnly")
        self.covered_only.toggled.connect(lambda _: self._show_agreement())
        self.partner.currentIndexChanged.connect(self._show_agreement)
        form = QFormLayout()
        form.addRow(self.tr("Recipient"), self.partner)
        form.addRow(self.tr("Purpose"), self.purpose)
        form.addRow(self.tr("Agreement covers"), self.covers)
        form.addRow("", self.covered_only)
        buttons = ok_cancel_buttons(self, self.tr("Continue"), self.tr("Cancel"))
        buttons.accepted.connect(self._check)
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        covering = [i for i, c in enumerate(self._partners) if set(self._classes) <= set(c.classes)]
        self.partner.setCurrentIndex(covering[0] if covering else 0)  # one that covers, if any
        self._show_agreement()

    def chosen(self) -> PartnerChoice | None:
        index = self.partner.currentIndex()
        return self._partners[index] if 0 <= index < len(self._partners) else None

    def _show_agreement(self) -> None:
        choice = self.chosen()
        self.purpose.clear()
        if choice is None:
            self.covers.setText("")
            return
        self.purpose.addItems(list(choice.purposes))
        missing = self.missing()
        self.covered_only.setVisible(bool(missing))
        text = " ".join(choice.classes)
        refused = bool(missing) and not self.covered_only.isChecked()
        if refused:
            text += self.tr(" — not %1: the export would be refused").replace(
                "%1", " ".join(missing)
            )
        elif missing:
            text += self.tr(" — the fields of %1 are left out").replace("%1", " ".join(missing))
        self.covers.setText(text)
        set_tone(self.covers, "error" if refused else "")

    def missing(self) -> list[str]:
        """The exported fields' classes the chosen agreement does not cover."""
        choice = self.chosen()
        return [] if choice is None else [c for c in self._classes if c not in choice.classes]

    def covered_fields_only(self) -> bool:
        return bool(self.missing()) and self.covered_only.isChecked()

    def _check(self) -> None:
        if self.chosen() is None or not self.purpose.currentText().strip():
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
    try:
        partners = host.services.partners.for_export()
    except SeatDeskError as exc:
        host.show_notice(error_text(exc))
        return None
    if not partners:
        host.show_notice(
            QCoreApplication.translate(
                "ExportFlow",
                "No partner has a confidentiality agreement in force: the security officer "
                "registers partners before anything is exported.",
            )
        )
        return None
    request = ExportRequestDialog(len(ids), partners, window, host.services.exports.classes_of())
    if request.exec() != QDialog.DialogCode.Accepted:
        return None
    partner = request.chosen()
    if partner is None:
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
            purpose=request.purpose.currentText(),
            partner_id=partner.id,
            fields=desk.fields_within(partner.classes) if request.covered_fields_only() else None,
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
