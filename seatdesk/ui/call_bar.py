"""The call bar above the search: the active call (masked number, duration, customer), the
desk's buttons (export, end call, report incident, the incident board), and nothing of the
caller while the desk is locked."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from seatdesk.core.clock import Clock
from seatdesk.services.calls import CallDesk
from seatdesk.ui.style import call_bar_style, danger_button


class CallBar(QFrame):
    def __init__(
        self,
        calls: CallDesk,
        clock: Clock,
        *,
        on_export: Callable[[], object] | None,
        on_end_call: Callable[[], object],
        on_report: Callable[[], object],
        on_incidents: Callable[[], object] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._calls = calls
        self._clock = clock
        self.setObjectName("callBar")
        self.call_label = QLabel(self.tr("No active call"))
        self.call_label.setObjectName("callLabel")
        self.end_call_button = QPushButton(self.tr("End call"))
        self.end_call_button.setObjectName("endCallButton")
        self.end_call_button.clicked.connect(on_end_call)
        self.end_call_button.setEnabled(False)
        report = QPushButton(self.tr("Report incident"))
        report.setObjectName("reportButton")
        danger_button(report)
        report.clicked.connect(on_report)
        self._layout = QHBoxLayout(self)
        self._layout.addWidget(self.call_label, 1)
        if on_export is not None:  # a role that sees no customer has nothing to export
            export = QPushButton(self.tr("Export (masked)…"))
            export.setObjectName("exportButton")
            export.clicked.connect(on_export)
            self._layout.addWidget(export)
        self._layout.addWidget(self.end_call_button)
        self._layout.addWidget(report)
        if on_incidents is not None:
            incidents = QPushButton(self.tr("Incidents"))
            incidents.setObjectName("incidentsButton")
            incidents.clicked.connect(on_incidents)
            self._layout.addWidget(incidents)

    def without_calls(self) -> None:
        """For a role that takes no calls (the admin): no call to show or end; the buttons keep
        their places on the right."""
        self.call_label.hide()
        self.end_call_button.hide()
        self._layout.insertStretch(0, 1)

    def add_trailing_button(self, button: QPushButton) -> None:
        """A button at the end of the bar."""
        self._layout.addWidget(button)

    def add_button(self, button: QPushButton) -> None:
        """A button after the call's description."""
        self._layout.insertWidget(1, button)

    def refresh(self, locked: bool) -> None:
        call = self._calls.active
        if call is not None and locked:
            self.call_label.setText(self.tr("Call in progress"))
            return
        if call is None:
            self.call_label.setText(self.tr("No active call"))
            self.setStyleSheet(call_bar_style(False))
            self.end_call_button.setEnabled(False)
            return
        seconds = int((self._clock.now() - call.started_at).total_seconds())
        who = call.customer_no or self.tr("not identified")
        self.call_label.setText(
            self.tr("Active call %1 · %2 · customer %3")
            .replace("%1", call.masked_number)
            .replace("%2", f"{seconds // 60:02d}:{seconds % 60:02d}")
            .replace("%3", who)
        )
        self.setStyleSheet(call_bar_style(True))
        self.end_call_button.setEnabled(True)
