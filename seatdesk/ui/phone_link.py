"""The desk's end of the phone-system connectors (`seatdesk.phone.connector`): the connector's
thread hands each call to the GUI thread through a queued signal, where it takes the same path
as a `seatdesk pop` (`PopServer.deliver`); and its state, in the status bar.

Nothing here shows or logs a caller's number: the indicator names the phone system, its
address and why it is not connected, never a call.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QWidget

from seatdesk.core.errors import SeatDeskError
from seatdesk.phone.connector import (
    Backoff,
    Connector,
    ConnectorState,
    StateReport,
    session_factory,
)
from seatdesk.phone.protocol import Request
from seatdesk.phone.settings import PhoneSettings, load_phone_settings
from seatdesk.services.phone_secrets import phone_secret
from seatdesk.services.runtime import Runtime
from seatdesk.ui.style import set_tone

log = logging.getLogger("seatdesk.phone")

_TONES = {
    ConnectorState.CONNECTED: "ok",
    ConnectorState.CONNECTING: "muted",
    ConnectorState.DISCONNECTED: "error",
    ConnectorState.AUTH_FAILED: "error",
}


class PhoneLink(QObject):
    """Runs one connector and delivers its calls on the GUI thread."""

    state_changed = Signal(object)  # StateReport
    _arrived = Signal(object)  # from the connector's thread
    _reported = Signal(object)

    def __init__(
        self,
        settings: PhoneSettings,
        secret: str | None,
        deliver: Callable[[Request], None],
        parent: QObject | None = None,
        *,
        backoff: Backoff | None = None,
        wait: Callable[[float], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._deliver = deliver
        self.report = StateReport(ConnectorState.DISCONNECTED, settings.connector, settings.address)
        self._arrived.connect(self._on_arrived)
        self._reported.connect(self._on_reported)
        self.connector = Connector(
            settings,
            session_factory(settings, secret),
            self._arrived.emit,
            self._reported.emit,
            backoff=backoff,
            wait=wait,
        )

    def start(self) -> None:
        self.connector.start()

    def stop(self) -> None:
        self.connector.stop()

    def _on_arrived(self, request: Request) -> None:
        self._deliver(request)

    def _on_reported(self, report: StateReport) -> None:
        self.report = report
        self.state_changed.emit(report)


def start_phone_link(
    runtime: Runtime, config_file: Path, deliver: Callable[[Request], None]
) -> PhoneLink | None:
    """The connector configured in config.toml's `[phone]`, started; None if there is none.
    Raises PhoneConfigError (or KeyStorageError) saying what is wrong with the setup."""
    settings = load_phone_settings(config_file)
    if settings is None:
        return None
    secret = phone_secret(runtime, settings.connector) if settings.needs_secret else None
    link = PhoneLink(settings, secret, deliver)
    link.start()
    log.info("phone connector %s started for %s", settings.connector, settings.address)
    return link


class PhoneIndicator(QLabel):
    """The connector's state in the status bar (or why there is none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phoneStatus")

    def follow(self, link: PhoneLink) -> None:
        link.state_changed.connect(self.show_state)
        self.show_state(link.report)

    def show_problem(self, problem: SeatDeskError) -> None:
        self.setText(self.tr("Phone: not set up"))
        self.setToolTip(str(problem))
        set_tone(self, "error")

    def show_state(self, report: StateReport) -> None:
        name = report.connector
        if report.state is ConnectorState.CONNECTED:
            text = self.tr("Phone: connected (%1)").replace("%1", name)
        elif report.state is ConnectorState.CONNECTING:
            text = self.tr("Phone: connecting to %1…").replace("%1", name)
        elif report.state is ConnectorState.AUTH_FAILED:
            text = self.tr("Phone: login refused (%1)").replace("%1", name)
        else:
            text = self.tr("Phone: disconnected (%1)").replace("%1", name)
        if report.retry_in is not None:
            text += " · " + self.tr("retry in %1 s").replace("%1", f"{report.retry_in:.0f}")
        self.setText(text)
        tip = f"{name} · {report.address}"
        self.setToolTip(tip + (f" · {report.reason}" if report.reason else ""))
        set_tone(self, _TONES[report.state])
