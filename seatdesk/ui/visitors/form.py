"""The register form at the hall door, built for a walk-in in under a minute: one screen, tab
order top to bottom, sensible defaults (host and escort: the person registering; approval time:
now; departure: in two hours, never after closing), Enter to register.

Three modes share it: a walk-in (register and sign in now), a pre-registration (who, approval and
the date only) and the check-in of a pre-registered visitor (the document shown at the door is
compared with the registered one, never displayed)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from seatdesk.core.errors import SeatDeskError
from seatdesk.services.visitors import (
    Arrival,
    VisitorDesk,
    VisitorDraft,
    VisitorView,
    WatchListBlocked,
    WatchOverride,
)
from seatdesk.ui.dialog_kit import error_label, line_edit
from seatdesk.ui.error_text import error_text
from seatdesk.ui.field_rules import mark_protected
from seatdesk.ui.style import primary_button, set_tone
from seatdesk.ui.visitors.dialogs import OverrideDialog
from seatdesk.ui.visitors.door import DoorSection

WALK_IN, PRE_REGISTER, CHECK_IN = "walk_in", "pre_register", "check_in"


class VisitorForm(QWidget):
    registered = Signal(object)  # the VisitorView

    def __init__(self, desk: VisitorDesk, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visitorForm")
        self.desk = desk
        self.language = language
        self.mode = WALK_IN
        self.expected_view: VisitorView | None = None

        # -- mode ---------------------------------------------------------------------------
        self.walk_in = QRadioButton(self.tr("Walk-in: register and sign in now"))
        self.walk_in.setObjectName("modeWalkIn")
        self.pre_register = QRadioButton(self.tr("Pre-register an expected visitor"))
        self.pre_register.setObjectName("modePreRegister")
        self.walk_in.setChecked(True)
        modes = QButtonGroup(self)
        modes.addButton(self.walk_in)
        modes.addButton(self.pre_register)
        self.walk_in.toggled.connect(lambda on: self._mode_toggled(on, WALK_IN))
        self.pre_register.toggled.connect(lambda on: self._mode_toggled(on, PRE_REGISTER))
        self.banner = QLabel()
        self.banner.setObjectName("checkInBanner")
        self.banner.setWordWrap(True)
        set_tone(self.banner, "info")
        self.leave_check_in = QPushButton(self.tr("Back to walk-in"))
        self.leave_check_in.setObjectName("leaveCheckIn")
        self.leave_check_in.clicked.connect(lambda: self.set_mode(WALK_IN))

        # -- the visitor --------------------------------------------------------------------
        self.name = line_edit("visitorName", self.tr("Name"))
        self.id_type = QComboBox()
        self.id_type.setObjectName("visitorIdType")
        self.id_type.setAccessibleName(self.tr("ID type"))
        for kind in desk.rules.id_types:
            self.id_type.addItem(kind.name if language == "zh_CN" else kind.label_en, kind.name)
        self.id_number = line_edit("visitorIdNumber", self.tr("ID number"))
        # Visible while typed (to check it against the document), hidden once the field is left.
        self.id_number.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        mark_protected(self.id_number)
        self.id_label = QLabel(self.tr("ID number"))
        self.mobile = line_edit("visitorMobile", self.tr("Mobile (optional)"))
        self.mobile.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        mark_protected(self.mobile)
        self.organisation = line_edit("visitorOrganisation", self.tr("Organisation"))
        self.purpose = line_edit("visitorPurpose", self.tr("Purpose of the visit"))
        who = QGroupBox(self.tr("Visitor"))
        who_form = QFormLayout(who)
        who_form.addRow(self.tr("Name"), self.name)
        who_form.addRow(self.tr("ID type"), self.id_type)
        who_form.addRow(self.id_label, self.id_number)
        who_form.addRow(self.tr("Mobile (optional)"), self.mobile)
        who_form.addRow(self.tr("Organisation"), self.organisation)
        who_form.addRow(self.tr("Purpose of the visit"), self.purpose)

        # -- approval -----------------------------------------------------------------------
        self.host = QComboBox()
        self.host.setObjectName("visitorHost")
        self.host.setAccessibleName(self.tr("Host"))
        self.approver = QComboBox()
        self.approver.setObjectName("visitorApprover")
        self.approver.setAccessibleName(self.tr("Approver"))
        self.approval_ref = line_edit("visitorApprovalRef", self.tr("Approval reference"))
        self.approved_at = QTimeEdit()
        self.approved_at.setObjectName("visitorApprovedAt")
        self.approved_at.setDisplayFormat("HH:mm")
        self.approved_at.setAccessibleName(self.tr("Approved at"))
        self.expected_date = QDateEdit()
        self.expected_date.setObjectName("visitorExpectedDate")
        self.expected_date.setDisplayFormat("yyyy-MM-dd")
        self.expected_date.setCalendarPopup(True)
        self.expected_date.setAccessibleName(self.tr("Expected on"))
        approval = QGroupBox(self.tr("Approval"))
        approval_form = QFormLayout(approval)
        approval_form.addRow(self.tr("Host"), self.host)
        approval_form.addRow(self.tr("Approver"), self.approver)
        approval_form.addRow(self.tr("Approval reference"), self.approval_ref)
        approval_form.addRow(self.tr("Approved at"), self.approved_at)
        approval_form.addRow(self.tr("Expected on"), self.expected_date)

        # -- at the door --------------------------------------------------------------------
        self.door = DoorSection(desk, language)
        door = self.door
        self.badge, self.escort, self.departure = door.badge, door.escort, door.departure
        self.devices, self.held = door.devices, door.held
        self.ack_typed, self.ack_paper = door.ack_typed, door.ack_paper
        self.typed_name, self.form_no = door.typed_name, door.form_no

        self.error = error_label()
        self.submit_button = QPushButton()
        self.submit_button.setObjectName("visitorSubmit")
        self.submit_button.setDefault(True)
        primary_button(self.submit_button)
        self.submit_button.clicked.connect(self.submit)

        top = QHBoxLayout()
        top.addWidget(self.walk_in)
        top.addWidget(self.pre_register)
        top.addStretch()
        top.addWidget(self.leave_check_in)
        left = QVBoxLayout()
        left.addWidget(who)
        left.addWidget(approval)
        left.addStretch()
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addWidget(door, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.error, 1)
        bottom.addWidget(self.submit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)
        for edit in (
            self.name,
            self.id_number,
            self.mobile,
            self.organisation,
            self.purpose,
            self.approval_ref,
            self.badge,
            self.escort,
            self.typed_name,
            self.form_no,
        ):
            edit.returnPressed.connect(self.submit)
        self.reload_people()
        self.set_mode(WALK_IN)

    # -- state ------------------------------------------------------------------------------
    def reload_people(self) -> None:
        me = self.desk.staff_id
        self.host.clear()
        for staff_id, name in self.desk.hosts():
            self.host.addItem(f"{staff_id} {name}", staff_id)
        self.host.setCurrentIndex(max(self.host.findData(me), 0))
        self.approver.clear()
        for staff_id, name in self.desk.approvers():
            self.approver.addItem(f"{staff_id} {name}", staff_id)
        self.escort.setText(me)

    def reset_times(self) -> None:
        rules, now = self.desk.rules, self.desk.now()
        local = rules.local(now)
        self.approved_at.setTime(QTime(local.hour, local.minute))
        leave = rules.local(self.desk.default_departure())
        self.departure.setTime(QTime(leave.hour, leave.minute))
        tomorrow = rules.today(now) + timedelta(days=1)
        self.expected_date.setMinimumDate(QDate(local.year, local.month, local.day))
        self.expected_date.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))

    def _mode_toggled(self, on: bool, mode: str) -> None:
        if on:
            self.set_mode(mode)

    def set_mode(self, mode: str, view: VisitorView | None = None) -> None:
        leaving_check_in = self.mode == CHECK_IN and mode != CHECK_IN
        self.mode = mode
        self.expected_view = view if mode == CHECK_IN else None
        checking_in = mode == CHECK_IN
        for widget in (
            self.name,
            self.id_type,
            self.mobile,
            self.organisation,
            self.purpose,
            self.host,
            self.approver,
            self.approval_ref,
            self.approved_at,
        ):
            widget.setEnabled(not checking_in)
        self.walk_in.setVisible(not checking_in)
        self.pre_register.setVisible(not checking_in)
        self.leave_check_in.setVisible(checking_in)
        self.banner.setVisible(checking_in)
        self.door.setEnabled(mode != PRE_REGISTER)
        self.expected_date.setEnabled(mode == PRE_REGISTER)
        self.id_label.setText(
            self.tr("ID number shown at the door") if checking_in else self.tr("ID number")
        )
        self.submit_button.setText(
            {
                WALK_IN: self.tr("Register and sign in"),
                PRE_REGISTER: self.tr("Pre-register"),
                CHECK_IN: self.tr("Sign in to the hall"),
            }[mode]
        )
        if checking_in and view is not None:
            self.clear()
            self.banner.setText(
                self.tr(
                    "Signing in %1 (%2), pre-registered for %3. Compare the document with "
                    "the registration: type its number below."
                )
                .replace("%1", view.name)
                .replace("%2", view.reference)
                .replace("%3", view.expected_date or "")
            )
            self.name.setText(view.name)
            self.id_type.setCurrentIndex(max(self.id_type.findData(view.id_type), 0))
            self.organisation.setText(view.organisation)
            self.purpose.setText(view.purpose)
            self.host.setCurrentIndex(max(self.host.findData(view.host), 0))
            self.approval_ref.setText(view.approval_ref)
            self.typed_name.clear()
            self.badge.setFocus()
        if leaving_check_in:
            self.banner.clear()
            self.clear()
            self.walk_in.setChecked(True)
        self.door.devices_changed()
        self.door.ack_changed()
        self.reset_times()
        if checking_in and view is not None and view.expected_date:
            booked = QDate.fromString(view.expected_date, "yyyy-MM-dd")
            self.expected_date.setMinimumDate(min(booked, self.expected_date.minimumDate()))
            self.expected_date.setDate(booked)  # the booking's date, not the form's default
        self.error.clear()

    def clear(self) -> None:
        for edit in (
            self.name,
            self.id_number,
            self.mobile,
            self.organisation,
            self.purpose,
            self.approval_ref,
        ):
            edit.clear()
        self.door.clear()
        self.reload_people()
        self.reset_times()

    # -- submitting ---------------------------------------------------------------------------
    def _hall_moment(self, value: QTime, *, future: bool) -> datetime:
        rules, now = self.desk.rules, self.desk.now()
        moment = datetime.combine(rules.today(now), time(value.hour(), value.minute()), rules.zone)
        if future and moment <= now:
            moment += timedelta(days=1)  # a night visit that leaves after midnight
        if not future and moment > now + timedelta(minutes=5):
            moment -= timedelta(days=1)  # approved yesterday evening
        return moment

    def _draft(self) -> VisitorDraft:
        return VisitorDraft(
            name=self.name.text(),
            id_type=str(self.id_type.currentData()),
            id_number=self.id_number.text(),
            organisation=self.organisation.text(),
            purpose=self.purpose.text(),
            host=str(self.host.currentData() or ""),
            approver=str(self.approver.currentData() or ""),
            approval_ref=self.approval_ref.text(),
            mobile=self.mobile.text(),
            approved_at=self._hall_moment(self.approved_at.time(), future=False),
        )

    def _arrival(self) -> Arrival:
        return self.door.arrival(self._hall_moment(self.departure.time(), future=True))

    def _call(self, override: WatchOverride | None) -> VisitorView:
        if self.mode == PRE_REGISTER:
            picked = self.expected_date.date()
            day = date(picked.year(), picked.month(), picked.day())
            return self.desk.pre_register(self._draft(), day, override)
        if self.mode == CHECK_IN and self.expected_view is not None:
            return self.desk.check_in(
                self.expected_view.visitor_id, self._arrival(), self.id_number.text(), override
            )
        return self.desk.register_walk_in(self._draft(), self._arrival(), override)

    def submit(self) -> VisitorView | None:
        self.error.clear()
        set_tone(self.error, "error")
        try:
            try:
                view = self._call(None)
            except WatchListBlocked as blocked:
                dialog = OverrideDialog(self.desk, blocked.hits, self)
                if dialog.exec() != OverrideDialog.DialogCode.Accepted or dialog.override is None:
                    self.error.setText(
                        self.tr("Not registered: the visitor matches the watch list.")
                    )
                    return None
                view = self._call(dialog.override)
        except SeatDeskError as exc:
            self.error.setText(error_text(exc))
            return None
        mode = self.mode
        if mode == CHECK_IN:
            self.set_mode(WALK_IN)
        else:
            self.clear()
        set_tone(self.error, "ok")
        done = {
            WALK_IN: self.tr("%1 signed in: badge %2."),
            CHECK_IN: self.tr("%1 signed in: badge %2."),
            PRE_REGISTER: self.tr("%1 pre-registered for %2."),
        }[mode]
        self.error.setText(
            done.replace("%1", f"{view.name} ({view.reference})").replace(
                "%2", view.badge if mode != PRE_REGISTER else str(view.expected_date)
            )
        )
        self.registered.emit(view)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)
        return view
