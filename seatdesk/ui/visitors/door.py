"""The "at the door" part of the register form: badge, escort, expected departure, the devices
brought (those not allowed in are kept at the door), and the visitor's acknowledgement of the
confidentiality notice (their typed name, or the number of a signed paper form)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QTimeEdit,
    QWidget,
)

from seatdesk.services.visitors import Acknowledgement, Arrival, VisitorDesk
from seatdesk.ui.dialog_kit import line_edit
from seatdesk.ui.style import set_tone
from seatdesk.ui.visitors.dialogs import NoticeDialog


class DoorSection(QGroupBox):
    def __init__(self, desk: VisitorDesk, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("At the door"))
        self.desk = desk
        self.language = language
        self.badge = line_edit("visitorBadge", self.tr("Badge number"))
        self.escort = line_edit("visitorEscort", self.tr("Escort"))
        self.departure = QTimeEdit()
        self.departure.setObjectName("visitorDeparture")
        self.departure.setDisplayFormat("HH:mm")
        self.departure.setAccessibleName(self.tr("Expected departure"))
        self.devices: dict[str, QCheckBox] = {}
        device_row = QGridLayout()
        for index, device in enumerate(desk.rules.devices):
            label = device.label_zh if language == "zh_CN" else device.label_en
            if not device.allowed:
                label += " " + self.tr("(kept at the door)")
            box = QCheckBox(label)
            box.setObjectName(f"device_{device.code}")
            box.toggled.connect(self.devices_changed)
            self.devices[device.code] = box
            device_row.addWidget(box, index // 2, index % 2)
        self.held = QCheckBox(self.tr("Devices not allowed in were taken at the door"))
        self.held.setObjectName("devicesHeld")
        set_tone(self.held, "alert")
        self.notice_button = QPushButton(self.tr("Show the confidentiality notice…"))
        self.notice_button.setObjectName("showNotice")
        self.notice_button.clicked.connect(self.show_notice)
        self.ack_typed = QRadioButton(self.tr("Visitor types their name"))
        self.ack_typed.setObjectName("ackTyped")
        self.ack_typed.setChecked(True)
        self.ack_paper = QRadioButton(self.tr("Signed paper form no."))
        self.ack_paper.setObjectName("ackPaper")
        self.typed_name = line_edit("ackTypedName", self.tr("Name typed by the visitor"))
        self.form_no = line_edit("ackFormNo", self.tr("Paper form number"))
        acks = QButtonGroup(self)
        acks.addButton(self.ack_typed)
        acks.addButton(self.ack_paper)
        self.ack_typed.toggled.connect(self.ack_changed)
        form = QFormLayout(self)
        form.addRow(self.tr("Badge number"), self.badge)
        form.addRow(self.tr("Escort"), self.escort)
        form.addRow(self.tr("Expected departure"), self.departure)
        form.addRow(self.tr("Devices"), device_row)
        form.addRow(self.held)
        form.addRow(self.notice_button)
        form.addRow(self.ack_typed, self.typed_name)
        form.addRow(self.ack_paper, self.form_no)
        self.rules_hint = QLabel(self._rules_text())
        self.rules_hint.setObjectName("visitorRulesHint")
        self.rules_hint.setWordWrap(True)
        set_tone(self.rules_hint, "muted")
        form.addRow(self.rules_hint)

    def clear(self) -> None:
        for edit in (self.badge, self.typed_name, self.form_no):
            edit.clear()
        for box in self.devices.values():
            box.setChecked(False)
        self.held.setChecked(False)
        self.ack_typed.setChecked(True)

    def devices_changed(self) -> None:
        allowed = self.desk.rules.allowed_devices
        kept = [c for c, box in self.devices.items() if box.isChecked() and c not in allowed]
        self.held.setVisible(bool(kept))
        if not kept:
            self.held.setChecked(False)

    def ack_changed(self) -> None:
        typed = self.ack_typed.isChecked()
        self.typed_name.setEnabled(typed)
        self.form_no.setEnabled(not typed)

    def show_notice(self) -> None:
        NoticeDialog(self.language, self).exec()

    def arrival(self, departure: datetime) -> Arrival:
        if self.ack_typed.isChecked():
            ack = Acknowledgement.typed(self.typed_name.text(), self.language)
        else:
            ack = Acknowledgement.paper(self.form_no.text())
        return Arrival(
            badge=self.badge.text(),
            expected_departure=departure,
            acknowledgement=ack,
            escort=self.escort.text(),
            devices=tuple(c for c, box in self.devices.items() if box.isChecked()),
            held_at_door=self.held.isChecked(),
        )

    def _rules_text(self) -> str:
        rules = self.desk.rules
        allowed = ", ".join(self.desk.device_label(c, self.language) for c in rules.allowed_devices)
        return (
            self.tr(
                "Allowed into the hall: %1. The hall closes at %2: whoever is still in is "
                "signed out and flagged. Overstays show in red %3 minutes after the expected "
                "departure."
            )
            .replace("%1", allowed or self.tr("no devices"))
            .replace("%2", rules.end_of_day.strftime("%H:%M"))
            .replace("%3", str(rules.overstay_grace_minutes))
        )
