"""The approver's "Approvals" window (issue 17): the hall's open requests this person's role may
approve (who asks, at which seat, the customer's reference, the field, the tier, the masked
reason, waiting since, on the hall's clock), refreshed by the desk's tick. "On my way" tells the
agent's desk who is coming; "Decline" says why. The approval itself is signed at the agent's
seat: keys never travel through the hall."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from seatdesk.core.errors import SeatDeskError
from seatdesk.services.factory import Services
from seatdesk.services.hall_approvals import ApprovalRequest
from seatdesk.services.notifications import LOOK_EVERY
from seatdesk.ui.error_text import error_text
from seatdesk.ui.style import set_heading, set_tone
from seatdesk.ui.tables import RowsModel, guarded_table, selected_row

REASON_COLUMN = 5  # the one that takes the spare width


class ApprovalsWindow(QDialog):
    def __init__(self, services: Services, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approvalsWindow")
        self.setWindowTitle(self.tr("Approvals"))
        self.resize(980, 420)
        self._services = services
        self._desk = services.approvals
        self._clock = services.who.clock
        self._seen: tuple[int, datetime] | None = None  # (the hall's news count, when)
        self._policy = services.who.policy
        self._language = language
        self.model: RowsModel[ApprovalRequest] = RowsModel(
            [
                self.tr("Asked by"),
                self.tr("Seat"),
                self.tr("Customer"),
                self.tr("Field"),
                self.tr("Tier"),
                self.tr("Reason"),
                self.tr("Waiting since"),
                self.tr("Status"),
            ],
            self._cells,
            lambda request: request.status == "open",
            self,
        )
        self.heading = QLabel()
        self.heading.setObjectName("approvalsCount")
        set_heading(self.heading, 2)
        hint = QLabel(
            self.tr(
                "Requests of the hall that your role may approve. The approval is signed at the "
                "agent's seat: go there, and type your staff ID and password in their dialog. "
                "No key travels through the hall."
            )
        )
        hint.setWordWrap(True)
        set_tone(hint, "muted")
        self.table = guarded_table(
            "approvalsTable", self.model, self.tr("Approval requests"), fit_columns=True
        )
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(REASON_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.take_button = QPushButton(self.tr("On my way"))
        self.take_button.setObjectName("takeRequestButton")
        self.take_button.clicked.connect(self.take)
        self.reason = QLineEdit()
        self.reason.setObjectName("declineReasonEdit")
        self.reason.setPlaceholderText(self.tr("Why the request is declined"))
        self.reason.setAccessibleName(self.tr("Reason for declining"))
        self.decline_button = QPushButton(self.tr("Decline"))
        self.decline_button.setObjectName("declineRequestButton")
        self.decline_button.clicked.connect(self.decline)
        self.error = QLabel()
        self.error.setObjectName("approvalsError")
        self.error.setWordWrap(True)
        set_tone(self.error, "error")
        row = QHBoxLayout()
        row.addWidget(self.take_button)
        row.addWidget(self.reason, 1)
        row.addWidget(self.decline_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.refresh()

    def _cells(self, request: ApprovalRequest) -> list[str]:
        rule = self._policy.fields.get(request.field)
        field = (
            (rule.label_zh if self._language == "zh_CN" else rule.label_en)
            if rule is not None
            else request.field
        )
        reason = next(
            (
                r.label_zh if self._language == "zh_CN" else r.label_en
                for r in self._policy.reveal_reasons
                if r.code == request.reason_code
            ),
            request.reason_code,
        )
        if request.reason_note:
            reason = self.tr("%1: %2").replace("%1", reason).replace("%2", request.reason_note)
        status = (
            self.tr("%1 is on the way").replace("%1", request.taken_by_name or request.taken_by)
            if request.status == "taken"
            else self.tr("Waiting")
        )
        return [
            f"{request.requester_name} ({request.requester})",
            request.seat_name,
            request.customer_no,
            f"{field} ({request.field_class})",
            request.tier,
            reason,
            self._policy.hall_time(request.asked_at),
            status,
        ]

    def tick(self, now: datetime) -> None:
        """The desk's tick: the list again when the hall pushed news of a request, or a minute
        on (a hall that does not answer holds up one tick a minute, not every tick)."""
        events = self._services.approval_events()
        seen = self._seen
        if seen is not None and seen[0] == events and now - seen[1] < LOOK_EVERY:
            return
        self.refresh()

    def refresh(self) -> None:
        """The hall's open requests again."""
        self._seen = (self._services.approval_events(), self._clock.now())
        chosen = self.model.item(selected_row(self.table))
        try:
            requests = self._desk.open_requests()
        except SeatDeskError as exc:
            self.error.setText(error_text(exc))
            return
        self.error.clear()
        self.model.set_items(requests)
        waiting = sum(1 for r in requests if r.status == "open")
        self.heading.setText(
            self.tr("%1 waiting for an approver, %2 in all").replace("%1", str(waiting))
            .replace("%2", str(len(requests)))
        )  # fmt: skip
        ids = [r.request_id for r in requests]
        if chosen is not None and chosen.request_id in ids:
            self.table.selectRow(ids.index(chosen.request_id))
        elif requests:
            self.table.selectRow(0)

    def _chosen(self) -> ApprovalRequest | None:
        request = self.model.item(selected_row(self.table))
        if request is None:
            self.error.setText(self.tr("Choose a request first."))
        return request

    def take(self) -> None:
        request = self._chosen()
        if request is None:
            return
        try:
            self._desk.take(request.request_id)
        except SeatDeskError as exc:
            self.error.setText(error_text(exc))
            return
        self.refresh()

    def decline(self) -> None:
        request = self._chosen()
        if request is None:
            return
        try:
            self._desk.decline(request.request_id, self.reason.text())
        except SeatDeskError as exc:
            self.error.setText(error_text(exc))
            return
        self.reason.clear()
        self.refresh()
