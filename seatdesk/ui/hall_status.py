"""The hall in the desk's status bar: connected, or offline since when, what is waiting to be
sent, and — in red — when the hall says this seat's log differs from its copy."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QStatusBar

from seatdesk.services.hall_worker import LinkState
from seatdesk.services.strictness import HALL_SILENT
from seatdesk.ui.style import set_tone


class HallIndicator(QObject):
    def __init__(self, bar: QStatusBar, *, see_alerts: bool, hall_time: Callable[..., str]) -> None:
        super().__init__(bar)
        self._see_alerts = see_alerts  # the security officer sees seats the hall flagged
        self._hall_time = hall_time  # the policy's: times on the hall's clock
        self.label = QLabel()
        self.label.setObjectName("hallStatus")
        self.label.hide()
        bar.addPermanentWidget(self.label)

    def show_state(self, state: LinkState | None, strict_reasons: frozenset[str]) -> None:
        if state is None:
            self.label.hide()
            return
        queued = self.tr("%1 waiting to be sent").replace("%1", str(state.queued))
        if state.flagged:
            text = self.tr("Log differs from the hall's")
            tone = "flag"
        elif state.connected:
            text = self.tr("Hall connected")
            if state.queued:
                text += " · " + queued
            tone = "ok"
        else:
            since = self._hall_time(state.offline_since, "%H:%M") if state.offline_since else "—"
            text = self.tr("Hall unreachable since %1").replace("%1", since) + " · " + queued
            tone = "warn_strong"
        text += self._customer_data(state)
        if state.change_set_refused and not state.flagged:
            tone = "danger_strong"
        if HALL_SILENT in strict_reasons and not state.flagged:
            text += " · " + self.tr("strict masking")
        if self._see_alerts and state.alerts:
            text += " · " + self.tr("%1 seat(s) flagged by the hall").replace(
                "%1", str(state.alerts)
            )
            tone = "flag"
        self.label.setText(text)
        set_tone(self.label, tone)
        self.label.show()

    def _customer_data(self, state: LinkState) -> str:
        """ "Customer data as of …" with the change set's id, and what holds change sets back."""
        parts = []
        if state.customer_data_seq:
            try:
                when = self._hall_time(state.customer_data_at)
            except ValueError:
                when = "—"
            parts.append(
                self.tr("Customer data as of %1 (#%2)")
                .replace("%1", when)
                .replace("%2", str(state.customer_data_seq))
            )
        if state.hdk_missing:
            parts.append(self.tr("No hall data key yet: customer changes wait"))
        if state.change_set_refused:
            parts.append(self.tr("A customer change set was refused"))
        return "".join(" · " + part for part in parts)
