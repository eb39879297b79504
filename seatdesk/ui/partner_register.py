"""合作方 / Partners: the security officer's register of partners' confidentiality agreements, a
tab of the officer's window. The list (soonest expiry first; agreements ending within the
policy's reminder, lapsed or ended highlighted), adding one (with the signed copy recorded by
its hash), ending one early with a reason, and the register as PDF or CSV. Everything is decided
and audited in services (`PartnerDesk`)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from seatdesk.core.errors import SeatDeskError
from seatdesk.policy.roles import Permission, has_permission
from seatdesk.services.factory import Services
from seatdesk.services.partners import Partner
from seatdesk.ui.dialog_kit import error_label, line_edit, ok_cancel_buttons
from seatdesk.ui.error_text import error_text
from seatdesk.ui.tables import RowsModel, guarded_table, seal_views, selected_row

translate = QCoreApplication.translate


def add_partner_tab(tabs: QTabWidget, services: Services) -> PartnerRegisterTab | None:
    """The Partners tab, for whoever keeps the register (the security officer)."""
    if not has_permission(services.who.role, Permission.MANAGE_PARTNERS):
        return None
    tab = PartnerRegisterTab(services, tabs)
    tabs.addTab(tab, translate("PartnerRegister", "Partners"))
    return tab


def state_text(state: str) -> str:
    return {
        "valid": translate("PartnerRegister", "in force"),
        "expiring": translate("PartnerRegister", "expiring soon"),
        "pending": translate("PartnerRegister", "not yet in force"),
        "lapsed": translate("PartnerRegister", "lapsed"),
        "ended": translate("PartnerRegister", "ended early"),
    }.get(state, state)


def _day(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


class AddPartnerDialog(QDialog):
    """A partner's signed agreement: who, which number, when, for what and which classes."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addPartnerDialog")
        self.setWindowTitle(self.tr("Register a partner's agreement"))
        self._services = services
        self.added: Partner | None = None
        self.files: list[Path] = []
        today = services.partners.today()
        self.name = line_edit("partnerName", self.tr("Partner"))
        self.number = line_edit("partnerAgreement", self.tr("Agreement number"))
        self.signed = QDateEdit(QDate(today.year, today.month, today.day))
        self.expires = QDateEdit(QDate(today.year + 1, today.month, min(today.day, 28)))
        for edit, name in ((self.signed, "partnerSigned"), (self.expires, "partnerExpires")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.purposes = line_edit("partnerPurposes", self.tr("Purposes"))
        self.purposes.setPlaceholderText(self.tr("Separated by semicolons: 监管报送; 投诉复核"))
        self.classes: dict[str, QCheckBox] = {}
        classes_row = QHBoxLayout()
        for name, field_class in services.who.policy.classes.items():
            box = QCheckBox(f"{name} ({field_class.level})")
            box.setObjectName(f"partnerClass{len(self.classes) + 1}")
            self.classes[name] = box
            classes_row.addWidget(box)
        classes_row.addStretch()
        self.contact = line_edit("partnerContact", self.tr("Contact"))
        attach = QPushButton(self.tr("Add a signed copy…"))
        attach.setObjectName("partnerAttach")
        attach.clicked.connect(self._choose_file)
        self.files_said = QLabel(self.tr("None: only its name, size and SHA-256 are kept."))
        self.files_said.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Partner"), self.name)
        form.addRow(self.tr("Agreement number"), self.number)
        form.addRow(self.tr("Signed on"), self.signed)
        form.addRow(self.tr("Expires on"), self.expires)
        form.addRow(self.tr("Purposes"), self.purposes)
        form.addRow(self.tr("Information classes"), classes_row)
        form.addRow(self.tr("Contact"), self.contact)
        form.addRow(attach, self.files_said)
        buttons = ok_cancel_buttons(self, self.tr("Register"), self.tr("Cancel"))
        buttons.accepted.connect(self.try_add)
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 0)

    def add_file(self, path: Path) -> None:
        self.files.append(path)
        self.files_said.setText(", ".join(p.name for p in self.files))

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Add a signed copy…"))
        if name:
            self.add_file(Path(name))

    def try_add(self) -> bool:
        try:
            self.added = self._services.partners.add(
                name=self.name.text(),
                agreement_no=self.number.text(),
                signed_on=_day(self.signed),
                expires_on=_day(self.expires),
                purposes=self.purposes.text().replace("；", ";").split(";"),
                classes=[name for name, box in self.classes.items() if box.isChecked()],
                contact=self.contact.text(),
                attachments=self.files,
            )
        except SeatDeskError as exc:
            self.error.setText(error_text(exc))
            return False
        self.accept()
        return True


class PartnerRegisterTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partnerRegister")
        self._services = services
        self.partners: RowsModel[Partner] = RowsModel(
            [
                self.tr("Partner"),
                self.tr("Agreement number"),
                self.tr("Signed on"),
                self.tr("Expires on"),
                self.tr("State"),
                self.tr("Purposes"),
                self.tr("Classes"),
                self.tr("Contact"),
            ],
            self._cells,
            lambda p: self._state(p) != "valid",
            self,
        )
        self.table = guarded_table("partnerTable", self.partners, self.tr("Partners"))
        add = QPushButton(self.tr("Register a partner…"))
        add.setObjectName("partnerAdd")
        add.clicked.connect(self.open_add)
        self.reason = QLineEdit()
        self.reason.setObjectName("partnerEndReason")
        self.reason.setPlaceholderText(self.tr("Why the agreement ends early"))
        end = QPushButton(self.tr("End the agreement"))
        end.setObjectName("partnerEnd")
        end.clicked.connect(self.end_selected)
        pdf = QPushButton(self.tr("Export PDF…"))
        pdf.setObjectName("partnerPdf")
        pdf.clicked.connect(lambda: self._export("pdf"))
        csv_button = QPushButton(self.tr("Export CSV…"))
        csv_button.setObjectName("partnerCsv")
        csv_button.clicked.connect(lambda: self._export("csv"))
        self.said = QLabel()
        self.said.setObjectName("partnerSaid")
        self.said.setWordWrap(True)
        self.error = error_label()
        top = QHBoxLayout()
        top.addWidget(add)
        top.addStretch()
        top.addWidget(pdf)
        top.addWidget(csv_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.reason, 1)
        bottom.addWidget(end)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.said)
        layout.addWidget(self.error)
        self.load()

    def _state(self, partner: Partner) -> str:
        desk = self._services.partners
        return partner.state(desk.today(), desk.remind_days)

    def _cells(self, partner: Partner) -> list[str]:
        state = self._state(partner)
        text = state_text(state)
        if state == "expiring":
            text += self.tr(" (%1 days)").replace(
                "%1", str(partner.days_left(self._services.partners.today()))
            )
        return [
            partner.name,
            partner.agreement_no,
            partner.signed_on.isoformat(),
            partner.expires_on.isoformat(),
            text,
            "; ".join(partner.purposes),
            " ".join(partner.classes),
            partner.contact,
        ]

    def load(self) -> list[Partner]:
        try:
            found = self._services.partners.entries()
        except SeatDeskError as exc:
            self.error.setText(error_text(exc))
            return []
        self.partners.set_items(found)
        self.table.resizeColumnsToContents()
        expiring = sum(1 for p in found if self._state(p) == "expiring")
        self.said.setText(
            self.tr("%1 agreement(s); %2 end within %3 days.")
            .replace("%1", str(len(found)))
            .replace("%2", str(expiring))
            .replace("%3", str(self._services.partners.remind_days))
        )
        return found

    def select(self, agreement_no: str) -> None:
        for row, partner in enumerate(self.partners.items):
            if partner.agreement_no == agreement_no:
                self.table.selectRow(row)

    def selected(self) -> Partner | None:
        return self.partners.item(selected_row(self.table))

    def open_add(self) -> Partner | None:
        dialog = AddPartnerDialog(self._services, self)
        seal_views(dialog)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.added is None:
            return None
        self.load()
        self.select(dialog.added.agreement_no)
        return dialog.added

    def end_selected(self) -> Partner | None:
        partner = self.selected()
        if partner is None:
            self.error.setText(self.tr("Choose the agreement to end first."))
            return None
        if not self.reason.text().strip():
            self.error.setText(self.tr("Say why the agreement ends early."))
            return None
        try:
            ended = self._services.partners.expire(partner.agreement_no, self.reason.text())
        except SeatDeskError as exc:
            self.error.setText(error_text(exc))
            return None
        self.error.clear()
        self.reason.clear()
        self.load()
        self.said.setText(self.tr("Agreement %1 ended.").replace("%1", ended.agreement_no))
        return ended

    def export(self, kind: str, out: Path) -> str | None:
        try:
            if kind == "pdf":
                digest = self._services.partner_register_pdf(out)
            else:
                digest = self._services.partner_register_csv(out)
        except SeatDeskError as exc:
            self.error.setText(error_text(exc))
            return None
        self.said.setText(self.tr("Written to %1.").replace("%1", str(out)))
        return digest

    def _export(self, kind: str) -> None:
        suffix = "PDF (*.pdf)" if kind == "pdf" else "CSV (*.csv)"
        title = self.tr("Export PDF…") if kind == "pdf" else self.tr("Export CSV…")
        name, _ = QFileDialog.getSaveFileName(self, title, f"partners.{kind}", suffix)
        if name:
            self.export(kind, Path(name))
