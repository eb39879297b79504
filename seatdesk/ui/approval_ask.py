"""The agent's "Ask a supervisor" in the authorisation dialog (issue 17): the request goes to the
hall, the dialog waits and says what the hall knows ("supervisor Z is coming", declined and
why, expired); the approver still signs in the same dialog, at this seat. Keys never travel.
What is asked and decided is in services; this panel only shows it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from seatdesk.core.errors import SeatDeskError
from seatdesk.services.approval import Approval
from seatdesk.services.hall_approvals import ApprovalRequest
from seatdesk.ui.error_text import error_text
from seatdesk.ui.style import set_tone

translate = QCoreApplication.translate
REFRESH_MS = 5000  # the hall's answer is looked at as often as the desk ticks


@dataclass(frozen=True)
class AskHooks:
    """What the panel may do, bound by the reveal flow to one customer's field and reason."""

    ask: Callable[[], ApprovalRequest]
    status: Callable[[str], ApprovalRequest]
    cancel: Callable[[str], ApprovalRequest]
    authorise: Callable[[str, str, str], Approval]  # request id, approver's ID, password
    hall_time: Callable[[datetime | str], str]
    officer: bool = False  # the request needs the security officer (not a supervisor)


def waiting_text(request: ApprovalRequest, hall_time: Callable[[datetime | str], str]) -> str:
    """What the agent reads about their request."""
    since = hall_time(request.asked_at)
    texts = {
        "open": translate(
            "ApprovalAsk", "Asked through the hall at %1: waiting for an approver to come."
        ),
        "taken": translate("ApprovalAsk", "%2 is coming to this seat (asked at %1)."),
        "declined": translate("ApprovalAsk", "%2 declined: %3"),
        "expired": translate(
            "ApprovalAsk", "The request asked at %1 expired: ask again, or sign here."
        ),
        "cancelled": translate("ApprovalAsk", "The request was cancelled."),
        "granted": translate("ApprovalAsk", "Authorised at this seat."),
    }
    text = texts.get(request.status, request.status)
    who = request.taken_by_name or request.taken_by
    return text.replace("%1", since).replace("%2", who).replace("%3", request.decline_reason)


class AskPanel(QWidget):
    """A button that asks, then the request's state, refreshed while the dialog is open."""

    changed = Signal(str)  # the request's status

    def __init__(self, hooks: AskHooks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approvalAskPanel")
        self._hooks = hooks
        self.request: ApprovalRequest | None = None
        self.ask_button = QPushButton(
            translate("ApprovalAsk", "Ask the security officer through the hall")
            if hooks.officer
            else translate("ApprovalAsk", "Ask a supervisor through the hall")
        )
        self.ask_button.setObjectName("askApproverButton")
        self.ask_button.clicked.connect(self.ask)
        self.cancel_button = QPushButton(translate("ApprovalAsk", "Cancel the request"))
        self.cancel_button.setObjectName("cancelRequestButton")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.state = QLabel(
            translate(
                "ApprovalAsk",
                "Or ask through the hall: the approver sees it at their seat, comes here and "
                "signs at this seat. No key and no customer value leaves this seat.",
            )
        )
        self.state.setObjectName("approvalRequestState")
        self.state.setWordWrap(True)
        set_tone(self.state, "muted")
        row = QHBoxLayout()
        row.addWidget(self.ask_button)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.state)
        layout.addLayout(row)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)

    @property
    def open_request(self) -> str | None:
        """The id of the request still waiting for its approver (None: none, or closed)."""
        request = self.request
        return request.request_id if request is not None and not request.closed else None

    def ask(self) -> None:
        try:
            self.request = self._hooks.ask()
        except SeatDeskError as exc:
            self._say(error_text(exc), "error")
            return
        self._timer.start(REFRESH_MS)
        self._show()

    def refresh(self) -> None:
        request_id = self.open_request
        if request_id is None:
            self._timer.stop()
            return
        try:
            self.request = self._hooks.status(request_id)
        except SeatDeskError as exc:
            self._say(error_text(exc), "error")
            return
        self._show()

    def cancel(self) -> None:
        """The agent withdraws the request (also when the dialog closes without a signature)."""
        request_id = self.open_request
        self._timer.stop()
        if request_id is None:
            return
        try:
            self.request = self._hooks.cancel(request_id)
        except SeatDeskError as exc:
            self._say(error_text(exc), "error")
            return
        self._show()

    def authorise(self, approver_id: str, password: str) -> Approval:
        """The approver signs here, for the open request (the hall is told it is granted)."""
        request_id = self.open_request
        assert request_id is not None
        approval = self._hooks.authorise(request_id, approver_id, password)
        self._timer.stop()
        return approval

    def _show(self) -> None:
        request = self.request
        if request is None:
            return
        closed = request.closed
        tone = {"declined": "error", "expired": "warn_strong", "taken": "ok"}.get(request.status)
        self._say(waiting_text(request, self._hooks.hall_time), tone or "")
        self.ask_button.setVisible(closed)
        self.cancel_button.setVisible(not closed)
        if closed:
            self._timer.stop()
        self.changed.emit(request.status)

    def _say(self, text: str, tone: str) -> None:
        self.state.setText(text)
        set_tone(self.state, tone)
