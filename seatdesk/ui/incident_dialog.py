"""报告泄密 / Report incident: one click from the desk or the lock screen, a form already filled
with what the software knows; the reporter picks a category and writes one sentence. Afterwards
the reporter is offered to lock the seat and to force password changes (containment)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from seatdesk.services.incidents import Prefill
from seatdesk.ui.dialog_kit import error_label, ok_cancel_buttons
from seatdesk.ui.style import set_tone


def _categories() -> list[tuple[str, str]]:
    # The dialog's context, written out: lupdate filed `widget.tr` in a function under the name
    # "widget" while the desk looked it up under the class name, so the categories stayed English.
    translate = QCoreApplication.translate
    return [
        ("suspected_leak", translate("IncidentDialog", "Suspected leak")),
        ("data_leak", translate("IncidentDialog", "Data leak")),
        ("device_lost", translate("IncidentDialog", "Device lost or stolen")),
        ("unauthorised_access", translate("IncidentDialog", "Unauthorised access")),
        (
            "social_engineering",
            translate("IncidentDialog", "Suspicious call or social engineering"),
        ),
        ("unregistered_visitor", translate("IncidentDialog", "Unregistered visitor")),
        (
            "misoperation",
            translate("IncidentDialog", "Mistake (e.g. number read to the wrong caller)"),
        ),
        ("other", translate("IncidentDialog", "Other")),
    ]


class IncidentDialog(QDialog):
    def __init__(
        self, prefill: Prefill, hall_time: Callable[[str], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("incidentDialog")
        self.setWindowTitle(self.tr("Report incident"))
        facts = QLabel(
            self.tr("Reporter %1 · seat %2 · %3 · SeatDesk %4")
            .replace("%1", prefill.reporter)
            .replace("%2", prefill.seat)
            .replace("%3", hall_time(prefill.at))
            .replace("%4", prefill.app_version)
            + (
                "\n" + self.tr("Active call: %1").replace("%1", prefill.call_masked)
                if prefill.call_masked
                else ""
            )
        )
        facts.setObjectName("incidentFacts")
        set_tone(facts, "muted")
        self.category = QComboBox()
        self.category.setObjectName("incidentCategory")
        self.category.setAccessibleName(self.tr("Category"))
        for code, label in _categories():
            self.category.addItem(label, code)
        self.description = QLineEdit()
        self.description.setObjectName("incidentDescription")
        self.description.setAccessibleName(self.tr("What happened"))
        self.description.setPlaceholderText(self.tr("What happened, in one sentence"))
        self.customers = QListWidget()
        self.customers.setObjectName("incidentCustomers")
        self.customers.setAccessibleName(self.tr("Customers viewed on this seat"))
        for customer_no, masked in prefill.recent_customers:
            item = QListWidgetItem(f"{masked}   {customer_no}")
            item.setData(Qt.ItemDataRole.UserRole, customer_no)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.customers.addItem(item)
        self.customers.setMaximumHeight(120)
        visitors = QLabel(
            self.tr("Visitors in the hall now: %1").replace("%1", str(len(prefill.visitors)))
        )
        self.anonymous = QCheckBox(self.tr("Hide my name from everyone but the security officer"))
        self.anonymous.setObjectName("incidentAnonymous")
        self.error = error_label()
        buttons = ok_cancel_buttons(self, self.tr("Report"), self.tr("Cancel"))
        buttons.accepted.connect(self._check)
        form = QFormLayout()
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("What happened"), self.description)
        form.addRow(self.tr("Affected customers"), self.customers)
        layout = QVBoxLayout(self)
        layout.addWidget(facts)
        layout.addLayout(form)
        layout.addWidget(visitors)
        layout.addWidget(self.anonymous)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.description.setFocus(Qt.FocusReason.OtherFocusReason)

    def _check(self) -> None:
        if not self.description.text().strip():
            self.error.setText(self.tr("Say in one sentence what happened."))
            return
        self.accept()

    def affected(self) -> list[str]:
        return [
            str(self.customers.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.customers.count())
            if self.customers.item(i).checkState() == Qt.CheckState.Checked
        ]

    def choice(self) -> tuple[str, str, list[str], bool]:
        return (
            str(self.category.currentData()),
            self.description.text(),
            self.affected(),
            self.anonymous.isChecked(),
        )


class ContainmentDialog(QDialog):
    def __init__(self, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("containmentDialog")
        self.setWindowTitle(self.tr("Reported — contain it now"))
        intro = QLabel(self.tr("Reported as %1. Stop the harm now:").replace("%1", reference))
        self.lock_seat = QCheckBox(self.tr("Lock this seat now"))
        self.lock_seat.setObjectName("containLock")
        self.lock_seat.setChecked(True)
        self.accounts = QLineEdit()
        self.accounts.setObjectName("containAccounts")
        self.accounts.setAccessibleName(self.tr("Staff IDs whose password must change"))
        self.accounts.setPlaceholderText(
            self.tr("Staff IDs whose password must change, e.g. A1001, A1002")
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Done"))
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.lock_seat)
        layout.addWidget(self.accounts)
        layout.addWidget(buttons)

    def staff_ids(self) -> list[str]:
        return [p.strip() for p in self.accounts.text().replace("，", ",").split(",") if p.strip()]
